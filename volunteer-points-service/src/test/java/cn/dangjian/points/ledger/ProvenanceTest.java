package cn.dangjian.points.ledger;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsEvents;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.events.ActivityEventsConsumer;
import cn.dangjian.points.expiry.ExpiringPoints;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Points spent or expired go back to the issuance account that issued them (domain.md), at the platform's shop, at a
 * merchant and on expiry, also after a donation; a cancelled order restores them. Each issuer's balance stays minus
 * the points it has in circulation, and the consistency check proves it per issuer.
 */
@QuarkusTest
class ProvenanceTest {

    static final UUID CHEN = UUID.fromString("00000000-0000-4000-8000-000000000901");

    @Inject
    PointsTestData data;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    ExpiringPoints expiry;

    UUID community;
    UUID issuer;
    UUID zhang;

    @BeforeEach
    void zhangHoldsFourPointsOfACommunityAndThenSixOfThePlatform() {
        data.demoTree();
        community = data.community();
        issuer = data.issuanceOf(community);
        zhang = data.memberOfLogin(community, DemoUsers.MEMBER_ZHANG);
        activities.consume(PointsEvents.served(UUID.randomUUID(), zhang, community, "4.00", "2026-11-20", "2026-11-20T02:00:00Z"));
        data.issue(zhang, "6.00");
        assertEquals(new BigDecimal("-4.00"), data.accountBalance(issuer));
    }

    @AfterEach
    void unlink() {
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
    }

    private String platformReward(String price) {
        return as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"环保袋\",\"pointsPrice\":" + price + ",\"stock\":5}").when().post("/api/points/rewards")
                .then().statusCode(201).extract().path("id");
    }

    private String redeem(String reward) {
        return as(DemoUsers.MEMBER_ZHANG).body("{\"rewardId\":\"" + reward + "\",\"quantity\":1}").when().post("/api/points/redemptions")
                .then().statusCode(201).extract().path("id");
    }

    private void issuerBalanceIsMinusItsPointsInCirculation() {
        assertEquals(data.inCirculation(issuer).negate(), data.accountBalance(issuer));
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/ledger/consistency").then().statusCode(200)
                .body("issuerDrift", is(0.0f)).body("provenanceDrift", is(0.0f)).body("unattributedEntries", is(0))
                .body("issuersChecked", greaterThan(1)).body("consistent", is(true));
    }

    @Test
    void pointsSpentAtThePlatformShopGoBackToTheirIssuerOldestFirst() {
        redeem(platformReward("5.00"));
        // the four community points (issued first) and one of the platform's
        assertEquals(0, data.accountBalance(issuer).signum(), "the community's points came back to it");
        assertEquals(new BigDecimal("5.00"), data.heldOf(zhang, PointsAccount.PLATFORM_ISSUANCE));
        issuerBalanceIsMinusItsPointsInCirculation();
    }

    @Test
    void pointsSpentAtAMerchantGoBackToTheirIssuerToo() {
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"id\":\"" + CHEN + "\",\"name\":\"陈记便民超市\",\"organisationId\":\"" + DemoIds.LAKESIDE + "\"}")
                .when().post("/api/points/merchants").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/merchants/" + CHEN + "/approve").then().statusCode(org.hamcrest.Matchers.oneOf(200, 409));
        String reward = as(DemoUsers.MERCHANT_CHEN).body("{\"name\":\"面条\",\"pointsPrice\":3,\"stock\":5,\"merchantId\":\"" + CHEN + "\"}")
                .when().post("/api/points/rewards").then().statusCode(201).extract().path("id");
        BigDecimal merchantBefore = data.scalar("SELECT balance FROM points_account WHERE merchant_id = ?", CHEN);
        redeem(reward);
        assertEquals(new BigDecimal("-1.00"), data.accountBalance(issuer));
        assertEquals(merchantBefore, data.scalar("SELECT balance FROM points_account WHERE merchant_id = ?", CHEN), "spent points are retired, not held by the merchant");
        issuerBalanceIsMinusItsPointsInCirculation();
    }

    @Test
    void expiredPointsGoBackToTheirIssuer() {
        expiry.expire(Instant.now().plus(Duration.ofDays(2)), Duration.ofDays(1));
        assertEquals(0, data.balance(zhang).signum());
        assertEquals(0, data.accountBalance(issuer).signum());
        issuerBalanceIsMinusItsPointsInCirculation();
    }

    @Test
    void donatedPointsKeepTheirIssuerWhereverTheyAreSpent() {
        UUID neighbour = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        as(DemoUsers.MEMBER_ZHANG).body("{\"toHolderId\":\"" + neighbour + "\",\"points\":3}").when().post("/api/points/donations").then().statusCode(201);
        assertEquals(new BigDecimal("3.00"), data.heldOf(neighbour, issuer));
        // the neighbour spends them at the platform's shop, on their behalf at the counter
        String reward = platformReward("3.00");
        as(DemoUsers.DISTRICT_ADMIN).body("{\"holderId\":\"" + neighbour + "\",\"rewardId\":\"" + reward + "\",\"quantity\":1}")
                .when().post("/api/points/redemptions").then().statusCode(201);
        assertEquals(new BigDecimal("-1.00"), data.accountBalance(issuer));
        issuerBalanceIsMinusItsPointsInCirculation();
    }

    @Test
    void aCancelledOrderGivesTheSamePointsBack() {
        String order = redeem(platformReward("5.00"));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/points/redemptions/" + order + "/cancel").then().statusCode(200).body("state", equalTo("CANCELLED"));
        assertEquals(new BigDecimal("4.00"), data.heldOf(zhang, issuer));
        assertEquals(new BigDecimal("6.00"), data.heldOf(zhang, PointsAccount.PLATFORM_ISSUANCE));
        assertEquals(new BigDecimal("-4.00"), data.accountBalance(issuer));
        issuerBalanceIsMinusItsPointsInCirculation();
    }

    @Test
    void theCheckFindsAnIssuerWhoseBalanceIsNotMinusItsPointsInCirculation() {
        issuerBalanceIsMinusItsPointsInCirculation();
        long lot = ((Number) data.scalarObject("SELECT min(l.id) FROM points_lot l WHERE l.issuer_id = ? AND l.remaining > 0", issuer)).longValue();
        assertEquals(null, data.tryExecute("UPDATE points_lot SET remaining = remaining + 1 WHERE id = " + lot));
        try {
            as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/ledger/consistency").then().statusCode(200)
                    .body("consistent", is(false)).body("issuerDrift", is(1.0f))
                    .body("driftingIssuers.issuerAccountId", org.hamcrest.Matchers.hasItem(issuer.toString()))
                    .body("driftingIssuers.find { it.issuerAccountId == '" + issuer + "' }.organisationId", equalTo(community.toString()));
        } finally {
            assertEquals(null, data.tryExecute("UPDATE points_lot SET remaining = remaining - 1 WHERE id = " + lot));
        }
        issuerBalanceIsMinusItsPointsInCirculation();
    }
}
