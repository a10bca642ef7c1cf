package cn.dangjian.organisation.grid;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.dangjian.platform.testing.TestClock;
import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.events.MemberEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GridResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MemberEventsConsumer members;

    @Inject
    TestClock clock;

    UUID community;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void tree() {
        Tree.demo();
        community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
    }

    private Map<String, Object> grid(String name, Object leader) {
        return Map.of("communityOrganisationId", community.toString(), "name", name, "leader", leader,
                "workers", List.of(Map.of("name", "赵强", "role", "专职网格员")));
    }

    @Test
    void aGridIsCreatedChangedAndRetiredAndEachStepIsAnnouncedKeyedByTheCommunity() throws Exception {
        UUID member = UUID.randomUUID();
        members.consume(VersionedMemberEventsFixture.registered(1, member, community, "FULL", "NORMAL", true));
        var created = as(DemoUsers.STREET_ADMIN).body(grid("第3网格", Map.of("memberId", member.toString(), "role", "网格长")))
                .when().post("/api/grids").then().statusCode(201).body("leader.memberId", equalTo(member.toString()))
                .body("workers[0].name", equalTo("赵强")).extract();
        String id = created.path("id");
        // the Location is served: it reads the grid just created
        as(DemoUsers.STREET_ADMIN).when().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
        as(DemoUsers.STREET_ADMIN).header("If-Match", created.header("ETag")).body(grid("第三网格", Map.of("name", "王芳", "role", "网格长")))
                .when().put("/api/grids/" + id).then().statusCode(200).body("name", equalTo("第三网格")).body("leader.name", equalTo("王芳"));
        as(DemoUsers.STREET_ADMIN).when().post("/api/grids/" + id + "/retire").then().statusCode(200).body("retiredOn", notNullValue());
        as(DemoUsers.STREET_ADMIN).when().post("/api/grids/" + id + "/retire").then().statusCode(409).body("type", endsWith("/grid-retired"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?organisationId=" + community + "&includeRetired=true")
                .then().statusCode(200).body("items.id", hasItem(id));
        // without the parameter: the grids in service only
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?organisationId=" + community)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        List<String> types = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT event_type, payload FROM outbox_event WHERE event_key = ? AND event_type LIKE 'dangjian.grid.%' ORDER BY seq")) {
            q.setString(1, community.toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                    String payload = rs.getString(2);
                    assertFalse(payload.contains("idNumber") || payload.contains("phone"), payload);
                }
            }
        }
        assertEquals(List.of("dangjian.grid.created.v1", "dangjian.grid.updated.v1", "dangjian.grid.retired.v1"), types);
    }

    @Test
    void theServiceClockStampsAGridAndNewWorkersAloneAreAChangeOfIt() {
        clock.set(Instant.parse("2026-03-01T02:00:00Z"));
        var created = as(DemoUsers.STREET_ADMIN).body(grid("第9网格", Map.of("name", "王芳", "role", "网格长"))).when().post("/api/grids")
                .then().statusCode(201).body("createdAt", equalTo("2026-03-01T02:00:00Z")).body("updatedAt", equalTo("2026-03-01T02:00:00Z"))
                .extract();
        String id = created.path("id");
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        Map<String, Object> newWorkers = Map.of("communityOrganisationId", community.toString(), "name", "第9网格",
                "leader", Map.of("name", "王芳", "role", "网格长"), "workers", List.of(Map.of("name", "孙丽", "role", "兼职网格员")));
        String changed = as(DemoUsers.STREET_ADMIN).header("If-Match", created.header("ETag")).body(newWorkers).when().put("/api/grids/" + id)
                .then().statusCode(200).header("ETag", not(equalTo(created.header("ETag")))).body("workers.name", equalTo(List.of("孙丽")))
                .body("createdAt", equalTo("2026-03-01T02:00:00Z")).body("updatedAt", equalTo("2026-03-02T02:00:00Z"))
                .extract().header("ETag");
        // the same grid again changes nothing: same version, same updatedAt
        clock.set(Instant.parse("2026-03-03T02:00:00Z"));
        as(DemoUsers.STREET_ADMIN).header("If-Match", changed).body(newWorkers).when().put("/api/grids/" + id)
                .then().statusCode(200).header("ETag", equalTo(changed)).body("updatedAt", equalTo("2026-03-02T02:00:00Z"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids/" + id).then().body("workers.name", equalTo(List.of("孙丽")))
                .body("updatedAt", equalTo("2026-03-02T02:00:00Z"));
    }

    @Test
    void theV11RetirementPathStillRetires() {
        String id = as(DemoUsers.STREET_ADMIN).body(grid("第6网格", Map.of("name", "王芳", "role", "网格长"))).when().post("/api/grids")
                .then().statusCode(201).extract().path("id");
        as(DemoUsers.STREET_ADMIN).when().post("/api/grids/" + id + "/retirement").then().statusCode(200)
                .body("id", equalTo(id)).body("retiredOn", notNullValue());
        as(DemoUsers.STREET_ADMIN).when().post("/api/grids/" + id + "/retire").then().statusCode(409).body("type", endsWith("/grid-retired"));
    }

    @Test
    void gridsAreListedByOneCommunityOrBySubtreeAndTheV11NameStillWorks() {
        UUID other = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        String here = as(DemoUsers.STREET_ADMIN).body(grid("第7网格", Map.of("name", "王芳", "role", "网格长"))).when().post("/api/grids")
                .then().statusCode(201).extract().path("id");
        String there = as(DemoUsers.STREET_ADMIN).body(Map.of("communityOrganisationId", other.toString(), "name", "第8网格"))
                .when().post("/api/grids").then().statusCode(201).extract().path("id");
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?organisationId=" + community + "&size=200").then().statusCode(200)
                .body("items.id", hasItem(here)).body("items.id", org.hamcrest.Matchers.not(hasItem(there)))
                .body("items.communityOrganisationId", org.hamcrest.Matchers.everyItem(equalTo(community.toString())));
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?communityOrganisationId=" + community + "&size=200").then().statusCode(200)
                .body("items.id", hasItem(here)).body("items.id", org.hamcrest.Matchers.not(hasItem(there)));
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?under=" + DemoIds.STREET + "&size=200").then().statusCode(200)
                .body("items.id", hasItem(here)).body("items.id", hasItem(there));
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?under=" + other + "&size=200").then().statusCode(200)
                .body("items.id", hasItem(there)).body("items.id", org.hamcrest.Matchers.not(hasItem(here)));
        as(DemoUsers.STREET_ADMIN).when().get("/api/grids?organisationId=" + community + "&communityOrganisationId=" + other).then()
                .statusCode(400).body("errors[0].field", equalTo("communityOrganisationId"));
    }

    @Test
    void anUnknownOrganisationInAQueryIsA400NamingTheParameter() {
        for (String parameter : List.of("organisationId", "under", "communityOrganisationId")) {
            as(DemoUsers.DISTRICT_ADMIN).queryParam(parameter, UUID.randomUUID().toString()).when().get("/api/grids").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(parameter));
        }
        // a known organisation outside the caller's scope stays a 403
        as(DemoUsers.COMMUNITY_ADMIN).queryParam("organisationId", DemoIds.HILLSIDE.toString()).when().get("/api/grids").then().statusCode(403);
    }

    @Test
    void noIdOrPhoneNumbersAndOnlyCommunities() {
        as(DemoUsers.DISTRICT_ADMIN).body(grid("第4网格", Map.of("name", "王芳13812345678", "role", "网格长"))).when().post("/api/grids")
                // platform-web names the innermost field of a nested body (leader.name -> "name"); the message says why
                .then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("without digits")));
        as(DemoUsers.DISTRICT_ADMIN).body(grid("第4网格", Map.of("role", "网格长"))).when().post("/api/grids").then().statusCode(400);
        as(DemoUsers.DISTRICT_ADMIN).body(grid("第4网格", Map.of("memberId", UUID.randomUUID().toString(), "role", "网格长")))
                .when().post("/api/grids").then().statusCode(422).body("type", endsWith("/unknown-reference"));
        UUID branch = Tree.create("BRANCH", DemoIds.LAKESIDE, "SINGLE", "NON_PUBLIC_ENTERPRISE");
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("communityOrganisationId", branch.toString(), "name", "x")).when().post("/api/grids")
                .then().statusCode(422).body("type", endsWith("/not-a-community"));
    }

    @Test
    void eachDenialByRoleAndSubtree() {
        Map<String, Object> body = grid("第5网格", Map.of("name", "王芳", "role", "网格长"));
        as(DemoUsers.COMMUNITY_ADMIN).body(body).when().post("/api/grids").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(body).when().post("/api/grids").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(body).when().post("/api/grids").then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).contentType("application/json").body(body).when().post("/api/grids").then().statusCode(403);
        anonymous().body(body).when().post("/api/grids").then().statusCode(401);
        String id = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/grids").then().statusCode(201).extract().path("id");
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/grids/" + id).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/grids/" + id + "/retire").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/grids/" + id).then().statusCode(200);
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get("/api/grids/" + id).then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/grids/" + UUID.randomUUID()).then().statusCode(404);
    }
}
