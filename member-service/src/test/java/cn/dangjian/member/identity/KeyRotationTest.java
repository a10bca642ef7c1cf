package cn.dangjian.member.identity;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After an operator makes key 2 primary and restarts: rows sealed under key 1 still read, resealing moves every row to
 * key 2 (leaving the record's version alone), and every new write is sealed under key 2.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.KeyTwoPrimary.class)
class KeyRotationTest {

    public static class KeyTwoPrimary implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dangjian.member-data.primary-key-id", "test2", "dangjian.member-data.reseal-on-start", "true",
                    "dangjian.member-data.reseal-batch-size", "2");
        }
    }

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdentityCipher cipher;

    @Inject
    IdentityResealing resealing;

    private IdentityCipher beforeRotation;

    @BeforeEach
    void keyOneWasPrimaryBefore() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        assertEquals("test2", cipher.primaryKeyId());
        String keys = ConfigProvider.getConfig().getValue("dangjian.member-data.keys", String.class);
        String hashKey = ConfigProvider.getConfig().getValue("dangjian.member-data.hash-key", String.class);
        beforeRotation = new IdentityCipher(keys, "test1", hashKey);
    }

    @Test
    void resealingMovesEveryRowToTheNewPrimaryKeyAndTheyReadTheSame() throws Exception {
        String[] idNumbers = new String[3];
        String[] phones = new String[3];
        UUID[] ids = new UUID[3];
        for (int i = 0; i < 3; i++) {
            idNumbers[i] = IdNumbers.next();
            phones[i] = IdentityDataAtRestTest.phone();
            ids[i] = insertSealedUnderKeyOne(idNumbers[i], phones[i]);
        }
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + ids[0]).then().statusCode(200)
                .body("idNumber", equalTo(idNumbers[0])).body("phone", equalTo(phones[0])).extract().header("ETag");

        assertTrue(resealing.resealOutdated() >= 3, "rows under key 1 are resealed (in batches of 2)");
        assertEquals(0, resealing.resealOutdated(), "nothing is left under key 1");
        for (int i = 0; i < 3; i++) {
            assertEquals("test2", IdentityCipher.keyIdOf(column(ids[i], "id_number")));
            assertEquals("test2", IdentityCipher.keyIdOf(column(ids[i], "phone")));
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + ids[i]).then().statusCode(200)
                    .body("idNumber", equalTo(idNumbers[i])).body("phone", equalTo(phones[i]));
        }
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + ids[0]).then().header("ETag", equalTo(etag));
    }

    @Test
    void aWrittenRowIsSealedUnderTheNewPrimaryKeyAndTheHashDoesNotRotate() throws Exception {
        String idNumber = IdNumbers.next();
        UUID id = insertSealedUnderKeyOne(idNumber, IdentityDataAtRestTest.phone());
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200).extract().header("ETag");
        String newPhone = IdentityDataAtRestTest.phone();
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("phone", newPhone)).when().patch("/api/members/" + id)
                .then().statusCode(200);
        assertEquals("test2", IdentityCipher.keyIdOf(column(id, "phone")), "a changed value is sealed under the new primary key");
        assertEquals("test2", IdentityCipher.keyIdOf(column(id, "id_number")), "a written row is resealed whole under the new primary key");
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200)
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo(newPhone));
        // the uniqueness hash does not rotate: the same number is still refused
        as(DemoUsers.DISTRICT_ADMIN).body(IdentityDataAtRestTest.member(idNumber, IdentityDataAtRestTest.phone()))
                .when().post("/api/members").then().statusCode(409);
    }

    /** A row as the service wrote it while key 1 was primary. */
    private UUID insertSealedUnderKeyOne(String idNumber, String phone) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO member (id, name, gender, id_number, id_number_hash, birth_date, phone, "
                     + "organisation_id, status, standing, admitted_on, full_member_on, created_at, updated_at) "
                     + "VALUES (?, '赵敏', 'FEMALE', ?, ?, DATE '1990-01-01', ?, ?, 'FULL', 'NORMAL', DATE '2020-01-01', DATE '2021-01-01', ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, beforeRotation.seal(idNumber, IdentityCipher.ID_NUMBER, id));
            insert.setString(3, beforeRotation.hash(idNumber));
            insert.setString(4, beforeRotation.seal(phone, IdentityCipher.PHONE, id));
            insert.setObject(5, DemoIds.LAKESIDE_BRANCH_1);
            insert.setObject(6, Timestamp.from(Instant.now()));
            insert.setObject(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private String column(UUID id, String column) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + column + " FROM member WHERE id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
