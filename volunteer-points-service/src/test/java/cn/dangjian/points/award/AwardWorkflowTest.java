package cn.dangjian.points.award;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.platform.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nominated → approved by a second person → 7 days of notice → credited; and an upheld objection withdraws it. */
@QuarkusTest
class AwardWorkflowTest {

    @Inject
    PointsTestData data;

    @Inject
    AwardService awards;

    @Inject
    TestClock clock;

    UUID holder;

    @BeforeEach
    void aMemberOfLakesideBranchOne() {
        data.demoTree();
        holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String nominate(String points) {
        return as(DemoUsers.COMMUNITY_ADMIN)
                .body("{\"holderId\":\"" + holder + "\",\"category\":\"HELPING_NEIGHBOURS\",\"points\":" + points + ",\"reason\":\"帮助独居老人\"}")
                .when().post("/api/points/awards").then().statusCode(201).body("state", equalTo("NOMINATED")).extract().path("id");
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void aCommunitysNoticeIsNotCrowdedOutByTheRestOfTheDistrict() throws Exception {
        String award = nominate("3.00");
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200);
        UUID elsewhere = data.member(DemoIds.HILLSIDE_BRANCH, null);
        // 1,000 newer notices in another community, as a busy district would have
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO award (id, holder_id, organisation_id, category, points, reason, state, nominated_by, nominated_at, approved_by, approved_at, notice_ends_at) "
                        + "SELECT gen_random_uuid(), ?, ?, 'OTHER', 1, '批量', 'IN_NOTICE', 'x', now(), 'y', now() + interval '1 hour', now() + interval '3650 days' "
                        + "FROM generate_series(1, 1000)")) {
            insert.setObject(1, elsewhere);
            insert.setObject(2, DemoIds.HILLSIDE_BRANCH);
            insert.executeUpdate();
        }
        try {
            as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/awards/notices?under=" + DemoIds.LAKESIDE).then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.hasItem(award));
            // the district's list is paged, not cut at 200: its total counts all, and the award is on a later page
            int total = as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/awards/notices?under=" + DemoIds.DISTRICT + "&size=200")
                    .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.is(200)).body("page", org.hamcrest.Matchers.is(0))
                    .body("size", org.hamcrest.Matchers.is(200)).extract().path("total");
            org.junit.jupiter.api.Assertions.assertTrue(total > 1000, "total " + total);
            boolean found = false;
            for (int page = 5; page * 200 < total && !found; page++) {
                java.util.List<String> ids = as(DemoUsers.MEMBER_ZHANG).when()
                        .get("/api/points/awards/notices?under=" + DemoIds.DISTRICT + "&size=200&page=" + page).then().statusCode(200).extract().path("items.id");
                found = ids.contains(award);
            }
            org.junit.jupiter.api.Assertions.assertTrue(found, "the award in notice is on a page after the 1,000 newer ones");
        } finally {
            try (java.sql.Connection c = dataSource.getConnection();
                 java.sql.PreparedStatement delete = c.prepareStatement("DELETE FROM award WHERE holder_id = ?")) {
                delete.setObject(1, elsewhere);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void creditedOnlyAfterTheNoticePeriodAndOnce() {
        String award = nominate("10.00");
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/points/awards/" + award + "/approve")
                .then().statusCode(409).body("type", endsWith("/four-eyes"));
        String endsAt = as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve")
                .then().statusCode(200).body("state", equalTo("IN_NOTICE")).extract().path("noticeEndsAt");
        Instant end = Instant.parse(endsAt);
        // published: anyone signed in sees it in the notice list of the subtree, name masked
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/awards/notices?under=" + DemoIds.LAKESIDE).then().statusCode(200)
                .body("items.find { it.id == '" + award + "' }.holderName", equalTo("张*国"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/awards/notices?under=" + DemoIds.HILLSIDE).then().statusCode(200)
                .body("items.find { it.id == '" + award + "' }", org.hamcrest.Matchers.nullValue());
        assertEquals(Duration.ofDays(7), Duration.between(Instant.parse((String) as(DemoUsers.DISTRICT_ADMIN).when()
                .get("/api/points/awards/" + award).then().extract().path("approvedAt")), end));

        awards.creditDue(end.minusSeconds(1));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("IN_NOTICE"));
        assertEquals(0, data.balance(holder).signum());

        awards.creditDue(end);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("CREDITED"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/awards/notices?under=" + DemoIds.LAKESIDE).then()
                .body("items.find { it.id == '" + award + "' }", org.hamcrest.Matchers.nullValue());
        assertEquals(new BigDecimal("10.00"), data.balance(holder));
        awards.creditDue(end.plusSeconds(3600));
        assertEquals(new BigDecimal("10.00"), data.balance(holder));
        // issued by Lakeside's community account if it has one, else the platform's; approved by the second person
        assertEquals(1L, data.count("SELECT count(*) FROM journal_entry WHERE cause = 'AWARD' AND cause_ref = ? AND approved_by IS NOT NULL "
                + "AND approved_by <> requested_by", award));
    }

    @Test
    void anUpheldObjectionWithdrawsTheAwardAndLateObjectionsAreRefused() {
        String award = nominate("5.00");
        as(DemoUsers.MEMBER_ZHANG).body("{\"reason\":\"不实\"}").when().post("/api/points/awards/" + award + "/objections").then().statusCode(409);
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200);
        var raised = as(DemoUsers.MEMBER_ZHANG).body("{\"reason\":\"事迹与实际不符\"}").when().post("/api/points/awards/" + award + "/objections")
                .then().statusCode(201).body("state", equalTo("OPEN")).extract();
        String objection = raised.path("id");
        // its Location is served: to whoever raised it and to those who may read the award, not to anyone else
        String location = raised.header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.endsWith("/api/points/awards/" + award + "/objections/" + objection), location);
        as(DemoUsers.MEMBER_ZHANG).when().get(location).then().statusCode(200).body("reason", equalTo("事迹与实际不符"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get(location).then().statusCode(200).body("state", equalTo("OPEN"));
        as(DemoUsers.AUDITOR_ZHAO).when().get(location).then().statusCode(200);
        as(DemoUsers.VOLUNTEER_WANG).when().get(location).then().statusCode(403);
        as(DemoUsers.STREET_ADMIN).when().get(location).then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + nominate("1.00") + "/objections/" + objection).then().statusCode(404);
        // an open objection holds the crediting back, even after the notice ended
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        awards.creditDue(clock.instant());
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("IN_NOTICE"));
        as(DemoUsers.MEMBER_ZHANG).body("{\"reason\":\"太晚了\"}").when().post("/api/points/awards/" + award + "/objections")
                .then().statusCode(409).body("type", endsWith("/notice-not-running"));
        as(DemoUsers.MEMBER_ZHANG).body("{\"upheld\":true}").when().post("/api/points/awards/" + award + "/objections/" + objection + "/decide")
                .then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"upheld\":true}").when().post("/api/points/awards/" + award + "/objections/" + objection + "/decide")
                .then().statusCode(200).body("state", equalTo("UPHELD"));
        awards.creditDue(clock.instant());
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("WITHDRAWN"));
        assertEquals(0, data.balance(holder).signum());
    }

    @Test
    void denials() {
        UUID hillsider = data.member(DemoIds.HILLSIDE_BRANCH, null);
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"holderId\":\"" + hillsider + "\",\"category\":\"OTHER\",\"points\":1,\"reason\":\"x\"}")
                .when().post("/api/points/awards").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body("{\"holderId\":\"" + holder + "\",\"category\":\"OTHER\",\"points\":1,\"reason\":\"x\"}")
                .when().post("/api/points/awards").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"holderId\":\"" + holder + "\",\"category\":\"OTHER\",\"points\":0,\"reason\":\"x\"}")
                .when().post("/api/points/awards").then().statusCode(400);
        String award = nominate("1.00");
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/points/awards/" + award + "/approve").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().post("/api/points/awards/" + award + "/approve").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/awards/" + award).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/points/awards/" + award).then().statusCode(200);
    }
}
