package cn.dangjian.organisation.health;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.dangjian.platform.testing.TestClock;
import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.events.ActivityEventsConsumer;
import cn.dangjian.organisation.events.MemberEventsConsumer;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.testing.ActivityEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Findings are kept up to date from events, changes and the daily run, and read from the table. */
@QuarkusTest
class HealthFindingsTest {

    @Inject
    MemberEventsConsumer members;

    @Inject
    ActivityEventsConsumer activities;

    @Inject
    HealthService health;

    @Inject
    TestClock clock;

    UUID general;
    UUID branch;

    @BeforeEach
    void tree() {
        Tree.demo();
        general = Tree.create("GENERAL_BRANCH", DemoIds.LAKESIDE);
        branch = Tree.create("BRANCH", general);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void memberEventsKeepTheThreeFullMembersFindingCurrent() {
        findings(branch).body("findings.rule", hasItem("BRANCH_FEWER_THAN_THREE_FULL_MEMBERS"))
                .body("findings.severity", hasItem("VIOLATION")).body("findings.message", hasItem(containsString("0 full members")));
        for (int i = 0; i < 2; i++) {
            members.consume(VersionedMemberEventsFixture.registered(1, UUID.randomUUID(), branch, "FULL", "NORMAL", true));
        }
        UUID third = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, third, branch, "PROBATIONARY", "NORMAL", false));
        findings(branch).body("findings.message", hasItem(containsString("2 full members")));
        members.consume(VersionedMemberEventsFixture.converted(2, third, branch));
        findings(branch).body("findings.rule", not(hasItem("BRANCH_FEWER_THAN_THREE_FULL_MEMBERS")));
    }

    @Test
    void silenceStartsOnTheThirtiethDayAndTheParentNamesTheChild() {
        LocalDate today = ChinaTime.today(clock);
        clock.setToday(today.plusDays(29));
        health.recomputeAll();
        findings(branch).body("findings.rule", not(hasItem("SILENT")));
        findings(general).body("findings.rule", not(hasItem("CHILD_SILENT")));
        clock.setToday(today.plusDays(30));
        health.recomputeAll();
        findings(branch).body("findings.rule", hasItem("SILENT"));
        findings(general).body("findings.rule", hasItem("CHILD_SILENT")).body("findings.subjectId", hasItem(branch.toString()))
                .body("findings.message", hasItem(containsString("测试BRANCH (" + branch + ")")));
        // an activity that ended today ends the silence, and the parent hears of it at once
        UUID activity = UUID.randomUUID();
        var endsAt = today.plusDays(30).atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
        activities.consume(ActivityEventsFixture.published(1, activity, branch, endsAt.minusSeconds(3600), endsAt));
        findings(branch).body("findings.rule", hasItem("SILENT"));
        activities.consume(ActivityEventsFixture.ended(2, activity, branch, endsAt.minusSeconds(3600), endsAt));
        findings(branch).body("findings.rule", not(hasItem("SILENT")));
        findings(general).body("findings.rule", not(hasItem("CHILD_SILENT")));
    }

    @Test
    void organisationalLifeBehindComesAndGoesWithComplianceEvents() {
        activities.consume(ActivityEventsFixture.complianceChanged(1, branch, 2026, List.of("BRANCH_COMMITTEE_MEETING 2026-10")));
        findings(branch).body("findings.rule", hasItem("ORGANISATIONAL_LIFE_BEHIND"))
                .body("findings.message", hasItem(containsString("BRANCH_COMMITTEE_MEETING 2026-10")));
        activities.consume(ActivityEventsFixture.complianceChanged(3, branch, 2026, List.of()));
        findings(branch).body("findings.rule", not(hasItem("ORGANISATIONAL_LIFE_BEHIND")));
        activities.consume(ActivityEventsFixture.complianceChanged(2, branch, 2026, List.of("PARTY_LECTURE 2026-Q3")));
        findings(branch).body("findings.rule", not(hasItem("ORGANISATIONAL_LIFE_BEHIND")));
    }

    @Test
    void aVacantSecretaryAndAnExpiredTermAreFindingsOnBothSidesOfTheirEdges() {
        UUID member = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, member, branch, "FULL", "NORMAL", true));
        LocalDate emptied = LocalDate.of(2026, 1, 10);
        clock.setToday(emptied);
        String etag = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + branch + "/committee").then().statusCode(200).extract().header("ETag");
        etag = as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", etag)
                .body(Map.of("termStartsOn", emptied.minusYears(3).toString(), "seats", List.of(Map.of("post", "ORGANISATION", "memberId", member.toString()))))
                .when().put("/api/organisations/" + branch + "/committee").then().statusCode(200)
                .body("termEndsOn", org.hamcrest.Matchers.equalTo(emptied.minusDays(1).toString()))
                .body("secretaryVacantSince", org.hamcrest.Matchers.equalTo(emptied.toString())).extract().header("ETag");
        findings(branch).body("findings.rule", not(hasItem("SECRETARY_VACANT"))).body("findings.rule", hasItem("TERM_EXPIRED"));
        clock.setToday(emptied.plusMonths(3));
        health.recomputeAll();
        findings(branch).body("findings.rule", not(hasItem("SECRETARY_VACANT")));
        clock.setToday(emptied.plusMonths(3).plusDays(1));
        health.recomputeAll();
        findings(branch).body("findings.rule", hasItem("SECRETARY_VACANT"));
        // a secretary fills the post and a new term starts: both findings go
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", etag)
                .body(Map.of("termStartsOn", emptied.plusMonths(3).plusDays(1).toString(), "seats", List.of(Map.of("post", "SECRETARY", "memberId", member.toString()))))
                .when().put("/api/organisations/" + branch + "/committee").then().statusCode(200)
                .body("secretaryVacantSince", org.hamcrest.Matchers.nullValue());
        findings(branch).body("findings.rule", not(hasItem("SECRETARY_VACANT"))).body("findings.rule", not(hasItem("TERM_EXPIRED")));
    }

    @Test
    void anOrganisationWithoutAFoundingDayIsActiveSinceItsCreationDayOnTheServiceClock() {
        clock.set(java.time.Instant.parse("2025-03-09T16:30:00Z")); // 10 March, 00:30 in China
        UUID created = Tree.create("BRANCH", general);
        clock.setToday(LocalDate.of(2025, 4, 8));
        health.recomputeAll();
        findings(created).body("findings.rule", not(hasItem("SILENT")));
        clock.setToday(LocalDate.of(2025, 4, 9));
        health.recomputeAll();
        findings(created).body("findings.rule", hasItem("SILENT"))
                .body("findings.message", hasItem(containsString("since the organisation began on 2025-03-10")));
    }

    @Test
    void theSubtreePageHoldsTheFindingsBelowInTreeOrder() {
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + general + "/subtree/health?size=200")
                .then().statusCode(200).body("items.organisationId", hasItem(branch.toString()))
                .body("items.rule", hasItem("BRANCH_FEWER_THAN_THREE_FULL_MEMBERS")).body("page", org.hamcrest.Matchers.is(0))
                .body("size", org.hamcrest.Matchers.is(200)).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + general + "/subtree/health?severity=INFO")
                .then().statusCode(200).body("items.rule", not(hasItem("BRANCH_FEWER_THAN_THREE_FULL_MEMBERS")));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + general + "/subtree/health?severity=BAD")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("severity"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + general + "/subtree/health?size=201").then().statusCode(400);
    }

    @Test
    void healthIsReadByRoleAndSubtree() {
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/organisations/" + branch + "/health").then().statusCode(403).contentType("application/problem+json");
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/organisations/" + general + "/subtree/health").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/organisations/" + branch + "/health").then().statusCode(403);
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/organisations/" + branch + "/subtree/health").then().statusCode(403);
        anonymous().when().get("/api/organisations/" + branch + "/health").then().statusCode(401);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/organisations/" + branch + "/health").then().statusCode(200);
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get("/api/organisations/" + branch + "/subtree/health").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + UUID.randomUUID() + "/health").then().statusCode(404);
    }

    private static ValidatableResponse findings(UUID organisation) {
        return as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + organisation + "/health").then().statusCode(200);
    }
}
