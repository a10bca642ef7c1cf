package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mobile client retrying a registration with the same Idempotency-Key registers the member once. */
@QuarkusTest
class IdempotentRegistrationTest {

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void theSameKeyAndBodyReturnTheFirstAnswerAndRegisterOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        String id = as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                .when().post("/api/members").then().statusCode(201).extract().path("id");
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                .when().post("/api/members").then().statusCode(201)
                .header("Location", endsWith("/api/members/" + id)).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("idNumber", equalTo(body.get("idNumber")));
        assertEquals(1, count("SELECT count(*) FROM member WHERE id_number = ?", (String) body.get("idNumber")));
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE event_key = ?", id), "one event for one registration");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(201);
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(422).body("type", endsWith("/idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedAttemptIsNotRememberedSoTheRetryDoesTheWork() {
        String key = UUID.randomUUID().toString();
        UUID unknownYet = UUID.randomUUID();
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), unknownYet);
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                .when().post("/api/members").then().statusCode(422).body("type", endsWith("/unknown-reference"));
        organisationEvents.consume(OrganisationEventsFixture.created(unknownYet, "LATE-" + unknownYet, "迟到的支部", "BRANCH",
                java.util.List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, unknownYet)));
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                .when().post("/api/members").then().statusCode(201);
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(201);
        as(DemoUsers.BRANCH_SECRETARY).header("Idempotency-Key", key).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(201);
    }

    @Test
    void keysAreOneTo200Characters() {
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", "k".repeat(200)).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(201);
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", "k".repeat(201)).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
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
}
