package cn.dangjian.points.ledger;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.events.ActivityEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerResourceTest {

    @Inject
    PointsTestData data;

    @Test
    void auditorsAndPlatformAdminsSeeZeroDrift() {
        data.demoTree();
        data.issue(data.member(DemoIds.LAKESIDE_BRANCH_1, null), "1.50");
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/ledger/consistency")
                .then().statusCode(200).body("drift", is(0.0f)).body("unbalancedEntries", is(0)).body("issuerDrift", is(0.0f))
                .body("provenanceDrift", is(0.0f)).body("unattributedEntries", is(0)).body("consistent", is(true));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/ledger/consistency").then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/points/ledger/consistency").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/ledger/consistency").then().statusCode(403);
    }

    @Inject
    ActivityEventsConsumer activities;

    @Test
    void onlyThePlatformAdminReversesAnEntry() {
        data.demoTree();
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        UUID activity = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, holder, DemoIds.LAKESIDE_BRANCH_1, "VOLUNTEER_SERVICE", "2.00",
                "2026-11-27T02:00:00Z"));
        UUID entry = data.attendanceEntry(holder, activity);
        as(DemoUsers.AUDITOR_ZHAO).body("{\"reason\":\"x\"}").when().post("/api/points/ledger/entries/" + entry + "/reversal").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"reason\":\"x\"}").when().post("/api/points/ledger/entries/" + entry + "/reversal").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).body("{}").when().post("/api/points/ledger/entries/" + entry + "/reversal").then().statusCode(400);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + UUID.randomUUID() + "/reversal").then().statusCode(404);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reversal")
                .then().statusCode(201).body("reversalOf", equalTo(entry.toString()));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reversal").then().statusCode(409);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + holder + "/entries")
                .then().statusCode(200).body("total", is(2)).body("items[0].cause", equalTo("REVERSAL")).body("items[0].balanceAfter", is(0.0f))
                .body("items[1].balanceAfter", is(2.0f));
    }
}
