package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.GridEventsFixture;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists for daily work (filters by organisation alone or subtree, status, standing, flag, grid, name) and the member's grid. */
@QuarkusTest
class MemberListsTest {

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    final UUID grid = UUID.randomUUID();
    final UUID retiredGrid = UUID.randomUUID();
    /** A name no other test uses, so the lists hold exactly this test's members. */
    final String family = "筛" + (char) ('甲' + ThreadLocalRandom.current().nextInt(1000)) + (char) ('乙' + ThreadLocalRandom.current().nextInt(1000))
            + UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void demoTreeAndGridsAreKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        organisationEvents.consume(GridEventsFixture.grid("created", UUID.randomUUID(), grid, DemoIds.LAKESIDE, "湖滨社区第1网格", null, 1));
        organisationEvents.consume(GridEventsFixture.grid("created", UUID.randomUUID(), retiredGrid, DemoIds.LAKESIDE, "湖滨社区第2网格", null, 2));
        organisationEvents.consume(GridEventsFixture.grid("retired", UUID.randomUUID(), retiredGrid, DemoIds.LAKESIDE, "湖滨社区第2网格", "2026-11-01", 3));
    }

    private Map<String, Object> member(String suffix, UUID organisation) {
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), organisation);
        body.put("name", family + suffix);
        return body;
    }

    private String register(Map<String, Object> body) {
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    @Test
    void aMemberGetsAKnownGridAndTheEventsCarryIt() throws Exception {
        Map<String, Object> body = member("甲", DemoIds.LAKESIDE_BRANCH_1);
        body.put("gridId", grid.toString());
        String id = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201)
                .body("gridId", equalTo(grid.toString())).extract().path("id");
        assertTrue(payload(id, "dangjian.member.registered.v1").contains("\"gridId\":\"" + grid + "\""));
        // the integration client reads one member, masked, and is not audited as a reader of personal data
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get("/api/members/" + id).then().statusCode(200)
                .body("masked", equalTo(true)).body("gridId", equalTo(grid.toString()));

        Map<String, Object> unknown = member("乙", DemoIds.LAKESIDE_BRANCH_1);
        unknown.put("gridId", UUID.randomUUID().toString());
        as(DemoUsers.DISTRICT_ADMIN).body(unknown).when().post("/api/members").then().statusCode(422)
                .body("type", endsWith("/unknown-reference")).body("errors[0].field", equalTo("gridId"));
        Map<String, Object> retired = member("丙", DemoIds.LAKESIDE_BRANCH_1);
        retired.put("gridId", retiredGrid.toString());
        as(DemoUsers.DISTRICT_ADMIN).body(retired).when().post("/api/members").then().statusCode(409).body("type", endsWith("/grid-retired"));

        // by PATCH: cleared, unknown, malformed, set again
        String etag = as(DemoUsers.BRANCH_SECRETARY).when().get("/api/members/" + id).then().statusCode(200).extract().header("ETag");
        java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
        clear.put("gridId", null);
        etag = as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(clear).when().patch("/api/members/" + id)
                .then().statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey("gridId"))).extract().header("ETag");
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("gridId", UUID.randomUUID().toString())).when().patch("/api/members/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("gridId"));
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("gridId", "网格一")).when().patch("/api/members/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("gridId"));
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("gridId", grid.toString())).when().patch("/api/members/" + id)
                .then().statusCode(200).body("gridId", equalTo(grid.toString()));
        assertTrue(payload(id, "dangjian.member.updated.v1").contains("\"gridId\":\"" + grid + "\""));
    }

    @Test
    void anOlderGridEventDoesNotUndoANewerOne() throws Exception {
        UUID g = UUID.randomUUID();
        organisationEvents.consume(GridEventsFixture.grid("created", UUID.randomUUID(), g, DemoIds.HILLSIDE, "旧名", null, 10));
        organisationEvents.consume(GridEventsFixture.grid("updated", UUID.randomUUID(), g, DemoIds.HILLSIDE, "新名", null, 12));
        organisationEvents.consume(GridEventsFixture.grid("updated", UUID.randomUUID(), g, DemoIds.HILLSIDE, "中间名", null, 11));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("SELECT name FROM grid WHERE id = ?")) {
            q.setObject(1, g);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("新名", rs.getString(1));
            }
        }
    }

    @Test
    void listsFilterByOrganisationAloneStatusStandingFlagGridAndName() {
        Map<String, Object> inBranch = member("一", DemoIds.LAKESIDE_BRANCH_1);
        inBranch.put("gridId", grid.toString());
        inBranch.put("lostContactOn", "2026-09-01");
        String a = register(inBranch);
        Map<String, Object> full = member("二", DemoIds.LAKESIDE_BRANCH_2);
        full.put("status", "FULL");
        full.put("admittedOn", "2025-04-01");
        full.put("fullMemberOn", "2026-04-01");
        full.put("veteranOn", "2026-01-01");
        String b = register(full);
        String base = "/api/members?size=200&name=" + family;

        as(DemoUsers.DISTRICT_ADMIN).when().get(base).then().statusCode(200).body("items.id", containsInAnyOrder(a, b)).body("total", equalTo(2));
        // under: that organisation and everything below it; organisationId: that organisation alone; both: the one, if under the other
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&under=" + DemoIds.LAKESIDE).then().statusCode(200).body("items.id", containsInAnyOrder(a, b));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&organisationId=" + DemoIds.LAKESIDE).then().statusCode(200).body("items", empty());
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(200).body("items.id", contains(a));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&under=" + DemoIds.LAKESIDE + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then()
                .statusCode(200).body("items.id", contains(a));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&under=" + DemoIds.LAKESIDE_BRANCH_2 + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then()
                .statusCode(200).body("items", empty());
        as(DemoUsers.BRANCH2_SECRETARY).when().get(base + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_2).then().statusCode(200).body("items.id", contains(b));

        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&status=FULL").then().statusCode(200).body("items.id", contains(b));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&standing=NORMAL").then().statusCode(200).body("items.id", containsInAnyOrder(a, b));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&standing=SUSPENDED").then().statusCode(200).body("items", empty());
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&flag=LOST_CONTACT").then().statusCode(200).body("items.id", contains(a));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&flag=VETERAN").then().statusCode(200).body("items.id", contains(b));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&flag=IN_HARDSHIP").then().statusCode(200).body("items", empty());
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&gridId=" + grid).then().statusCode(200).body("items.id", contains(a));
        // one or two characters (the characters-and-pairs index) and three or more (trigrams)
        as(DemoUsers.DISTRICT_ADMIN).queryParam("name", family.substring(0, 2)).queryParam("size", 200).when().get("/api/members").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItems(a, b));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("name", family.substring(1, 3)).queryParam("size", 200).when().get("/api/members").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItems(a, b));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("name", "二").queryParam("size", 200).queryParam("organisationId", DemoIds.LAKESIDE_BRANCH_2.toString())
                .when().get("/api/members").then().statusCode(200).body("items.id", hasItem(b)).body("items.id", not(hasItem(a)));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("name", family.substring(2, 3) + family.substring(1, 2)).when().get("/api/members").then()
                .statusCode(200).body("items.id", not(hasItem(a)));
        // part of the name, and % or _ taken literally
        as(DemoUsers.DISTRICT_ADMIN).queryParam("name", family.substring(2)).when().get("/api/members").then().statusCode(200).body("items.id", hasItem(a));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("name", family.substring(0, 2) + "%" + family.substring(3)).when().get("/api/members").then().statusCode(200).body("items", empty());
        // the integration client and auditors read (masked), members do not list
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get(base).then().statusCode(200)
                .body("items.masked", hasItem(true)).body("total", equalTo(2));
        as(DemoUsers.AUDITOR_ZHAO).when().get(base).then().statusCode(200).body("total", equalTo(2));
        as(DemoUsers.MEMBER_ZHANG).when().get(base).then().statusCode(403);
        // a sibling branch's secretary neither sees nor asks for branch 1
        as(DemoUsers.BRANCH2_SECRETARY).when().get(base).then().statusCode(200).body("items.id", contains(b));
        as(DemoUsers.BRANCH2_SECRETARY).when().get(base + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
    }

    /** v1.1's includeSubtree is deprecated and still answers as it did, for one minor version. */
    @Test
    void theDeprecatedIncludeSubtreeStillWorks() {
        String a = register(member("一", DemoIds.LAKESIDE_BRANCH_1));
        String b = register(member("二", DemoIds.LAKESIDE_BRANCH_2));
        String base = "/api/members?size=200&name=" + family;
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&organisationId=" + DemoIds.LAKESIDE + "&includeSubtree=true").then().statusCode(200)
                .body("items.id", containsInAnyOrder(a, b));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&organisationId=" + DemoIds.LAKESIDE + "&includeSubtree=false").then().statusCode(200).body("items", empty());
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_1 + "&includeSubtree=false").then().statusCode(200).body("items.id", contains(a));
        // an org-admin's own organisation alone
        as(DemoUsers.BRANCH2_SECRETARY).when().get(base + "&includeSubtree=false").then().statusCode(200).body("items.id", contains(b));
        as(DemoUsers.COMMUNITY_ADMIN).when().get(base + "&includeSubtree=false").then().statusCode(200).body("items", empty());
        as(DemoUsers.COMMUNITY_ADMIN).when().get(base + "&includeSubtree=true").then().statusCode(200).body("items.id", containsInAnyOrder(a, b));
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&includeSubtree=false").then().statusCode(400).body("errors[0].field", equalTo("includeSubtree"));
        // beside the v1.2 subtree filter it has no meaning
        as(DemoUsers.DISTRICT_ADMIN).when().get(base + "&under=" + DemoIds.LAKESIDE + "&includeSubtree=true").then().statusCode(400)
                .body("errors[0].field", equalTo("includeSubtree"));
    }

    @Test
    void badFilterValuesAreA400NamingTheParameter() {
        for (String query : new String[] {"standing=FOO", "flag=lost", "gridId=abc", "gridId=" + UUID.randomUUID(), "includeSubtree=maybe",
                "status=ALMOST", "organisationId=" + UUID.randomUUID(), "under=" + UUID.randomUUID(), "under=abc", "name=" + "长".repeat(101)}) {
            String parameter = query.substring(0, query.indexOf('='));
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(parameter));
        }
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members?name=" + "长".repeat(100)).then().statusCode(200);
    }

    private String payload(String memberId, String type) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox_event WHERE event_key = ? AND event_type = ? ORDER BY seq DESC LIMIT 1")) {
            q.setString(1, memberId);
            q.setString(2, type);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "an event " + type);
                return rs.getString(1);
            }
        }
    }
}
