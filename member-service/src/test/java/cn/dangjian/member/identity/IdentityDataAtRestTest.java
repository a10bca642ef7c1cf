package cn.dangjian.member.identity;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import db.migration.V2_3__SealIdentityData;
import db.migration.V4_1__BindIdentityDataToMember;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ID and phone numbers never rest in clear: not in any table, not in the log, not in events or stored answers. */
@QuarkusTest
class IdentityDataAtRestTest {

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdentityCipher cipher;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static Map<String, Object> member(String idNumber, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "李静");
        body.put("gender", "FEMALE");
        body.put("idNumber", idNumber);
        body.put("phone", phone);
        body.put("organisationId", DemoIds.LAKESIDE_BRANCH_1.toString());
        body.put("status", "PROBATIONARY");
        body.put("admittedOn", "2026-03-01");
        return body;
    }

    @Test
    void noClearIdOrPhoneNumberInAnyTableOrLogLine() throws Exception {
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String idNumber = IdNumbers.next();
            String phone = phone();
            String newPhone = phone();
            secrets.addAll(List.of(idNumber, phone, newPhone));
            String key = UUID.randomUUID().toString();
            String id = as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(member(idNumber, phone))
                    .when().post("/api/members").then().statusCode(201).body("idNumber", equalTo(idNumber)).extract().path("id");
            // a retry: the idempotency store answers it
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(member(idNumber, phone))
                    .when().post("/api/members").then().statusCode(201).body("masked", equalTo(true));
            String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200)
                    .body("phone", equalTo(phone)).extract().header("ETag");
            as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("phone", newPhone))
                    .when().patch("/api/members/" + id).then().statusCode(200);
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200)
                    .body("idNumber", equalTo(idNumber)).body("phone", equalTo(newPhone));
            assertTrue(audited(id, "member-registration"), "the creating POST's unmasked answer is audited");
            String sealed = stored(id);
            assertTrue(sealed.startsWith(cipher.primaryKeyId() + ":"), "tagged with the key that sealed it: " + sealed);
        }
        String dump = dumpOfEveryTable();
        assertTrue(dump.contains("李静"), "the dump holds the rows (it would find a clear value)");
        for (String secret : secrets) {
            assertFalse(dump.contains(secret), "a clear identity number rests in the database: " + secret);
        }
        Path log = Path.of("target/member-service-test.log");
        assertTrue(Files.exists(log), "the test log is written to " + log);
        String lines = Files.readString(log);
        for (String secret : secrets) {
            assertFalse(lines.contains(secret), "a clear identity number is in the log: " + secret);
        }
    }

    @Test
    void theJavaMigrationsSealRowsKeptInClearBindThemToTheMemberAndTheyReadTheSameAfterwards() throws Exception {
        String idNumber = IdNumbers.next();
        String phone = phone();
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO member (id, name, gender, id_number, id_number_hash, birth_date, phone, "
                     + "organisation_id, status, standing, admitted_on, created_at, updated_at) "
                     + "VALUES (?, '王芳', 'FEMALE', ?, ?, DATE '1990-01-01', ?, ?, 'FULL', 'NORMAL', DATE '2020-01-01', ?, ?)")) {
            // as a row written before V2_2: numbers in clear (the hash column did not exist; any placeholder will do)
            insert.setObject(1, id);
            insert.setString(2, idNumber);
            insert.setString(3, "placeholder-" + id);
            insert.setString(4, phone);
            insert.setObject(5, DemoIds.LAKESIDE_BRANCH_1);
            insert.setObject(6, java.sql.Timestamp.from(Instant.now()));
            insert.setObject(7, java.sql.Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        try (Connection c = dataSource.getConnection()) {
            new V2_3__SealIdentityData().migrate(context(c));
            new V2_3__SealIdentityData().migrate(context(c)); // once more, as after an interrupted run: sealed rows stay as they are
        }
        String sealedBefore = stored(id.toString());
        assertFalse(sealedBefore.contains(idNumber));
        // sealed as before V4_1 (the field alone bound): the service no longer opens that, and says so without a number
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(500)
                .body("type", org.hamcrest.Matchers.endsWith("/identity-data-integrity"));
        try (Connection c = dataSource.getConnection()) {
            new V4_1__BindIdentityDataToMember().migrate(context(c));
            new V4_1__BindIdentityDataToMember().migrate(context(c)); // again: values already bound stay as they are
        }
        String sealed = stored(id.toString());
        assertNotEquals(sealedBefore, sealed);
        assertEquals(idNumber, cipher.open(sealed, IdentityCipher.ID_NUMBER, id));
        assertFalse(dumpOfEveryTable().contains(phone));
        assertEquals(1, count("SELECT count(*) FROM member WHERE id_number_hash = ?", cipher.hash(idNumber)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200)
                .body("idNumber", equalTo(idNumber)).body("phone", equalTo(phone));
        // and the hash keeps the number unique
        as(DemoUsers.DISTRICT_ADMIN).body(member(idNumber, phone())).when().post("/api/members").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/duplicate-id-number"));
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }

    private boolean audited(String memberId, String purpose) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM personal_data_access WHERE member_id = ?::uuid AND purpose = ?")) {
            q.setString(1, memberId);
            q.setString(2, purpose);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }

    private String stored(String memberId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id_number FROM member WHERE id = ?::uuid")) {
            q.setString(1, memberId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private long count(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, param);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Every row of every table of the service's schema, as text: what a stolen backup would show. */
    private String dumpOfEveryTable() throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
                    + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertTrue(tables.size() > 5, "found the service's tables: " + tables);
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (rs.next()) {
                        dump.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }
}
