package cn.dangjian.points.honour;

import static cn.dangjian.platform.testing.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.events.ActivityEventsConsumer;
import cn.dangjian.points.events.MemberEventsConsumer;
import cn.dangjian.points.events.OrganisationEventsConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The honour roll of a fresh subtree (names masked, periods in China time) and the CSV of its service records. */
@QuarkusTest
class HonourRollAndRecordsTest {

    @Inject
    PointsTestData data;

    @Inject
    OrganisationEventsConsumer organisations;

    @Inject
    MemberEventsConsumer members;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    cn.dangjian.platform.testing.TestClock clock;

    @Test
    void pointsBookedAtHalfPastMidnightChinaTimeCountForTheNewMonth() {
        data.demoTree();
        UUID community = data.community();
        UUID member = UUID.randomUUID();
        members.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "王小明", community, null));
        // 2026-11-30T16:30Z is 00:30 on 1 December in Beijing
        clock.set(java.time.Instant.parse("2026-11-30T16:30:00Z"));
        try {
            data.issue(member, "3.00");
        } finally {
            clock.reset();
        }
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + community + "&period=2026-12")
                .then().statusCode(200).body("items.size()", is(1)).body("items[0].name", equalTo("王*明")).body("total", is(1));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + community + "&period=2026-11")
                .then().statusCode(200).body("items.size()", is(0)).body("total", is(0));
    }

    @Test
    void rankedMaskedAndBoundedByPeriodAndSubtree() {
        data.demoTree();
        UUID community = data.community();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        members.consume(MemberEventsFixture.registered(UUID.randomUUID(), first, "张建国", community, null));
        members.consume(MemberEventsFixture.registered(UUID.randomUUID(), second, "李四", community, null));
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), first, community, "VOLUNTEER_SERVICE", "3.00", "2026-11-10T02:00:00Z"));
        activities.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), second, community, "VOLUNTEER_SERVICE", "2.00", "2026-11-10T02:00:00Z"));
        // the roll counts points by when they were booked, so the period is the current year (China time)
        String thisYear = String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue());
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + community + "&period=" + thisYear)
                .then().statusCode(200).body("items.size()", is(2)).body("total", is(2)).body("page", is(0)).body("size", is(20))
                .body("items[0].name", equalTo("张*国")).body("items[0].points", is(3.0f)).body("items[0].rank", is(1))
                .body("items[1].name", equalTo("李*"))
                .body(not(containsString(first.toString())));
        // a page at a time: the second place is rank 2 on page 1 of size 1, and the total says how many there are
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + community + "&period=" + thisYear + "&page=1&size=1")
                .then().statusCode(200).body("items.size()", is(1)).body("items[0].rank", is(2)).body("items[0].name", equalTo("李*"))
                .body("total", is(2)).body("page", is(1)).body("size", is(1));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + community + "&period=2019-Q1")
                .then().statusCode(200).body("items.size()", is(0));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + DemoIds.HILLSIDE + "&period=" + thisYear)
                .then().statusCode(200).body(not(containsString("张*国")));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + community + "&period=2026-Q5").then().statusCode(400);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?period=2026").then().statusCode(400);
        // an unknown organisation in a query parameter is a 400 naming it (404 is for ids in the path)
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/points/honour-roll?under=" + UUID.randomUUID() + "&period=2026").then().statusCode(400)
                .body("errors[0].field", equalTo("under"));

        // the CSV of the same records, for the district (in scope) but not for Lakeside's admin (another community)
        String csv = given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + community + "&from=2026-11-10&to=2026-11-10")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertEquals(3, csv.strip().split("\n").length, csv);
        assertTrue(csv.contains("张建国") && csv.contains("VOLUNTEER_SERVICE"), csv);
        assertFalse(csv.contains("认证") || csv.contains("证明") || csv.toLowerCase().contains("certif"), csv);
        given().auth().oauth2(Tokens.of(DemoUsers.COMMUNITY_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + community + "&from=2026-11-10&to=2026-11-10").then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUsers.MEMBER_ZHANG)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + community + "&from=2026-11-10&to=2026-11-10").then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + community + "&from=2026-11-10&to=2026-11-01").then().statusCode(400);
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + UUID.randomUUID() + "&from=2026-11-10&to=2026-11-10").then().statusCode(400)
                .body("errors[0].field", equalTo("under"));
    }
}
