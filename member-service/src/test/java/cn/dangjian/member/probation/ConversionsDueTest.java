package cn.dangjian.member.probation;

import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversions due (转正提醒): within the window to the day, overdue ones too, extensions counted, per subtree. */
@QuarkusTest
class ConversionsDueTest {

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    TestClock clock;

    /** A branch of its own under Lakeside, so the list holds exactly this test's members. */
    final UUID branch = UUID.randomUUID();

    @BeforeEach
    void aFreshBranchOnAFixedDay() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        organisationEvents.consume(OrganisationEventsFixture.created(branch, "DUE-" + branch.toString().substring(0, 8), "转正提醒测试支部", "BRANCH",
                List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, branch)));
        clock.set(LocalDate.parse("2026-06-15").atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void probationEndingWithinThirtyDaysOrAlreadyOverIsListedSoonestFirst() {
        String inThirtyDays = ConversionResourceTest.register(branch, "2025-07-15");   // ends 2026-07-15: today + 30
        String inThirtyOneDays = ConversionResourceTest.register(branch, "2025-07-16"); // ends 2026-07-16: today + 31
        String overdue = ConversionResourceTest.register(branch, "2025-05-01");          // ended 2026-05-01
        String extendedIntoWindow = ConversionResourceTest.register(branch, "2025-01-10"); // 2026-01-10 + 6 months = 2026-07-10
        String extendedBeyond = ConversionResourceTest.register(branch, "2025-03-01");     // 2026-03-01 + 12 months = 2027-03-01
        extend(extendedIntoWindow, 6, "2026-01-05");
        extend(extendedBeyond, 12, "2026-02-20");
        String list = "/api/members/conversions-due?under=" + branch;

        as(DemoUsers.COMMUNITY_ADMIN).when().get(list).then().statusCode(200)
                .body("items.memberId", contains(overdue, extendedIntoWindow, inThirtyDays)).body("total", equalTo(3))
                .body("items[0].daysLeft", equalTo(-45)).body("items[0].probationEndsOn", equalTo("2026-05-01"))
                .body("items[1].extensionMonths", equalTo(6)).body("items[1].probationEndsOn", equalTo("2026-07-10"))
                .body("items[2].daysLeft", equalTo(30)).body("items[2].probationEndsOn", equalTo("2026-07-15"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get(list + "&withinDays=31").then().statusCode(200)
                .body("items.memberId", contains(overdue, extendedIntoWindow, inThirtyDays, inThirtyOneDays));
        as(DemoUsers.COMMUNITY_ADMIN).when().get(list + "&withinDays=366").then().statusCode(200).body("total", equalTo(5));
        // the shortest window, one day: only the overdue member is due by tomorrow
        as(DemoUsers.COMMUNITY_ADMIN).when().get(list + "&withinDays=1").then().statusCode(200).body("items.memberId", contains(overdue));
        for (String bad : new String[] {"0", "367", "-1", "thirty"}) {
            as(DemoUsers.COMMUNITY_ADMIN).when().get(list + "&withinDays=" + bad).then().statusCode(400).body("errors[0].field", equalTo("withinDays"));
        }
        // the caller's own scope by default; read-everywhere roles see it too
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?size=200").then().statusCode(200).body("items.memberId", hasItem(inThirtyDays));
        as(DemoUsers.AUDITOR_ZHAO).when().get(list).then().statusCode(200).body("total", equalTo(3));
        // everywhere, without a subtree condition
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/conversions-due").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get(list).then().statusCode(200).body("total", equalTo(3));
        // outside the subtree, and roles that do not read it
        as(DemoUsers.BRANCH_SECRETARY).when().get(list).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get(list).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?organisationId=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?under=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("under"));
        // that organisation alone, not the ones below it
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?organisationId=" + branch).then().statusCode(200).body("total", equalTo(3));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?size=200&organisationId=" + DemoIds.LAKESIDE).then().statusCode(200)
                .body("items.memberId", not(hasItem(inThirtyDays)));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?organisationId=" + branch + "&under=" + DemoIds.LAKESIDE).then()
                .statusCode(200).body("total", equalTo(3));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?organisationId=" + branch + "&under=" + DemoIds.LAKESIDE_BRANCH_1).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void admittedOnTwentyNinthFebruaryIsDueOnTwentyEighthTheYearAfter() {
        clock.set(LocalDate.parse("2025-01-29").atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        String leapDay = ConversionResourceTest.register(branch, "2024-02-29"); // ends 2025-02-28 = today + 30
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?under=" + branch).then().statusCode(200)
                .body("items.memberId", contains(leapDay)).body("items[0].probationEndsOn", equalTo("2025-02-28")).body("items[0].daysLeft", equalTo(30));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/conversions-due?withinDays=29&under=" + branch).then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static void extend(String id, int months, String decidedOn) {
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("months", months, "decidedOn", decidedOn, "reason", "需要进一步考察"))
                .when().post("/api/members/" + id + "/probation-extension").then().statusCode(200);
    }
}
