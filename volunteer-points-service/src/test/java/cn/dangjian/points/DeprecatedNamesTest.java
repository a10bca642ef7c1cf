package cn.dangjian.points;

import static cn.dangjian.platform.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.events.ActivityEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The v1.1 names that api-contract v1.2 replaced keep working for one minor version, marked deprecated: each noun path
 * does what its verb does, the service-record export still takes {@code organisationId} for its subtree, and the
 * honour roll still sends {@code places}.
 */
@QuarkusTest
class DeprecatedNamesTest {

    @Inject
    PointsTestData data;

    @Inject
    ActivityEventsConsumer activities;

    UUID holder;

    @BeforeEach
    void aMemberOfLakesideBranchOne() {
        data.demoTree();
        holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
    }

    private String nominated() {
        return as(DemoUsers.COMMUNITY_ADMIN)
                .body("{\"holderId\":\"" + holder + "\",\"category\":\"HONESTY\",\"points\":2,\"reason\":\"拾金不昧\"}")
                .when().post("/api/points/awards").then().statusCode(201).extract().path("id");
    }

    @Test
    void awardApprovalIsApprove() {
        String award = nominated();
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/points/awards/" + award + "/approval").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/four-eyes"));
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approval").then().statusCode(200)
                .body("state", equalTo("IN_NOTICE"));
    }

    @Test
    void objectionDecisionIsDecide() {
        String award = nominated();
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/points/awards/" + award + "/approve").then().statusCode(200);
        String objection = as(DemoUsers.MEMBER_ZHANG).body("{\"reason\":\"不实\"}").when().post("/api/points/awards/" + award + "/objections")
                .then().statusCode(201).extract().path("id");
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"upheld\":true}").when().post("/api/points/awards/" + award + "/objections/" + objection + "/decision")
                .then().statusCode(200).body("state", equalTo("UPHELD"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/awards/" + award).then().body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void merchantApprovalIsApprove() {
        UUID merchant = UUID.randomUUID();
        as(DemoUsers.COMMUNITY_ADMIN).body("{\"id\":\"" + merchant + "\",\"name\":\"老字号\",\"organisationId\":\"" + DemoIds.LAKESIDE + "\"}")
                .when().post("/api/points/merchants").then().statusCode(201);
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/merchants/" + merchant + "/approval").then().statusCode(200)
                .body("approved", is(true));
    }

    @Test
    void redemptionCancellationIsCancel() {
        data.issue(holder, "5.00");
        String reward = as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"毛巾\",\"pointsPrice\":3,\"stock\":2}")
                .when().post("/api/points/rewards").then().statusCode(201).extract().path("id");
        String order = as(DemoUsers.DISTRICT_ADMIN).body(Map.of("holderId", holder.toString(), "rewardId", reward, "quantity", 1))
                .when().post("/api/points/redemptions").then().statusCode(201).extract().path("id");
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/points/redemptions/" + order + "/cancellation").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        assertEquals(new BigDecimal("5.00"), data.balance(holder));
    }

    @Test
    void entryReversalIsReverse() {
        UUID activity = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, holder, DemoIds.LAKESIDE_BRANCH_1, "VOLUNTEER_SERVICE", "1.00",
                "2026-11-27T02:00:00Z"));
        UUID entry = data.attendanceEntry(holder, activity);
        String location = as(DemoUsers.DISTRICT_ADMIN).body("{\"reason\":\"录入错误\"}").when().post("/api/points/ledger/entries/" + entry + "/reversal")
                .then().statusCode(201).body("reversalOf", equalTo(entry.toString())).extract().header("Location");
        as(DemoUsers.DISTRICT_ADMIN).when().get(location).then().statusCode(200).body("reversalOf", equalTo(entry.toString()));
        assertEquals(0, data.balance(holder).signum());
    }

    @Test
    void serviceRecordsTakeOrganisationIdForTheirSubtree() {
        UUID activity = UUID.randomUUID();
        activities.consume(AttendanceEventsFixture.memberConfirmed(activity, holder, DemoIds.LAKESIDE_BRANCH_1, "VOLUNTEER_SERVICE", "1.00",
                "2026-10-05T02:00:00Z"));
        String byOldName = csv("organisationId=" + DemoIds.LAKESIDE);
        assertEquals(csv("under=" + DemoIds.LAKESIDE), byOldName);
        org.junit.jupiter.api.Assertions.assertTrue(byOldName.contains(activity.toString()), byOldName);
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?organisationId=" + DemoIds.LAKESIDE + "&under=" + DemoIds.HILLSIDE + "&from=2026-10-05&to=2026-10-05")
                .then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
    }

    @Test
    void theHonourRollStillSendsPlaces() {
        data.issue(holder, "1.00");
        String year = String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue());
        var roll = as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + DemoIds.LAKESIDE_BRANCH_1 + "&period=" + year)
                .then().statusCode(200).extract();
        List<Object> places = roll.path("places");
        assertEquals(roll.<List<Object>>path("items"), places);
    }

    @Test
    void theDocumentMarksEachOldNameDeprecatedAndNoNewOne() {
        var document = given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String old : List.of("/api/points/awards/{id}/approval", "/api/points/merchants/{id}/approval",
                "/api/points/awards/{id}/objections/{objectionId}/decision", "/api/points/ledger/entries/{entryId}/reversal",
                "/api/points/redemptions/{id}/cancellation")) {
            assertEquals(Boolean.TRUE, document.<Boolean>get("paths.'" + old + "'.post.deprecated"), old);
        }
        for (String verb : List.of("/api/points/awards/{id}/approve", "/api/points/merchants/{id}/approve",
                "/api/points/awards/{id}/objections/{objectionId}/decide", "/api/points/ledger/entries/{entryId}/reverse",
                "/api/points/redemptions/{id}/cancel")) {
            assertEquals(Boolean.TRUE, document.get("paths.'" + verb + "'.post") != null, verb + " is served");
            org.junit.jupiter.api.Assertions.assertNull(document.get("paths.'" + verb + "'.post.deprecated"), verb);
        }
        assertEquals(Boolean.TRUE, document.<Boolean>get("paths.'/api/points/service-records'.get.parameters.find { it.name == 'organisationId' }.deprecated"));
        assertEquals("^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$",
                document.<String>get("paths.'/api/points/honour-roll'.get.parameters.find { it.name == 'period' }.schema.pattern"));
    }

    private String csv(String filter) {
        return given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?" + filter + "&from=2026-10-05&to=2026-10-05").then().statusCode(200).extract().asString();
    }
}
