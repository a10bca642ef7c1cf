package cn.dangjian.organisation.committee;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.dangjian.organisation.MemberEvents;
import cn.dangjian.platform.testing.TestClock;
import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.events.MemberEventsConsumer;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitteeResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    MemberEventsConsumer members;

    @Inject
    HealthService health;

    @Inject
    TestClock clock;

    UUID community;
    UUID enterprise;
    UUID member;

    @BeforeEach
    void tree() {
        Tree.demo();
        community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        enterprise = Tree.create("BRANCH", DemoIds.STREET, "SINGLE", "NON_PUBLIC_ENTERPRISE");
        member = fullMember(community);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCommunityTermIsFiveYearsAndEndingTermsAreListed() {
        LocalDate start = ChinaTime.today(clock).minusYears(5).plusDays(60);
        put(community, Map.of("termStartsOn", start.toString(), "seats", List.of(secretary(member)))).statusCode(200)
                .body("termEndsOn", equalTo(start.plusYears(5).minusDays(1).toString())).body("seats[0].post", equalTo("SECRETARY"))
                .body("seats[0].name", equalTo("测试党员"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?size=200").then().statusCode(200)
                .body("items.organisationId", hasItem(community.toString()));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?withinDays=30&size=200").then().statusCode(200)
                .body("items.organisationId", not(hasItem(community.toString())));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?withinDays=61&size=200").then().statusCode(200)
                .body("items.organisationId", hasItem(community.toString()));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/terms-ending?size=200").then().statusCode(200)
                .body("items.organisationId", not(hasItem(community.toString())));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?withinDays=x").then().statusCode(400)
                .body("errors[0].field", equalTo("withinDays"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?withinDays=3651").then().statusCode(400)
                .body("errors[0].field", equalTo("withinDays"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + community + "/health").then()
                .body("findings.rule", hasItem("TERM_ENDING_SOON"));
    }

    @Test
    void theV11WindowNameWithinStillWorks() {
        LocalDate start = ChinaTime.today(clock).minusYears(5).plusDays(60);
        put(community, Map.of("termStartsOn", start.toString(), "seats", List.of(secretary(member)))).statusCode(200);
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=30&size=200").then().statusCode(200)
                .body("items.organisationId", not(hasItem(community.toString())));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=61&size=200").then().statusCode(200)
                .body("items.organisationId", hasItem(community.toString()));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=x").then().statusCode(400)
                .body("errors[0].field", equalTo("within"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("within"));
        // both names with different values: which one the client meant is unknown
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=30&withinDays=61").then().statusCode(400)
                .body("errors[0].field", equalTo("within"));
    }

    @Test
    void theTermEndsTheDayBeforeItsAnniversaryAndAForgedEndIsRefused() {
        put(community, Map.of("termStartsOn", "2024-03-01", "seats", List.of(secretary(member)))).statusCode(200)
                .body("termEndsOn", equalTo("2029-02-28"));
        put(community, Map.of("termStartsOn", "2024-02-29", "seats", List.of(secretary(member)))).statusCode(200)
                .body("termEndsOn", equalTo("2029-02-28"));
        put(enterprise, Map.of("termStartsOn", "2024-02-29", "seats", List.of(secretary(fullMember(enterprise))))).statusCode(200)
                .body("termEndsOn", equalTo("2027-02-28"));
        String before = committee(community).extract().header("ETag");
        put(community, Map.of("termStartsOn", "2024-02-29", "termEndsOn", "2099-12-31", "seats", List.of(secretary(member))))
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("termEndsOn"))
                .body("errors[0].message", containsString("derived")).body("errors[0].message", containsString("2029-02-28"));
        committee(community).header("ETag", equalTo(before)).body("termEndsOn", equalTo("2029-02-28"));
        // a client that sends back what it read keeps working
        put(community, Map.of("termStartsOn", "2024-02-29", "termEndsOn", "2029-02-28", "seats", List.of(secretary(member)))).statusCode(200)
                .body("termEndsOn", equalTo("2029-02-28"));
    }

    @Test
    void aTermEndingIn2099CannotSilenceTheExpiredTermFinding() {
        LocalDate start = ChinaTime.today(clock).minusYears(4);
        UUID secretary = fullMember(enterprise);
        put(enterprise, Map.of("termStartsOn", start.toString(), "termEndsOn", "2099-12-31", "seats", List.of(secretary(secretary))))
                .statusCode(400).body("errors[0].field", equalTo("termEndsOn"));
        put(enterprise, Map.of("termStartsOn", start.toString(), "seats", List.of(secretary(secretary)))).statusCode(200)
                .body("termEndsOn", equalTo(start.plusYears(3).minusDays(1).toString()));
        findings(enterprise).body("findings.rule", hasItem("TERM_EXPIRED"));
    }

    @Test
    void theVacancyRunsFromTheDayTheServiceSawTheSecretarySeatEmptiedInChinaTime() {
        UUID other = fullMember(community);
        clock.set(Instant.parse("2026-03-31T16:30:00Z")); // 1 April, 00:30 in China; still 31 March in UTC
        put(community, Map.of("termStartsOn", "2026-01-01", "seats", List.of(secretary(member), seat("ORGANISATION", other)))).statusCode(200)
                .body("secretaryVacantSince", nullValue());
        put(community, Map.of("termStartsOn", "2026-01-01", "secretaryVacantSince", "2025-01-01", "seats", List.of(seat("ORGANISATION", other))))
                .statusCode(400).body("errors[0].field", equalTo("secretaryVacantSince"));
        put(community, Map.of("termStartsOn", "2026-01-01", "seats", List.of(seat("ORGANISATION", other)))).statusCode(200)
                .body("secretaryVacantSince", equalTo("2026-04-01"));
        // re-sending the committee does not restart the clock, nor does sending back what was read
        clock.setToday(LocalDate.of(2026, 6, 15));
        put(community, Map.of("termStartsOn", "2026-01-01", "seats", List.of(seat("ORGANISATION", other)))).statusCode(200)
                .body("secretaryVacantSince", equalTo("2026-04-01"));
        put(community, Map.of("termStartsOn", "2026-01-01", "secretaryVacantSince", "2026-04-01", "seats", List.of(seat("ORGANISATION", other))))
                .statusCode(200).body("secretaryVacantSince", equalTo("2026-04-01"));
        put(community, Map.of("termStartsOn", "2026-01-01", "secretaryVacantSince", "2026-06-15", "seats", List.of(seat("ORGANISATION", other))))
                .statusCode(400).body("errors[0].field", equalTo("secretaryVacantSince"));
        clock.setToday(LocalDate.of(2026, 7, 1));
        health.recomputeAll();
        findings(community).body("findings.rule", not(hasItem("SECRETARY_VACANT")));
        clock.setToday(LocalDate.of(2026, 7, 2));
        health.recomputeAll();
        findings(community).body("findings.rule", hasItem("SECRETARY_VACANT"))
                .body("findings.message", hasItem(containsString("vacant since 2026-04-01")));
        // a secretary fills the post
        put(community, Map.of("termStartsOn", "2026-01-01", "seats", List.of(secretary(member)))).statusCode(200)
                .body("secretaryVacantSince", nullValue());
        findings(community).body("findings.rule", not(hasItem("SECRETARY_VACANT")));
    }

    @Test
    void seatsHoldActiveFullMembersOfThePlatform() {
        UUID probationary = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, probationary, community, "PROBATIONARY", "NORMAL", false));
        refused(probationary).body("detail", containsString("seats[1]: member " + probationary))
                .body("detail", containsString("probationary member"));
        UUID expelled = fullMember(community);
        members.consume(MemberEvents.withActive(VersionedMemberEventsFixture.standingChanged(2, expelled, community, "EXPELLED", false), false));
        refused(expelled).body("detail", containsString("no longer an active member (standing EXPELLED)"));
        UUID inactive = UUID.randomUUID(); // member-service's word decides, whatever the standing says
        members.consume(MemberEvents.withActive(VersionedMemberEventsFixture.registered(1, inactive, community, "FULL", "NORMAL", false), false));
        refused(inactive).body("detail", containsString("no longer an active member"));
        UUID deceased = fullMember(community); // an older producer without `active`: the standing decides
        members.consume(VersionedMemberEventsFixture.standingChanged(2, deceased, community, "DECEASED", false));
        refused(deceased).body("detail", containsString("standing DECEASED"));
        UUID onProbation = fullMember(community);
        members.consume(MemberEvents.withActive(VersionedMemberEventsFixture.standingChanged(2, onProbation, community, "PROBATION_IN_PARTY", false), true));
        refused(onProbation).body("detail", containsString("PROBATION_IN_PARTY"));
        UUID gone = fullMember(community);
        members.consume(VersionedMemberEventsFixture.transferred(2, gone, community, null));
        refused(gone).body("detail", containsString("left the platform"));
        UUID unknown = UUID.randomUUID();
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(member), seat("MEMBER", unknown)))).statusCode(422)
                .body("type", endsWith("/unknown-reference")).body("errors[0].field", equalTo("seats[1].memberId"));
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "memberId", member.toString(), "name", "张冒名"))))
                .statusCode(400).body("errors[0].field", equalTo("seats[0].name")).body("errors[0].message", containsString("测试党员"));
        committee(community).body("seats", hasSize(0));
    }

    @Test
    void partTimeMembersFromOutsideSitByNameAndRoleButNotAsSecretary() {
        Map<String, Object> outsider = Map.of("post", "MEMBER", "name", "王芳", "role", "兼职委员", "from", "青山区人民医院");
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(member), outsider))).statusCode(200)
                .body("seats[1].memberId", nullValue()).body("seats[1].name", equalTo("王芳")).body("seats[1].role", equalTo("兼职委员"))
                .body("seats[1].from", equalTo("青山区人民医院")).body("seats[0].name", equalTo("测试党员"));
        committee(community).body("seats[1].name", equalTo("王芳")).body("seats[1].from", equalTo("青山区人民医院"));
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(member), Map.of("post", "MEMBER", "name", "王芳"))))
                .statusCode(400).body("errors[0].field", equalTo("seats[1].role"));
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "MEMBER", "role", "兼职委员"))))
                .statusCode(400).body("errors[0].field", equalTo("seats[0].name"));
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "name", "王芳", "role", "书记"))))
                .statusCode(400).body("errors[0].field", equalTo("seats[0].memberId"));
        put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "MEMBER", "name", "王芳", "role", "兼职委员",
                "from", "13812345678")))).statusCode(400).body("errors[0].field", equalTo("from")); // Bean Validation names the leaf
    }

    @Test
    void aSecretaryWhoseMembershipEndsLeavesTheSeatEmptyFromThatDay() {
        UUID other = fullMember(community);
        clock.setToday(LocalDate.of(2026, 5, 10));
        put(community, Map.of("termStartsOn", "2026-01-01", "seats", List.of(secretary(member), seat("ORGANISATION", other)))).statusCode(200);
        String etag = committee(community).extract().header("ETag");
        clock.setToday(LocalDate.of(2026, 5, 20));
        members.consume(MemberEvents.withActive(VersionedMemberEventsFixture.standingChanged(2, member, community, "DECEASED", false), false));
        committee(community).body("seats", hasSize(1)).body("seats[0].memberId", equalTo(other.toString()))
                .body("secretaryVacantSince", equalTo("2026-05-20")).header("ETag", not(equalTo(etag)));
        as(DemoUsers.STREET_ADMIN).header("If-Match", etag).body(Map.of("termStartsOn", "2026-01-01", "seats", List.of(seat("ORGANISATION", other))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(412);
        // the other member leaving takes their seat too, and the vacancy keeps its day
        clock.setToday(LocalDate.of(2026, 6, 1));
        members.consume(VersionedMemberEventsFixture.transferred(2, other, community, null));
        committee(community).body("seats", hasSize(0)).body("secretaryVacantSince", equalTo("2026-05-20"));
    }

    @Test
    void theTermFollowsASectorChange() {
        put(community, Map.of("termStartsOn", "2024-03-01", "seats", List.of(secretary(member)))).statusCode(200)
                .body("termEndsOn", equalTo("2029-02-28"));
        var organisation = as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/" + community).then().statusCode(200).extract();
        as(DemoUsers.STREET_ADMIN).header("If-Match", organisation.header("ETag"))
                .body(Map.of("code", organisation.path("code"), "name", organisation.path("name"), "sector", "NON_PUBLIC_ENTERPRISE"))
                .when().put("/api/organisations/" + community).then().statusCode(200);
        committee(community).body("termEndsOn", equalTo("2027-02-28"));
    }

    @Test
    void theCommitteeNeedsIfMatchKnownMembersAndOneSecretary() {
        Map<String, Object> body = Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(member)));
        as(DemoUsers.DISTRICT_ADMIN).body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(428);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"7\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(412);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "memberId", UUID.randomUUID().toString()))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(422).body("type", endsWith("/unknown-reference"));
        UUID second = fullMember(community);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(member), secretary(second))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(400).body("errors[0].field", equalTo("seats"));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "MEMBER", "memberId", member.toString(), "name", "13812345678"))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(400);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(412);
    }

    @Test
    void eachDenialByRoleAndSubtree() {
        Map<String, Object> body = Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(member)));
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + community + "/committee").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/organisations/" + community + "/committee").then().statusCode(200);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/organisations/terms-ending").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + UUID.randomUUID() + "/committee").then().statusCode(404);
    }

    /** A full, active member of that organisation, as member events announce one. */
    private UUID fullMember(UUID organisation) {
        UUID id = UUID.randomUUID();
        members.consume(MemberEvents.withActive(VersionedMemberEventsFixture.registered(1, id, organisation, "FULL", "NORMAL", true), true));
        return id;
    }

    private static Map<String, Object> secretary(UUID member) {
        return seat("SECRETARY", member);
    }

    private static Map<String, Object> seat(String post, UUID member) {
        return Map.of("post", post, "memberId", member.toString());
    }

    /** The committee with the secretary and {@code member} on an ORGANISATION seat: refused as not eligible. */
    private ValidatableResponse refused(UUID member) {
        return put(community, Map.of("termStartsOn", "2025-01-01", "seats", List.of(secretary(this.member), seat("ORGANISATION", member))))
                .statusCode(409).contentType(PROBLEM).body("type", endsWith("/seat-holder-not-eligible"));
    }

    /** PUT with the current ETag, as the street's org-admin. */
    private static ValidatableResponse put(UUID organisation, Map<String, Object> body) {
        String etag = committee(organisation).extract().header("ETag");
        return as(DemoUsers.STREET_ADMIN).header("If-Match", etag).body(new HashMap<>(body))
                .when().put("/api/organisations/" + organisation + "/committee").then();
    }

    private static ValidatableResponse committee(UUID organisation) {
        return as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/" + organisation + "/committee").then().statusCode(200);
    }

    private static ValidatableResponse findings(UUID organisation) {
        return as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + organisation + "/health").then().statusCode(200);
    }
}
