package cn.dangjian.points.donation;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.events.OrganisationEventsConsumer;
import cn.dangjian.points.expiry.ExpiringPoints;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DonationAndExpiryTest {

    @Inject
    PointsTestData data;

    @Inject
    OrganisationEventsConsumer organisations;

    @Inject
    ExpiringPoints expiry;

    @Test
    void donateToAnotherHolderAndToACommunityPool() {
        data.demoTree();
        UUID community = data.community();
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        UUID zhang = data.member(DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        UUID neighbour = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        data.issue(zhang, "10.00");
        String toNeighbour = as(DemoUsers.MEMBER_ZHANG).body("{\"toHolderId\":\"" + neighbour + "\",\"points\":3,\"note\":\"给邻居\"}")
                .when().post("/api/points/donations").then().statusCode(201).body("toHolderId", equalTo(neighbour.toString()))
                .extract().header("Location");
        String toPool = as(DemoUsers.MEMBER_ZHANG).body("{\"toPoolOrganisationId\":\"" + community + "\",\"points\":2}").when().post("/api/points/donations")
                .then().statusCode(201).extract().header("Location");
        // each Location is served: the giver, the receiver and the district read it; another member and an admin out of scope do not
        as(DemoUsers.MEMBER_ZHANG).when().get(toNeighbour).then().statusCode(200).body("fromHolderId", equalTo(zhang.toString()))
                .body("toHolderId", equalTo(neighbour.toString())).body("points", is(3.0f)).body("note", equalTo("给邻居"));
        as(DemoUsers.MEMBER_ZHANG).when().get(toPool).then().statusCode(200).body("toPoolOrganisationId", equalTo(community.toString()))
                .body("points", is(2.0f));
        as(DemoUsers.DISTRICT_ADMIN).when().get(toNeighbour).then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).when().get(toNeighbour).then().statusCode(200);
        as(DemoUsers.VOLUNTEER_WANG).when().get(toNeighbour).then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).when().get(toNeighbour).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/donations/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(new BigDecimal("5.00"), data.balance(zhang));
        assertEquals(new BigDecimal("3.00"), data.balance(neighbour));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/pools/" + community).then().statusCode(200).body("balance", is(2.0f));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/points/pools/" + community).then().statusCode(403);
        // refusals: more than the balance, to oneself, both or neither target, a pool of a non-community
        as(DemoUsers.MEMBER_ZHANG).body("{\"toHolderId\":\"" + neighbour + "\",\"points\":5.01}").when().post("/api/points/donations")
                .then().statusCode(409).body("type", endsWith("/not-enough-points"));
        as(DemoUsers.MEMBER_ZHANG).body("{\"toHolderId\":\"" + zhang + "\",\"points\":1}").when().post("/api/points/donations").then().statusCode(409);
        as(DemoUsers.MEMBER_ZHANG).body("{\"points\":1}").when().post("/api/points/donations").then().statusCode(400);
        as(DemoUsers.MEMBER_ZHANG).body("{\"toPoolOrganisationId\":\"" + DemoIds.LAKESIDE_BRANCH_1 + "\",\"points\":1}").when().post("/api/points/donations")
                .then().statusCode(422);
        as(DemoUsers.DISTRICT_ADMIN).body("{\"toHolderId\":\"" + neighbour + "\",\"points\":1}").when().post("/api/points/donations").then().statusCode(403);
        assertEquals(new BigDecimal("5.00"), data.balance(zhang));
    }

    @Test
    void expiryPostsEntriesOnlyForPointsOlderThanThePeriodAndOnlyOnce() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        data.issue(holder, "6.00");
        // a period longer than the points' age: nothing expires
        expiry.expire(Instant.now(), Duration.ofDays(1));
        assertEquals(new BigDecimal("6.00"), data.balance(holder));
        // seen from a day later with a one-day period, the 6 points are old: they expire, by an entry
        Instant later = Instant.now().plus(Duration.ofDays(1)).plusSeconds(5);
        expiry.expire(later, Duration.ofDays(1));
        assertEquals(0, data.balance(holder).signum());
        assertEquals(1L, data.count("""
                SELECT count(*) FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN points_account a ON a.id = p.account_id
                WHERE e.cause = 'EXPIRY' AND a.holder_id = ?""", holder));
        expiry.expire(later, Duration.ofDays(1));
        assertEquals(1L, data.count("""
                SELECT count(*) FROM journal_entry e JOIN posting p ON p.entry_id = e.id JOIN points_account a ON a.id = p.account_id
                WHERE e.cause = 'EXPIRY' AND a.holder_id = ?""", holder));
    }
}
