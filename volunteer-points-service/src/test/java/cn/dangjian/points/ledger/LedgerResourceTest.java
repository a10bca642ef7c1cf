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
        as(DemoUsers.AUDITOR_ZHAO).body("{\"reason\":\"x\"}").when().post("/api/points/ledger/entries/" + entry + "/reverse").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"reason\":\"x\"}").when().post("/api/points/ledger/entries/" + entry + "/reverse").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).body("{}").when().post("/api/points/ledger/entries/" + entry + "/reverse").then().statusCode(400);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + UUID.randomUUID() + "/reverse").then().statusCode(404);
        String location = as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reverse")
                .then().statusCode(201).body("reversalOf", equalTo(entry.toString())).body("cause", equalTo("REVERSAL"))
                .extract().header("Location");
        // the Location is served, and the corrected entry says who reversed it
        String reversal = as(DemoUsers.DISTRICT_ADMIN).when().get(location).then().statusCode(200).body("reversalOf", equalTo(entry.toString()))
                .body("postings.size()", is(2)).extract().path("entryId");
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/ledger/entries/" + entry).then().statusCode(200).body("reversedBy", equalTo(reversal));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reverse").then().statusCode(409);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + holder + "/entries")
                .then().statusCode(200).body("total", is(2)).body("items[0].cause", equalTo("REVERSAL")).body("items[0].balanceAfter", is(0.0f))
                .body("items[1].balanceAfter", is(2.0f));
    }

    @Test
    void aJournalEntryIsReadByThoseWhoMayReadAnAccountItTouches() {
        data.demoTree();
        data.unlinkLogin(cn.dangjian.platform.testing.Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        UUID zhang = data.member(DemoIds.LAKESIDE_BRANCH_1, cn.dangjian.platform.testing.Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        UUID hillsider = data.member(DemoIds.HILLSIDE_BRANCH, null);
        data.issue(hillsider, "4.00");
        UUID gift = data.donate(hillsider, zhang, "1.50");
        // the receiver reads the entry: their own posting in full, the giver's without holder and balance
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/ledger/entries/" + gift).then().statusCode(200)
                .body("cause", equalTo("DONATION"))
                .body("postings.find { it.amount > 0 }.holderId", equalTo(zhang.toString()))
                .body("postings.find { it.amount > 0 }.balanceAfter", org.hamcrest.Matchers.notNullValue())
                .body("postings.find { it.amount < 0 }.holderId", org.hamcrest.Matchers.nullValue())
                .body("postings.find { it.amount < 0 }.balanceAfter", org.hamcrest.Matchers.nullValue());
        // Lakeside's admin sees its member's side; Hillside's side stays hidden
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/points/ledger/entries/" + gift).then().statusCode(200)
                .body("postings.find { it.amount < 0 }.holderId", org.hamcrest.Matchers.nullValue());
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/ledger/entries/" + gift).then().statusCode(200)
                .body("postings.find { it.amount < 0 }.holderId", equalTo(hillsider.toString()));
        // an entry touching nobody in scope and nothing of one's own is refused; an unknown entry is a 404
        UUID hillsideOnly = data.issue(hillsider, "1.00");
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/ledger/entries/" + hillsideOnly).then().statusCode(403);
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/points/ledger/entries/" + hillsideOnly).then().statusCode(403);
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/ledger/entries/" + hillsideOnly).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/ledger/entries/" + UUID.randomUUID()).then().statusCode(404);
    }
}
