package cn.dangjian.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.gateway.FakeServices;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ForeignTokens;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The gateway refuses tokens a Keycloak really issued but that are expired, from another issuer or for another
 * audience, before anything is proxied; and its metrics are for platform-admin only.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class RefusedTokensTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void expiredForeignAndOtherAudienceTokensAre401AndNotProxied() {
        forget();
        refused(ForeignTokens.expired(DemoUsers.DISTRICT_ADMIN));
        refused(ForeignTokens.foreignIssuer());
        refused(ForeignTokens.otherAudience(DemoUsers.DISTRICT_ADMIN));
        assertTrue(requestsSeen().isEmpty(), "the member service saw none of them");
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).when().get("/api/members").then().statusCode(200);
    }

    @Test
    void metricsNeedPlatformAdmin() {
        given().when().get("/q/metrics").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of(DemoUsers.MEMBER_ZHANG)).when().get("/q/metrics").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).accept(ContentType.JSON).when().get("/api/members")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
    }

    private static String memberService() {
        return ConfigProvider.getConfig().getValue("gateway.services.member-service.url", String.class);
    }

    private static void forget() {
        given().when().delete(memberService() + "/__requests").then().statusCode(200);
    }

    private static List<Map<String, Object>> requestsSeen() {
        return given().when().get(memberService() + "/__requests").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
