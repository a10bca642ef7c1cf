package cn.dangjian.points.policy;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.events.ActivityEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody approves, confirms or corrects their own record, on every such path of this service, comparing the token's
 * sub: award approval and objection decisions, merchant approval, pickups, the ledger's reversal. Demo logins are
 * linked to holders (as a secretary who is also a member would be) and unlinked afterwards.
 */
@QuarkusTest
class FourEyesEverywhereTest {

    static final UUID CHEN = UUID.fromString("00000000-0000-4000-8000-000000000901");

    @Inject
    PointsTestData data;

    @Inject
    ActivityEventsConsumer activities;

    @BeforeEach
    void tree() {
        data.demoTree();
    }

    @AfterEach
    void unlinkTheLogins() {
        for (String user : List.of(DemoUsers.BRANCH_SECRETARY, DemoUsers.STREET_ADMIN, DemoUsers.MERCHANT_CHEN, DemoUsers.DISTRICT_ADMIN)) {
            data.unlinkLogin(Tokens.subjectOf(user));
        }
    }

    private String nominate(UUID holder) {
        return as(DemoUsers.COMMUNITY_ADMIN)
                .body("{\"holderId\":\"" + holder + "\",\"category\":\"HELPING_NEIGHBOURS\",\"points\":2,\"reason\":\"帮助独居老人\"}")
                .when().post("/api/points/awards").then().statusCode(201).extract().path("id");
    }

    @Test
    void theHolderOfAnAwardDoesNotApproveIt() {
        UUID secretary = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.BRANCH_SECRETARY);
        String award = nominate(secretary);
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve")
                .then().statusCode(409).body("type", endsWith("/own-record"));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200).body("state", equalTo("IN_NOTICE"));
    }

    @Test
    void aNominatorWhoseUsernameChangedStillDoesNotApprove() {
        String award = nominate(data.member(DemoIds.LAKESIDE_BRANCH_1, null));
        // the login was renamed since the nomination: the username recorded no longer matches, the subject does
        data.tryExecute("UPDATE award SET nominated_by = 'community-admin-before-rename' WHERE id = '" + award + "'");
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/points/awards/" + award + "/approve")
                .then().statusCode(409).body("type", endsWith("/four-eyes"));
    }

    @Test
    void anObjectionIsDecidedByNeitherItsAuthorNorTheHolder() {
        UUID streetAdminAsMember = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.STREET_ADMIN);
        String award = nominate(streetAdminAsMember);
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200);
        String byCommunityAdmin = as(DemoUsers.COMMUNITY_ADMIN).body("{\"reason\":\"事迹存疑\"}").when().post("/api/points/awards/" + award + "/objections")
                .then().statusCode(201).extract().path("id");
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"upheld\":true}").when().post("/api/points/awards/" + award + "/objections/" + byCommunityAdmin + "/decide")
                .then().statusCode(409).body("type", endsWith("/four-eyes"));
        as(DemoUsers.STREET_ADMIN).body("{\"upheld\":false}").when().post("/api/points/awards/" + award + "/objections/" + byCommunityAdmin + "/decide")
                .then().statusCode(409).body("type", endsWith("/own-record"));
        as(DemoUsers.BRANCH_SECRETARY).body("{\"upheld\":false}").when().post("/api/points/awards/" + award + "/objections/" + byCommunityAdmin + "/decide")
                .then().statusCode(200).body("state", equalTo("DISMISSED"));
    }

    @Test
    void whoeverRegisteredAMerchantDoesNotApproveIt() {
        UUID merchant = UUID.randomUUID();
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"id\":\"" + merchant + "\",\"name\":\"王记水果店\",\"organisationId\":\"" + DemoIds.LAKESIDE + "\"}")
                .when().post("/api/points/merchants").then().statusCode(201);
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/points/merchants/" + merchant + "/approve").then().statusCode(409).body("type", endsWith("/four-eyes"));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/merchants/" + merchant + "/approve").then().statusCode(200).body("approved", equalTo(true));
    }

    @Test
    void merchantStaffDoNotConfirmThePickupOfTheirOwnOrder() {
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"id\":\"" + CHEN + "\",\"name\":\"陈记便民超市\",\"organisationId\":\"" + DemoIds.LAKESIDE + "\"}")
                .when().post("/api/points/merchants").then().statusCode(oneOf(201, 409));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/merchants/" + CHEN + "/approve").then().statusCode(oneOf(200, 409));
        UUID chenAsMember = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.MERCHANT_CHEN);
        data.issue(chenAsMember, "10.00");
        String reward = as(DemoUsers.MERCHANT_CHEN).body("{\"name\":\"酱油\",\"pointsPrice\":3,\"stock\":5,\"merchantId\":\"" + CHEN + "\"}")
                .when().post("/api/points/rewards").then().statusCode(201).extract().path("id");
        String order = as(DemoUsers.DISTRICT_ADMIN).body("{\"holderId\":\"" + chenAsMember + "\",\"rewardId\":\"" + reward + "\",\"quantity\":1}")
                .when().post("/api/points/redemptions").then().statusCode(201).extract().path("id");
        as(DemoUsers.MERCHANT_CHEN).when().post("/api/points/redemptions/" + order + "/pickup").then().statusCode(409).body("type", endsWith("/own-record"));
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/redemptions/" + order).then().statusCode(200).body("state", equalTo("PLACED"));
    }

    @Test
    void thePlatformAdminDoesNotConfirmThePickupOfTheirOwnOrderAtThePlatformShop() {
        UUID adminAsMember = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.DISTRICT_ADMIN);
        data.issue(adminAsMember, "10.00");
        String reward = as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"雨伞\",\"pointsPrice\":4,\"stock\":3}")
                .when().post("/api/points/rewards").then().statusCode(201).extract().path("id");
        String order = as(DemoUsers.DISTRICT_ADMIN).body("{\"holderId\":\"" + adminAsMember + "\",\"rewardId\":\"" + reward + "\",\"quantity\":1}")
                .when().post("/api/points/redemptions").then().statusCode(201).extract().path("id");
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/redemptions/" + order + "/pickup").then().statusCode(409).body("type", endsWith("/own-record"));
    }

    @Test
    void thePlatformAdminDoesNotCorrectAnEntryOfTheirOwnAccount() {
        UUID adminAsMember = data.memberOfLogin(DemoIds.LAKESIDE_BRANCH_1, DemoUsers.DISTRICT_ADMIN);
        UUID activity = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, adminAsMember, DemoIds.LAKESIDE_BRANCH_1, "VOLUNTEER_SERVICE", "2.00",
                "2026-11-27T02:00:00Z"));
        UUID entry = data.attendanceEntry(adminAsMember, activity);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reverse")
                .then().statusCode(409).body("type", endsWith("/own-record"));
        // unlinked, the same entry is an ordinary correction
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.DISTRICT_ADMIN));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reverse").then().statusCode(201);
    }
}
