package cn.dangjian.organisation.committee;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.events.MemberEventsConsumer;
import cn.dangjian.organisation.time.Clocks;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommitteeResourceTest {

    @Inject
    MemberEventsConsumer members;

    @Inject
    Clock clock;

    UUID community;
    UUID member;

    @BeforeEach
    void tree() {
        Tree.demo();
        community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        member = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, member, community, "FULL", "NORMAL", true));
    }

    @Test
    void aCommunityTermIsFiveYearsAndEndingTermsAreListed() {
        LocalDate start = Clocks.today(clock).minusYears(5).plusDays(60);
        as(DemoUsers.STREET_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", start.toString(), "seats", List.of(Map.of("post", "SECRETARY", "memberId", member.toString(), "name", "李明"))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(200)
                .body("termEndsOn", equalTo(start.plusYears(5).minusDays(1).toString())).body("seats[0].post", equalTo("SECRETARY"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?size=200").then().statusCode(200)
                .body("items.organisationId", hasItem(community.toString()));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=30&size=200").then().statusCode(200)
                .body("items.organisationId", not(hasItem(community.toString())));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/terms-ending?size=200").then().statusCode(200)
                .body("items.organisationId", not(hasItem(community.toString())));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/terms-ending?within=x").then().statusCode(400);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + community + "/health").then()
                .body("findings.rule", hasItem("TERM_ENDING_SOON"));
    }

    @Test
    void theCommitteeNeedsIfMatchKnownMembersAndOneSecretary() {
        Map<String, Object> body = Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "memberId", member.toString())));
        as(DemoUsers.DISTRICT_ADMIN).body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(428);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"7\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(412);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "memberId", UUID.randomUUID().toString()))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(422).body("type", endsWith("/unknown-reference"));
        UUID second = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, second, community, "FULL", "NORMAL", true));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "memberId", member.toString()),
                        Map.of("post", "SECRETARY", "memberId", second.toString()))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(400).body("errors[0].field", equalTo("seats"));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"")
                .body(Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "MEMBER", "memberId", member.toString(), "name", "13812345678"))))
                .when().put("/api/organisations/" + community + "/committee").then().statusCode(400);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"").body(body).when().put("/api/organisations/" + community + "/committee").then().statusCode(412);
    }

    @Test
    void eachDenialByRoleAndSubtree() {
        Map<String, Object> body = Map.of("termStartsOn", "2025-01-01", "seats", List.of(Map.of("post", "SECRETARY", "memberId", member.toString())));
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
}
