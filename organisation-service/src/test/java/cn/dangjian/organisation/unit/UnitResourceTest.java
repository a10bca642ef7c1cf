package cn.dangjian.organisation.unit;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.dangjian.organisation.Tree;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeEach
    void demoTree() {
        Tree.demo();
    }

    static Map<String, Object> unit(String creditCode, UUID located, UUID covering) {
        var body = new HashMap<String, Object>(Map.of("name", "湖滨科技有限公司", "creditCode", creditCode, "kind", "NON_PUBLIC_ENTERPRISE",
                "aboveDesignatedSize", true, "employees", 120, "declaredPartyMembers", 4, "address", "湖滨路 88 号",
                "locatedInOrganisationId", located.toString()));
        if (covering != null) {
            body.put("coveringOrganisationId", covering.toString());
        }
        return body;
    }

    @Test
    void aUnitIsRegisteredAndReadBack() {
        var created = as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, null))
                .when().post("/api/units").then().statusCode(201).header("Location", containsString("/api/units/"))
                .body("kind", equalTo("NON_PUBLIC_ENTERPRISE")).body("aboveDesignatedSize", equalTo(true)).extract();
        String id = created.path("id");
        // the Location is served: it reads the unit just registered
        as(DemoUsers.COMMUNITY_ADMIN).when().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("湖滨科技有限公司"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/units?under=" + DemoIds.LAKESIDE + "&covered=false&size=200")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theIssuesCreditCodes() {
        // the valid one may already be registered by an earlier run; either way it passes the checks
        int status = as(DemoUsers.DISTRICT_ADMIN).body(unit("91350100M000100Y43", DemoIds.LAKESIDE, null)).when().post("/api/units")
                .then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(status == 201 || status == 409, "status " + status);
        as(DemoUsers.DISTRICT_ADMIN).body(unit("91350100M000100Y43", DemoIds.LAKESIDE, null)).when().post("/api/units")
                .then().statusCode(409).body("type", endsWith("/duplicate-credit-code"));
        as(DemoUsers.DISTRICT_ADMIN).body(unit("91350100M000100Y44", DemoIds.LAKESIDE, null)).when().post("/api/units")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].message", containsString("GB 32100"));
        as(DemoUsers.DISTRICT_ADMIN).body(unit("91350100M000100Y56", DemoIds.LAKESIDE, null)).when().post("/api/units")
                .then().statusCode(400).body("errors[0].field", equalTo("creditCode")).body("errors[0].message", containsString("GB 11714"));
    }

    @Test
    void aJointOrganisationTakesFiveUnitsAndRefusesTheSixth() {
        UUID joint = Tree.create("BRANCH", DemoIds.LAKESIDE, "JOINT", null);
        for (int i = 0; i < 5; i++) {
            as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, joint)).when().post("/api/units").then().statusCode(201);
        }
        as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, joint)).when().post("/api/units")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/joint-covers-too-many-units"))
                .body("detail", containsString("at most 5 units"));
        UUID single = Tree.create("BRANCH", DemoIds.LAKESIDE, "SINGLE", null);
        as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, single)).when().post("/api/units").then().statusCode(201);
        as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, single)).when().post("/api/units")
                .then().statusCode(409).body("type", endsWith("/single-covers-one-unit"));
    }

    @Test
    void aJointOrganisationCoveringSeveralUnitsCannotBecomeSingle() {
        UUID joint = Tree.create("BRANCH", DemoIds.LAKESIDE, "JOINT", null);
        for (int i = 0; i < 2; i++) {
            as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, joint)).when().post("/api/units").then().statusCode(201);
        }
        var organisation = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + joint).then().statusCode(200).extract();
        Map<String, Object> change = new HashMap<>(Map.of("code", organisation.path("code"), "name", organisation.path("name"), "formation", "SINGLE"));
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", organisation.header("ETag")).body(change).when().put("/api/organisations/" + joint)
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/single-covers-one-unit"))
                .body("detail", equalTo("formation SINGLE refused: an organisation formed alone (SINGLE) covers one unit, not 2: "
                        + "form it jointly (JOINT) or let other organisations cover the others"));
        change.remove("formation"); // SINGLE by default
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", organisation.header("ETag")).body(change).when().put("/api/organisations/" + joint)
                .then().statusCode(409).body("type", endsWith("/single-covers-one-unit"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + joint).then().body("formation", equalTo("JOINT"));
        // other names and the same formation still change
        change.put("formation", "JOINT");
        change.put("name", "湖滨楼宇联合党支部");
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", organisation.header("ETag")).body(change).when().put("/api/organisations/" + joint)
                .then().statusCode(200).body("name", equalTo("湖滨楼宇联合党支部"));
    }

    @Test
    void aJointOrganisationCoveringOneUnitMayBecomeSingleAndThenTakesNoSecond() {
        UUID joint = Tree.create("BRANCH", DemoIds.LAKESIDE, "JOINT", null);
        as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, joint)).when().post("/api/units").then().statusCode(201);
        var organisation = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + joint).then().statusCode(200).extract();
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", organisation.header("ETag"))
                .body(Map.of("code", organisation.path("code"), "name", organisation.path("name"), "formation", "SINGLE"))
                .when().put("/api/organisations/" + joint).then().statusCode(200).body("formation", equalTo("SINGLE"));
        // a unit re-assigned to it would be its second: refused, as on creation
        Map<String, Object> body = unit(CreditCodes.random(), DemoIds.LAKESIDE, null);
        var created = as(DemoUsers.COMMUNITY_ADMIN).body(body).when().post("/api/units").then().statusCode(201).extract();
        body.put("coveringOrganisationId", joint.toString());
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", created.header("ETag")).body(body).when().put("/api/units/" + created.path("id"))
                .then().statusCode(409).body("type", endsWith("/single-covers-one-unit"));
    }

    @Test
    void aUnitReassignedToAFullJointOrganisationIsRefused() {
        UUID joint = Tree.create("BRANCH", DemoIds.LAKESIDE, "JOINT", null);
        for (int i = 0; i < 5; i++) {
            as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, joint)).when().post("/api/units").then().statusCode(201);
        }
        UUID elsewhere = Tree.create("BRANCH", DemoIds.LAKESIDE, "SINGLE", null);
        Map<String, Object> body = unit(CreditCodes.random(), DemoIds.LAKESIDE, elsewhere);
        var created = as(DemoUsers.COMMUNITY_ADMIN).body(body).when().post("/api/units").then().statusCode(201).extract();
        body.put("coveringOrganisationId", joint.toString());
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", created.header("ETag")).body(body).when().put("/api/units/" + created.path("id"))
                .then().statusCode(409).body("type", endsWith("/joint-covers-too-many-units"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/units/" + created.path("id")).then().body("coveringOrganisationId", equalTo(elsewhere.toString()));
    }

    @Test
    void coveringIsChangedWithIfMatch() {
        UUID single = Tree.create("BRANCH", DemoIds.LAKESIDE, "SINGLE", null);
        Map<String, Object> body = unit(CreditCodes.random(), DemoIds.LAKESIDE, null);
        var created = as(DemoUsers.COMMUNITY_ADMIN).body(body).when().post("/api/units").then().statusCode(201).extract();
        String id = created.path("id");
        body.put("coveringOrganisationId", single.toString());
        as(DemoUsers.COMMUNITY_ADMIN).body(body).when().put("/api/units/" + id).then().statusCode(428);
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", created.header("ETag")).body(body).when().put("/api/units/" + id)
                .then().statusCode(200).body("coveringOrganisationId", equalTo(single.toString()));
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", created.header("ETag")).body(body).when().put("/api/units/" + id).then().statusCode(412);
    }

    @Test
    void unknownAndRevokedReferencesAre422() {
        as(DemoUsers.DISTRICT_ADMIN).body(unit(CreditCodes.random(), UUID.randomUUID(), null)).when().post("/api/units")
                .then().statusCode(422).body("type", endsWith("/unknown-reference")).body("errors[0].field", equalTo("locatedInOrganisationId"));
        as(DemoUsers.DISTRICT_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, UUID.randomUUID())).when().post("/api/units")
                .then().statusCode(422).body("errors[0].field", equalTo("coveringOrganisationId"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("name", "x", "creditCode", CreditCodes.random())).when().post("/api/units")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/units/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anUnknownOrganisationInUnderIsA400NamingIt() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/units?under=" + UUID.randomUUID()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("under")).body("errors[0].message", containsString("names no organisation"));
    }

    @Test
    void eachDenialByRoleAndSubtree() {
        as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.HILLSIDE, null)).when().post("/api/units").then().statusCode(403).contentType(PROBLEM);
        UUID hillsideBranch = Tree.create("BRANCH", DemoIds.HILLSIDE, "JOINT", null);
        as(DemoUsers.COMMUNITY_ADMIN).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, hillsideBranch)).when().post("/api/units").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, null)).when().post("/api/units").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(unit(CreditCodes.random(), DemoIds.LAKESIDE, null)).when().post("/api/units").then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).contentType("application/json").body(unit(CreditCodes.random(), DemoIds.LAKESIDE, null))
                .when().post("/api/units").then().statusCode(403);
        anonymous().body(unit(CreditCodes.random(), DemoIds.LAKESIDE, null)).when().post("/api/units").then().statusCode(401);
        String hillsideUnit = as(DemoUsers.DISTRICT_ADMIN).body(unit(CreditCodes.random(), DemoIds.HILLSIDE, null)).when().post("/api/units")
                .then().statusCode(201).extract().path("id");
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/units/" + hillsideUnit).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/units?under=" + DemoIds.HILLSIDE).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/units/" + hillsideUnit).then().statusCode(200);
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get("/api/units/" + hillsideUnit).then().statusCode(200);
    }
}
