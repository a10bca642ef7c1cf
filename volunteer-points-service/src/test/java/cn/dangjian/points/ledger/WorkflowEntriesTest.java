package cn.dangjian.points.ledger;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.points.PointsEvents;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.award.AwardService;
import cn.dangjian.points.events.ActivityEventsConsumer;
import cn.dangjian.points.expiry.ExpiringPoints;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entries of a workflow are undone only through it (domain.md): the ledger's reversal refuses a redemption (cancel
 * the order), an award (revoke it) and an expiry, and corrects what has no workflow (attendance credits, donations).
 */
@QuarkusTest
class WorkflowEntriesTest {

    @Inject
    PointsTestData data;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    AwardService awards;

    @Inject
    ExpiringPoints expiry;

    UUID community;
    UUID holder;

    @BeforeEach
    void aMemberWithTenPointsOfTheirCommunity() {
        data.demoTree();
        community = data.community();
        holder = data.member(community, null);
        activities.consume(PointsEvents.served(UUID.randomUUID(), holder, community, "4.00", "2026-11-20", "2026-11-20T02:00:00Z"));
        activities.consume(PointsEvents.served(UUID.randomUUID(), holder, community, "4.00", "2026-11-21", "2026-11-21T02:00:00Z"));
    }

    private String reversal(Object entry) {
        return "/api/points/ledger/entries/" + entry + "/reverse";
    }

    @Test
    void aRedemptionIsUndoneByCancellingTheOrderNotThroughTheLedger() {
        String reward = as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"毛巾\",\"pointsPrice\":5,\"stock\":2}").when().post("/api/points/rewards")
                .then().statusCode(201).extract().path("id");
        var placed = as(DemoUsers.DISTRICT_ADMIN).body("{\"holderId\":\"" + holder + "\",\"rewardId\":\"" + reward + "\",\"quantity\":1}")
                .when().post("/api/points/redemptions").then().statusCode(201).extract();
        String order = placed.path("id");
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"退款\"}").when().post(reversal(placed.path("entryId")))
                .then().statusCode(409).body("type", endsWith("/entry-of-a-workflow"))
                .body("detail", containsString("/api/points/redemptions/" + order + "/cancel"));
        // nothing moved: the points stay spent, the order placed, the stock reserved; the pickup hands over the goods once
        assertEquals(new BigDecimal("3.00"), data.balance(holder));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/rewards/" + reward).then().body("stock", is(1));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/redemptions/" + order).then().body("state", equalTo("PLACED"));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/redemptions/" + order + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
        assertEquals(new BigDecimal("8.00"), data.balance(holder));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/rewards/" + reward).then().body("stock", is(2));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/redemptions/" + order + "/pickup").then().statusCode(409);
    }

    @Test
    void anAwardIsUndoneByRevokingItNotThroughTheLedger() {
        UUID lakesider = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        String award = as(DemoUsers.COMMUNITY_ADMIN)
                .body("{\"holderId\":\"" + lakesider + "\",\"category\":\"HELPING_NEIGHBOURS\",\"points\":5,\"reason\":\"扶老人过马路\"}")
                .when().post("/api/points/awards").then().statusCode(201).extract().path("id");
        String endsAt = as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200).extract().path("noticeEndsAt");
        awards.creditDue(Instant.parse(endsAt));
        String entry = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("CREDITED")).extract().path("entryId");
        assertEquals(new BigDecimal("5.00"), data.balance(lakesider));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"不实\"}").when().post(reversal(entry))
                .then().statusCode(409).body("type", endsWith("/entry-of-a-workflow")).body("detail", containsString("/api/points/awards/" + award + "/revoke"));
        assertEquals(new BigDecimal("5.00"), data.balance(lakesider));
        as(DemoUsers.COMMUNITY_ADMIN).body("{}").when().post("/api/points/awards/" + award + "/revoke").then().statusCode(400);
        as(DemoUsers.MEMBER_ZHANG).body("{\"reason\":\"事迹不实\"}").when().post("/api/points/awards/" + award + "/revoke").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"reason\":\"事迹经核查不属实\"}").when().post("/api/points/awards/" + award + "/revoke")
                .then().statusCode(200).body("state", equalTo("REVOKED")).body("closedReason", equalTo("事迹经核查不属实"));
        assertEquals(0, data.balance(lakesider).signum());
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"reason\":\"再次\"}").when().post("/api/points/awards/" + award + "/revoke")
                .then().statusCode(409).body("type", endsWith("/award-not-credited"));
        assertEquals(1L, data.count("SELECT count(*) FROM journal_entry WHERE cause = 'AWARD_REVOKED' AND reversal_of = ?", UUID.fromString(entry)));
    }

    @Test
    void anExpiryIsNotUndone() {
        expiry.expire(Instant.now().plus(Duration.ofDays(2)), Duration.ofDays(1));
        assertEquals(0, data.balance(holder).signum());
        UUID entry = (UUID) data.scalarObject("""
                SELECT e.id FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN points_account a ON a.id = p.account_id
                WHERE e.cause = 'EXPIRY' AND a.holder_id = ?""", holder);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"误过期\"}").when().post(reversal(entry)).then().statusCode(409).body("type", endsWith("/entry-of-a-workflow"));
        assertEquals(0, data.balance(holder).signum());
    }

    @Test
    void anAttendanceCreditIsCorrectedThroughTheLedgerAndNoLongerCountsTowardsTheDay() {
        UUID wrong = UUID.randomUUID();
        UUID day = UUID.randomUUID();
        activities.consume(PointsEvents.served(wrong, holder, community, "4.00", "2026-11-22", "2026-11-22T02:00:00Z"));
        activities.consume(PointsEvents.served(day, holder, community, "4.00", "2026-11-22", "2026-11-22T03:00:00Z"));
        assertEquals(new BigDecimal("16.00"), data.balance(holder));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"未实际参加\"}").when().post(reversal(data.attendanceEntry(holder, wrong)))
                .then().statusCode(201);
        assertEquals(new BigDecimal("12.00"), data.balance(holder));
        // the corrected credit leaves room on 22 November for a service that did happen
        activities.consume(PointsEvents.served(UUID.randomUUID(), holder, community, "4.00", "2026-11-22", "2026-11-23T02:00:00Z"));
        assertEquals(new BigDecimal("16.00"), data.balance(holder));
    }

    @Test
    void aDonationIsCorrectedThroughTheLedgerAndItsPointsGoBackWithTheirIssuer() {
        UUID neighbour = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        UUID donation = data.donate(holder, neighbour, "3.00");
        assertEquals(new BigDecimal("3.00"), data.heldOf(neighbour, data.issuanceOf(community)));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"误转\"}").when().post(reversal(donation)).then().statusCode(201);
        assertEquals(0, data.balance(neighbour).signum());
        assertEquals(new BigDecimal("8.00"), data.heldOf(holder, data.issuanceOf(community)));
    }
}
