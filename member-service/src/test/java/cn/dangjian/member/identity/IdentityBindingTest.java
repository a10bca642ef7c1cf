package cn.dangjian.member.identity;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sealed identity data is bound to its member: two members' sealed values swapped in the database no longer open. Such a
 * read is an integrity incident: a problem answer that shows neither value, masked lists still work, and nothing is
 * overwritten; swapped back, both read again.
 */
@QuarkusTest
class IdentityBindingTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void sealedValuesSwappedBetweenTwoMembersDoNotOpen() throws Exception {
        String idA = IdNumbers.next();
        String phoneA = IdentityDataAtRestTest.phone();
        String idB = IdNumbers.next();
        String phoneB = IdentityDataAtRestTest.phone();
        String a = register(idA, phoneA);
        String b = register(idB, phoneB);

        swapSealedValues(a, b);
        for (String member : new String[] {a, b}) {
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + member).then().statusCode(500).contentType(PROBLEM)
                    .body("type", endsWith("/identity-data-integrity")).body("detail", containsString(member))
                    .body(not(containsString(idA))).body(not(containsString(idB)))
                    .body(not(containsString(phoneA))).body(not(containsString(phoneB)));
        }
        // masked answers do not need the values: they read *** and lists go on working
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/members/" + a).then().statusCode(200).body("idNumber", equalTo("***")).body("phone", equalTo("***"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members?organisationId=" + DemoIds.LAKESIDE_BRANCH_1 + "&size=200&name=赵")
                .then().statusCode(200).body("items.id", hasItem(a));
        // a change elsewhere in the record keeps the unreadable values as evidence, not overwritten
        String sealedA = sealedIdNumber(a);
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("standing", "SUSPENDED", "reason", "核查", "effectiveOn", "2026-11-20",
                "decisionReference", "湖滨社区党委〔2026〕30号")).when().post("/api/members/" + a + "/standing").then().statusCode(200);
        assertEquals(sealedA, sealedIdNumber(a));

        swapSealedValues(a, b);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + a).then().statusCode(200).body("idNumber", equalTo(idA)).body("phone", equalTo(phoneA));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + b).then().statusCode(200).body("idNumber", equalTo(idB)).body("phone", equalTo(phoneB));
    }

    @Test
    void anIdNumberMovedIntoThePhoneColumnOfItsOwnRowDoesNotOpen() throws Exception {
        String idNumber = IdNumbers.next();
        String a = register(idNumber, IdentityDataAtRestTest.phone());
        try (Connection c = dataSource.getConnection();
             PreparedStatement move = c.prepareStatement("UPDATE member SET phone = id_number WHERE id = ?::uuid")) {
            move.setString(1, a);
            move.executeUpdate();
        }
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + a).then().statusCode(500)
                .body("type", endsWith("/identity-data-integrity")).body(not(containsString(idNumber)));
    }

    private String register(String idNumber, String phone) {
        Map<String, Object> body = IdentityDataAtRestTest.member(idNumber, phone);
        body.put("name", "赵" + UUID.randomUUID().toString().substring(0, 4));
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    /** What someone with write access to the database could do: give member a the sealed numbers of member b, and back. */
    private void swapSealedValues(String a, String b) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement swap = c.prepareStatement("""
                     UPDATE member m SET id_number = o.id_number, phone = o.phone
                     FROM member o WHERE (m.id, o.id) IN ((?::uuid, ?::uuid), (?::uuid, ?::uuid))""")) {
            swap.setString(1, a);
            swap.setString(2, b);
            swap.setString(3, b);
            swap.setString(4, a);
            assertEquals(2, swap.executeUpdate());
        }
    }

    private String sealedIdNumber(String member) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id_number FROM member WHERE id = ?::uuid")) {
            q.setString(1, member);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
