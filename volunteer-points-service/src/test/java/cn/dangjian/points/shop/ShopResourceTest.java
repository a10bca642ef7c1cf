package cn.dangjian.points.shop;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsTestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merchants, rewards and orders through HTTP with real tokens: merchant-chen acts for merchant …0901. */
@QuarkusTest
class ShopResourceTest {

    static final UUID CHEN = UUID.fromString("00000000-0000-4000-8000-000000000901");
    private static final String PROBLEM = "application/problem+json";

    @Inject
    PointsTestData data;

    UUID zhang;

    @BeforeEach
    void chensShopIsApprovedAndZhangHasPoints() {
        data.demoTree();
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"id\":\"" + CHEN + "\",\"name\":\"陈记便民超市\",\"organisationId\":\"" + DemoIds.LAKESIDE + "\"}")
                .when().post("/api/points/merchants").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        // approved by a second person (four eyes): the one who registered it may not
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/merchants/" + CHEN + "/approve").then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        zhang = data.member(DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        data.issue(zhang, "50.00");
    }

    private String reward(int stock, String price) {
        return as(DemoUsers.MERCHANT_CHEN).body("{\"name\":\"洗衣液\",\"pointsPrice\":" + price + ",\"stock\":" + stock + ",\"merchantId\":\"" + CHEN + "\"}")
                .when().post("/api/points/rewards").then().statusCode(201).extract().path("id");
    }

    @Test
    void redeemPickUpAndCancel() {
        String reward = reward(5, "20.00");
        var placed = as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":2}").when().post("/api/points/redemptions")
                .then().statusCode(201).body("state", equalTo("PLACED")).body("points", is(40.0f)).extract();
        String order = placed.path("id");
        assertEquals(new BigDecimal("10.00"), data.balance(zhang));
        // announced: the holder's debit, in the same transaction; the points go back to their issuer, which announces nothing
        assertEquals(1L, data.count("SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.debited.v1' AND payload LIKE ? AND payload LIKE ?",
                "%" + placed.path("entryId") + "%", "%" + zhang + "%"));
        assertEquals(0L, data.count("SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.credited.v1' AND payload LIKE ?",
                "%" + placed.path("entryId") + "%"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards/" + reward).then().statusCode(200).body("stock", is(3));
        as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":1}").when().post("/api/points/redemptions")
                .then().statusCode(409).contentType(PROBLEM).body("type", org.hamcrest.Matchers.endsWith("/not-enough-points"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards/" + reward).then().body("stock", is(3));
        // the merchant sees and confirms its own order
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/redemptions/" + order).then().statusCode(200);
        as(DemoUsers.MERCHANT_CHEN).when().post("/api/points/redemptions/" + order + "/pickup").then().statusCode(200).body("state", equalTo("PICKED_UP"));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/points/redemptions/" + order + "/cancel").then().statusCode(409);

        String cheap = reward(5, "5.00");
        String second = as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + cheap + "\",\"quantity\":1,\"holderId\":\"" + zhang + "\"}")
                .when().post("/api/points/redemptions").then().statusCode(201).extract().path("id");
        assertEquals(new BigDecimal("5.00"), data.balance(zhang));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards/" + cheap).then().body("stock", is(4));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/points/redemptions/" + second + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
        assertEquals(new BigDecimal("10.00"), data.balance(zhang));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards/" + cheap).then().body("stock", is(5));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/points/redemptions/" + second + "/cancel").then().statusCode(409);
    }

    @Test
    void outOfStockIsRefusedWithoutDebiting() {
        String reward = reward(1, "1.00");
        as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":2}").when().post("/api/points/redemptions")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/out-of-stock"));
        assertEquals(new BigDecimal("50.00"), data.balance(zhang));
    }

    @Test
    void denials() {
        String reward = reward(5, "1.00");
        // a merchant lists only for itself; a member lists nothing; only platform-admin stocks the platform shop
        UUID other = UUID.randomUUID();
        as(DemoUsers.DISTRICT_ADMIN).body("{\"id\":\"" + other + "\",\"name\":\"别家\",\"organisationId\":\"" + DemoIds.HILLSIDE + "\"}")
                .when().post("/api/points/merchants").then().statusCode(201);
        as(DemoUsers.MERCHANT_CHEN).body("{\"name\":\"x\",\"pointsPrice\":1,\"stock\":1,\"merchantId\":\"" + other + "\"}")
                .when().post("/api/points/rewards").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"x\",\"pointsPrice\":1,\"stock\":1,\"merchantId\":\"" + other + "\"}")
                .when().post("/api/points/rewards").then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/merchant-not-approved"));
        as(DemoUsers.MERCHANT_CHEN).body("{\"name\":\"x\",\"pointsPrice\":1,\"stock\":1}").when().post("/api/points/rewards").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body("{\"name\":\"x\",\"pointsPrice\":1,\"stock\":1,\"merchantId\":\"" + CHEN + "\"}")
                .when().post("/api/points/rewards").then().statusCode(403);
        // community-admin of Lakeside cannot approve a Hillside merchant
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/points/merchants/" + other + "/approve").then().statusCode(403);
        // a member redeems only their own points
        UUID someoneElse = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":1,\"holderId\":\"" + someoneElse + "\"}")
                .when().post("/api/points/redemptions").then().statusCode(403);
        String order = as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":1}").when().post("/api/points/redemptions")
                .then().statusCode(201).extract().path("id");
        // another holder neither reads nor cancels it; a member confirms no pickup; org-admins do not see orders
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/points/redemptions/" + order).then().statusCode(403);
        as(DemoUsers.VOLUNTEER_WANG).when().post("/api/points/redemptions/" + order + "/cancel").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/points/redemptions/" + order + "/pickup").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/points/redemptions/" + order).then().statusCode(403);
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/redemptions").then().statusCode(200);
        anonymous().when().get("/api/points/rewards").then().statusCode(401);
        // a merchant filter naming no merchant is a 400 naming the parameter, not an empty page
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards?merchantId=" + UUID.randomUUID()).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("merchantId"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/rewards?merchantId=" + CHEN).then().statusCode(200)
                .body("items.merchantId", org.hamcrest.Matchers.everyItem(equalTo(CHEN.toString())));
        as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}").when().post("/api/points/redemptions")
                .then().statusCode(422);
        as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":0}").when().post("/api/points/redemptions")
                .then().statusCode(400);
    }
}
