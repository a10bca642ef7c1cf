package cn.dangjian.member.member;

import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** createdAt and updatedAt come from the service clock in one place (MemberTimestamps), whichever workflow changes the record. */
@QuarkusTest
class MemberTimestampsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    TestClock clock;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void registeringSetsBothAndEveryChangeSetsUpdatedAtOnly() {
        standAt("2026-11-20T01:00:00Z");
        String id = as(DemoUsers.DISTRICT_ADMIN).body(MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(201)
                .body("createdAt", equalTo("2026-11-20T01:00:00Z")).body("updatedAt", equalTo("2026-11-20T01:00:00Z")).extract().path("id");

        standAt("2026-11-21T02:00:00Z");
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().extract().header("ETag");
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("post", "组织委员")).when().patch("/api/members/" + id)
                .then().statusCode(200).body("createdAt", equalTo("2026-11-20T01:00:00Z")).body("updatedAt", equalTo("2026-11-21T02:00:00Z"));

        standAt("2026-11-22T03:00:00Z");
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("standing", "SUSPENDED", "reason", "停止党籍", "effectiveOn", "2026-11-22",
                "decisionReference", "湖滨社区党委〔2026〕31号")).when().post("/api/members/" + id + "/standing").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200)
                .body("createdAt", equalTo("2026-11-20T01:00:00Z")).body("updatedAt", equalTo("2026-11-22T03:00:00Z"));
    }

    private void standAt(String instant) {
        clock.set(Instant.parse(instant));
    }
}
