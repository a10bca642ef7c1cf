package cn.dangjian.organisation.organisation;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.TestClock;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void demoTree() {
        ensure(DemoIds.DISTRICT, "QS-DC", "青山区委", "DISTRICT_COMMITTEE", null);
        ensure(DemoIds.STREET, "QS-ST", "青山街道党工委", "WORKING_COMMITTEE", DemoIds.DISTRICT);
        ensure(DemoIds.LAKESIDE, "QS-LS", "湖滨社区党委", "PARTY_COMMITTEE", DemoIds.STREET);
        ensure(DemoIds.HILLSIDE, "QS-HS", "山景社区党委", "PARTY_COMMITTEE", DemoIds.STREET);
        ensure(DemoIds.LAKESIDE_BRANCH_1, "QS-LS-B1", "湖滨社区第一党支部", "BRANCH", DemoIds.LAKESIDE);
    }

    @Test
    void platformAdminCreatesARootAndReadsItBack() {
        String code = unique("ROOT");
        var created = as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", code, "name", "试点区委", "level", "DISTRICT_COMMITTEE", "sector", "GOVERNMENT"))
                .when().post("/api/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/api/organisations/")).header("ETag", notNullValue())
                .body("code", equalTo(code)).body("name", equalTo("试点区委")).body("formation", equalTo("SINGLE"))
                .extract();
        String id = created.path("id");
        // the Location is served: it reads the organisation just created
        as(DemoUsers.DISTRICT_ADMIN).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(id)).body("path", equalTo(java.util.List.of(id))).body("name", equalTo("试点区委"));
    }

    @Test
    void aFoundingDayIsNotInTheFutureOfTodayInChinaOnTheServiceClock() {
        clock.set(java.time.Instant.parse("2025-05-31T16:30:00Z")); // 1 June, 00:30 in China; still 31 May in UTC
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", unique("F"), "name", "新建支部", "level", "BRANCH",
                "parentId", DemoIds.LAKESIDE.toString(), "foundedOn", "2025-06-01"));
        String id = as(DemoUsers.COMMUNITY_ADMIN).body(body).when().post("/api/organisations").then().statusCode(201)
                .body("foundedOn", equalTo("2025-06-01")).extract().path("id");
        body.put("code", unique("F"));
        body.put("foundedOn", "2025-06-02");
        as(DemoUsers.COMMUNITY_ADMIN).body(body).when().post("/api/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", containsString("foundedOn"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("revokedOn", "2025-06-02")).when().post("/api/organisations/" + id + "/revoke")
                .then().statusCode(400).body("errors[0].field", containsString("revokedOn"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("revokedOn", "2025-06-01")).when().post("/api/organisations/" + id + "/revoke")
                .then().statusCode(200).body("revokedOn", equalTo("2025-06-01"));
    }

    @Test
    void creatingWritesTheCreatedEventToTheOutboxInTheSameTransaction() throws Exception {
        String id = as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", unique("B"), "name", "湖滨社区新支部", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT event_type, topic, payload FROM outbox_event WHERE event_key = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals("dangjian.organisation.created.v1", rs.getString(1));
                assertEquals("dangjian.organisations", rs.getString(2));
                String payload = rs.getString(3);
                org.junit.jupiter.api.Assertions.assertTrue(payload.contains("\"path\":[\"" + DemoIds.DISTRICT), payload);
                org.junit.jupiter.api.Assertions.assertFalse(rs.next(), "exactly one event");
            }
        }
    }

    @Test
    void orgAdminCreatesInsideTheirSubtreeOnly() {
        as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", unique("B"), "name", "湖滨社区第三党支部", "level", "BRANCH", "parentId", DemoIds.LAKESIDE_BRANCH_1.toString()))
                .when().post("/api/organisations").then().statusCode(422).body("type", endsWith("/level-below-parent"));
        as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", unique("B"), "name", "山景社区支部", "level", "BRANCH", "parentId", DemoIds.HILLSIDE.toString()))
                .when().post("/api/organisations").then().statusCode(403).contentType(PROBLEM).body("status", is(403));
        as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", unique("R"), "name", "另一个区委", "level", "DISTRICT_COMMITTEE"))
                .when().post("/api/organisations").then().statusCode(403).body("detail", containsString("root"));
    }

    @Test
    void orgAdminReadsTheirSubtreeButNotAboveOrBeside() {
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + DemoIds.HILLSIDE).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + DemoIds.STREET).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(DemoIds.LAKESIDE_BRANCH_1.toString()))
                .body("items.id", not(hasItem(DemoIds.HILLSIDE.toString())))
                .body("items.path", everyItem(hasItem(DemoIds.LAKESIDE.toString())));
    }

    @Test
    void childrenAndSubtree() {
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/" + DemoIds.STREET + "/children")
                .then().statusCode(200).body("items.id", hasItem(DemoIds.LAKESIDE.toString()))
                .body("items.id", not(hasItem(DemoIds.LAKESIDE_BRANCH_1.toString()))).body("page", is(0)).body("size", is(20));
        as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/" + DemoIds.STREET + "/subtree")
                .then().statusCode(200).body("items[0].id", equalTo(DemoIds.STREET.toString()))
                .body("items.id", hasItem(DemoIds.LAKESIDE_BRANCH_1.toString()));
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/organisations/" + DemoIds.LAKESIDE + "/children").then().statusCode(403);
    }

    @Test
    void auditorReadsEverythingButChangesNothing() {
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/organisations/" + DemoIds.HILLSIDE).then().statusCode(200);
        as(DemoUsers.AUDITOR_ZHAO).body(Map.of("code", unique("X"), "name", "x", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anotherGovernmentSystemReadsEverywhereButCreatesNothing() {
        String token = cn.dangjian.platform.testing.Tokens.integration();
        io.restassured.RestAssured.given().auth().oauth2(token).when().get("/api/organisations/" + DemoIds.HILLSIDE).then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(token).when().get("/api/organisations?size=200")
                .then().statusCode(200).body("items.id", hasItem(DemoIds.HILLSIDE.toString()));
        io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("code", unique("I"), "name", "x", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void withoutATokenTheAnswerIs401AndAMemberMayNotCreate() {
        anonymous().when().get("/api/organisations/" + DemoIds.DISTRICT).then().statusCode(401).contentType(PROBLEM);
        anonymous().header("Authorization", "Bearer not.a.token").when().get("/api/organisations").then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", unique("M"), "name", "x", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void badInputIsA400NamingTheField() {
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("code", unique("V"), "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("code", unique("V"), "name", "x", "level", "CLUB", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(400).body("errors[0].field", equalTo("level"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("code", unique("V"), "name", "x", "level", "BRANCH", "parentId", "not-a-uuid"))
                .when().post("/api/organisations").then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"code\": ").when().post("/api/organisations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        as(DemoUsers.DISTRICT_ADMIN).contentType("text/plain").body("hello").when().post("/api/organisations")
                .then().statusCode(415).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations?level=CLUB").then().statusCode(400).body("errors[0].field", equalTo("level"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownIdsRoutesAndMethods() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().delete("/api/organisations").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void unknownParentIs422AndDuplicatesAre409() {
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("code", unique("U"), "name", "x", "level", "BRANCH", "parentId", UUID.randomUUID().toString()))
                .when().post("/api/organisations").then().statusCode(422).body("type", endsWith("/unknown-reference"))
                .body("errors[0].field", equalTo("parentId"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("code", "QS-LS", "name", "重复", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(409).body("type", endsWith("/duplicate-code"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("id", DemoIds.LAKESIDE.toString(), "code", unique("D"), "name", "重复", "level", "BRANCH",
                        "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(409).body("type", endsWith("/duplicate-id"));
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndAnnouncesItself() throws Exception {
        String id = as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", unique("U"), "name", "待改名支部", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(201).extract().path("id");
        String etag = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + id).then().statusCode(200).extract().header("ETag");
        String code = unique("U2");
        Map<String, Object> change = Map.of("code", code, "name", "湖滨社区楼栋联合党支部", "sector", "COMMUNITY", "formation", "JOINT");
        as(DemoUsers.COMMUNITY_ADMIN).body(change).when().put("/api/organisations/" + id)
                .then().statusCode(428).contentType(PROBLEM).body("type", endsWith("/precondition-required"));
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", "\"999\"").body(change).when().put("/api/organisations/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        String newEtag = as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", etag).body(change).when().put("/api/organisations/" + id)
                .then().statusCode(200).body("name", equalTo("湖滨社区楼栋联合党支部")).body("code", equalTo(code))
                .body("formation", equalTo("JOINT")).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newEtag);
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", etag).body(change).when().put("/api/organisations/" + id)
                .then().statusCode(412);
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE event_key = ? AND event_type = 'dangjian.organisation.updated.v1'")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void updatesAreScopedAndValidated() {
        Map<String, Object> change = Map.of("code", unique("S"), "name", "越界改名");
        String hillsideEtag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + DemoIds.HILLSIDE).then().extract().header("ETag");
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", hillsideEtag).body(change).when().put("/api/organisations/" + DemoIds.HILLSIDE)
                .then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", hillsideEtag).body(change).when().put("/api/organisations/" + DemoIds.HILLSIDE)
                .then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"").body(change).when().put("/api/organisations/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", hillsideEtag).body(Map.of("code", unique("S"), "name", " "))
                .when().put("/api/organisations/" + DemoIds.HILLSIDE).then().statusCode(400).body("errors.field", hasItem("name"));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", hillsideEtag).body(Map.of("code", "QS-LS", "name", "山景社区党委"))
                .when().put("/api/organisations/" + DemoIds.HILLSIDE).then().statusCode(409).body("type", endsWith("/duplicate-code"));
    }

    private static void ensure(UUID id, String code, String name, String level, UUID parent) {
        var body = new java.util.HashMap<String, Object>(Map.of("id", id.toString(), "code", code, "name", name, "level", level));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        int status = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/organisations").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create demo organisation " + code + ": " + status);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
