package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.member.identity.IdentityCipher;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.idempotency.IdempotencyKeys;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A mobile client retrying a registration with the same Idempotency-Key registers the member once. */
@QuarkusTest
class IdempotentRegistrationTest {

    @Inject
    cn.dangjian.platform.testing.TestClock clock;

    @Inject
    IdentityCipher cipher;

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyKeys keys;

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
                .body("id", equalTo(id)).body("masked", equalTo(true))
                .body("idNumber", equalTo(IdNumber.mask((String) body.get("idNumber"))))
                .body("phone", equalTo(PhoneNumber.mask((String) body.get("phone"))));
        assertEquals(1, count("SELECT count(*) FROM member WHERE id_number_hash = ?", cipher.hash((String) body.get("idNumber"))));
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE event_key = ?", id), "one event for one registration");
    }

    @Test
    void theStoreKeepsNoUnmaskedPersonalData() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                .when().post("/api/members").then().statusCode(201).body("idNumber", equalTo(body.get("idNumber")));
        String stored = text("SELECT body FROM idempotency_key WHERE idem_key = ?", key);
        assertTrue(stored.contains(IdNumber.mask((String) body.get("idNumber"))), stored);
        assertFalse(stored.contains((String) body.get("idNumber")), "no unmasked ID number in " + stored);
        assertFalse(stored.contains((String) body.get("phone")), "no unmasked phone in " + stored);
    }

    /** Concurrent retries (a flaky mobile network) with one key: the work is done once, each gets the first answer or a 409 to retry. */
    @Test
    void concurrentRequestsWithOneKeyDoTheWorkOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        int parallel = 6;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CyclicBarrier together = new CyclicBarrier(parallel);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    var request = as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body);
                    together.await(10, TimeUnit.SECONDS);
                    return request.when().post("/api/members").then().extract();
                }));
            }
            String id = null;
            int created = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> r = answer.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 409) {
                    assertEquals("1", r.header("Retry-After"), r.asString());
                    assertTrue(r.<String>path("type").endsWith("/idempotency-key-in-progress"), r.asString());
                    continue;
                }
                assertEquals(201, r.statusCode(), r.asString());
                created++;
                if (id == null) {
                    id = r.path("id");
                }
                assertEquals(id, r.path("id"), "every answer names the one member");
            }
            assertTrue(created >= 1, "at least the first request gets its answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT count(*) FROM member WHERE id_number_hash = ?", cipher.hash((String) body.get("idNumber"))), "registered once");
    }

    /** While another transaction holds the key (the first request still working), a retry is told to come back. */
    @Test
    void aRetryThatWaitsTooLongForTheFirstIs409WithRetryAfter() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement reserve = first.prepareStatement(
                    "INSERT INTO idempotency_key (idem_key, caller, method_path, body_hash, created_at) VALUES (?, ?, 'POST /api/members', 'x', now())")) {
                reserve.setString(1, key);
                reserve.setString(2, Tokens.subjectOf(DemoUsers.DISTRICT_ADMIN));
                reserve.executeUpdate();
            }
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                    .when().post("/api/members").then().statusCode(409).header("Retry-After", "1")
                    .contentType("application/problem+json").body("type", endsWith("/idempotency-key-in-progress"));
            first.rollback(); // the first request failed: its reservation is gone
        }
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                .when().post("/api/members").then().statusCode(201);
        assertEquals(1, count("SELECT count(*) FROM member WHERE id_number_hash = ?", cipher.hash((String) body.get("idNumber"))));
    }

    @Test
    void aKeyIsRememberedFor24HoursAndPurgedAfter() throws Exception {
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try {
            clock.set(start);
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                    .when().post("/api/members").then().statusCode(201);

            clock.set(start.plus(Duration.parse("PT23H59M59S")));
            keys.purgeExpired();
            assertEquals(1, count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key), "kept at 23:59:59");
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(body)
                    .when().post("/api/members").then().statusCode(201).header("Idempotent-Replayed", "true");

            clock.set(start.plus(Duration.parse("PT24H0M1S")));
            assertTrue(keys.purgeExpired() >= 1);
            assertEquals(0, count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key), "purged at 24:00:01");
        } finally {
            clock.reset();
        }
    }

    @Test
    void anExpiredKeyThatWasNotPurgedYetIsNotReplayed() {
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try {
            clock.set(start);
            String key = UUID.randomUUID().toString();
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                    .when().post("/api/members").then().statusCode(201);
            clock.set(start.plus(Duration.parse("PT24H0M1S")));
            // another body with the same key: after 24 h that is a new request, not a 422
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                    .when().post("/api/members").then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        } finally {
            clock.reset();
        }
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

    private String text(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, param);
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
}
