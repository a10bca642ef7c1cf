package cn.dangjian.points.holder;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsEvents;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.award.AwardService;
import cn.dangjian.points.events.ActivityEventsConsumer;
import cn.dangjian.points.events.MemberEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members whose standing has ended take part in nothing: an attendance credits nothing (recorded as skipped, never a
 * dead letter), awards are neither nominated nor credited, and the balance is frozen (no redemption, no donation).
 */
@QuarkusTest
class InactiveMemberTest {

    @Inject
    PointsTestData data;

    @Inject
    MemberEventsConsumer members;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    AwardService awards;

    UUID zhang;

    @BeforeEach
    void zhangHasTenPoints() {
        data.demoTree();
        zhang = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.MEMBER_ZHANG);
        data.issue(zhang, "10.00");
    }

    @AfterEach
    void unlink() {
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
    }

    private void expelled() {
        members.consume(PointsEvents.standingChanged(zhang, DemoIds.LAKESIDE_BRANCH_1, "EXPELLED", false));
    }

    @Test
    void anAttendanceOfAnExpelledMemberIsRecordedAsSkippedAndCreditsNothing() {
        expelled();
        UUID activity = UUID.randomUUID();
        activities.consume(PointsEvents.served(activity, zhang, DemoIds.LAKESIDE_BRANCH_1, "3.00", "2026-11-26", "2026-11-26T02:00:00Z"));
        assertEquals(new BigDecimal("10.00"), data.balance(zhang));
        assertEquals("the member's standing has ended (EXPELLED): the member earns no points",
                data.scalarObject("SELECT skipped_reason FROM service_record WHERE holder_id = ? AND activity_id = ? AND entry_id IS NULL AND points = 0",
                        zhang, activity));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + zhang).then().statusCode(200).body("active", is(false));
    }

    @Test
    void theBalanceOfAnExpelledMemberIsFrozen() {
        String reward = as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"水杯\",\"pointsPrice\":2,\"stock\":5}").when().post("/api/points/rewards")
                .then().statusCode(201).extract().path("id");
        UUID neighbour = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        expelled();
        as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":1}").when().post("/api/points/redemptions")
                .then().statusCode(409).body("type", endsWith("/holder-inactive"));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"holderId\":\"" + zhang + "\",\"rewardId\":\"" + reward + "\",\"quantity\":1}").when().post("/api/points/redemptions")
                .then().statusCode(409).body("type", endsWith("/holder-inactive"));
        as(DemoUsers.MEMBER_ZHANG).body("{\"toHolderId\":\"" + neighbour + "\",\"points\":1}").when().post("/api/points/donations")
                .then().statusCode(409).body("type", endsWith("/holder-inactive"));
        assertEquals(new BigDecimal("10.00"), data.balance(zhang));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards/" + reward).then().body("stock", is(5));
    }

    @Test
    void nobodyDonatesToAnExpelledMember() {
        UUID donor = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.MEMBER_ZHANG);
        data.issue(donor, "5.00");
        UUID expelledOne = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        members.consume(PointsEvents.standingChanged(expelledOne, DemoIds.LAKESIDE_BRANCH_1, "EXPELLED", false));
        as(DemoUsers.MEMBER_ZHANG).body("{\"toHolderId\":\"" + expelledOne + "\",\"points\":1}").when().post("/api/points/donations")
                .then().statusCode(409).body("type", endsWith("/holder-inactive"));
    }

    @Test
    void olderEventsWithoutTheFlagAreReadFromTheStandingAndAReinstatementUnfreezes() {
        members.consume(PointsEvents.standingChanged(zhang, DemoIds.LAKESIDE_BRANCH_1, "DECEASED", null));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + zhang).then().body("active", is(false));
        members.consume(PointsEvents.updated(zhang, "张建国", DemoIds.LAKESIDE_BRANCH_1, "NORMAL", true));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + zhang).then().body("active", is(true));
        members.consume(PointsEvents.updated(zhang, "张建国", DemoIds.LAKESIDE_BRANCH_1, "QUALIFICATION_CANCELLED", null));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + zhang).then().body("active", is(false));
    }

    @Test
    void anAwardIsNotNominatedForAnExpelledMemberAndOneInNoticeIsWithdrawn() {
        String award = as(DemoUsers.COMMUNITY_ADMIN)
                .body("{\"holderId\":\"" + zhang + "\",\"category\":\"HELPING_NEIGHBOURS\",\"points\":3,\"reason\":\"帮邻居修水管\"}")
                .when().post("/api/points/awards").then().statusCode(201).extract().path("id");
        String endsAt = as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200)
                .extract().path("noticeEndsAt");
        expelled();
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"holderId\":\"" + zhang + "\",\"category\":\"OTHER\",\"points\":1,\"reason\":\"x\"}")
                .when().post("/api/points/awards").then().statusCode(409).body("type", endsWith("/holder-inactive"));
        awards.creditDue(Instant.parse(endsAt));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("WITHDRAWN"))
                .body("closedReason", equalTo("the member's standing has ended (EXPELLED): the member earns no points"));
        assertEquals(new BigDecimal("10.00"), data.balance(zhang));
    }
}
