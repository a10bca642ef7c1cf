package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static io.restassured.RestAssured.given;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ForeignTokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Through the gateway with real Keycloak tokens: who may do what. */
class GatewaySecurityIT {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void platform() {
        Platform.get();
        DemoDistrict.ensure();
    }

    @Test
    void noTokenIs401AtTheGateway() {
        anonymous().when().get("/api/organisations").then().statusCode(401).contentType(PROBLEM);
        anonymous().when().get("/api/members/" + UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        anonymous().header("Authorization", "Bearer forged.token.value").when().get("/api/points/accounts/" + UUID.randomUUID())
                .then().statusCode(401).contentType(PROBLEM);
    }

    /**
     * Tokens a Keycloak really issued, refused at the gateway before anything is proxied: expired (a 2-s client),
     * another issuer (a second realm) and another audience (admin-cli). Each is otherwise a platform-admin token.
     */
    @Test
    void expiredForeignAndOtherAudienceTokensAre401AtTheGateway() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations").then().statusCode(200);
        for (String token : List.of(ForeignTokens.expired(DemoUsers.DISTRICT_ADMIN), ForeignTokens.foreignIssuer(),
                ForeignTokens.otherAudience(DemoUsers.DISTRICT_ADMIN))) {
            for (String path : List.of("/api/organisations", "/api/members", "/api/activities", "/api/points/rewards")) {
                anonymous().auth().oauth2(token).when().get(path)
                        .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"))
                        .body("status", equalTo(401));
            }
        }
    }

    @Test
    void theSiblingBranchSecretaryIsDeniedTheOtherBranch() {
        String inBranch1 = DemoDistrict.registerMember(DemoUsers.BRANCH_SECRETARY, DemoIds.LAKESIDE_BRANCH_1);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/" + inBranch1).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).body(DemoDistrict.member(DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/organisations/" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/organisations/" + DemoIds.LAKESIDE_BRANCH_2).then().statusCode(200);
    }

    @Test
    void metricsAreNotPublicAtTheGateway() {
        anonymous().when().get("/q/metrics").then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(cn.dangjian.platform.testing.Tokens.of(DemoUsers.DISTRICT_ADMIN)).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void aMemberTokenOnAnAdminOperationIs403() {
        as(DemoUsers.MEMBER_ZHANG)
                .body(Map.of("code", "M-" + UUID.randomUUID().toString().substring(0, 8), "name", "不该建成", "level", "BRANCH",
                        "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).body(DemoDistrict.member(DemoIds.LAKESIDE_BRANCH_1))
                .when().post("/api/members").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anOrgAdminCreatesAndReadsInsideTheirSubtreeOnly() {
        String code = "LS-B-" + UUID.randomUUID().toString().substring(0, 8);
        String id = as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", code, "name", "湖滨社区楼栋党支部", "level", "BRANCH", "parentId", DemoIds.LAKESIDE.toString()))
                .when().post("/api/organisations").then().statusCode(201).body("code", equalTo(code)).extract().path("id");
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + id).then().statusCode(200).body("name", equalTo("湖滨社区楼栋党支部"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + DemoIds.LAKESIDE + "/children")
                .then().statusCode(200).body("items.id", hasItem(id));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + DemoIds.HILLSIDE).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.COMMUNITY_ADMIN)
                .body(Map.of("code", code + "-H", "name", "越界", "level", "BRANCH", "parentId", DemoIds.HILLSIDE.toString()))
                .when().post("/api/organisations").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void unknownRoutesAreProblemDocuments() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }
}
