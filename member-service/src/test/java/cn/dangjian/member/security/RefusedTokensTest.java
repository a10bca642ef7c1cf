package cn.dangjian.member.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ForeignTokens;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Directly at a service, without the gateway in front: tokens that are well-formed and signed by a Keycloak, but
 * expired, from another issuer, or for another audience, are each refused with a 401 problem document. The same
 * platform-admin request with a good token passes, so each 401 is about the token alone.
 */
@QuarkusTest
class RefusedTokensTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aGoodTokenPasses() {
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept(ContentType.JSON)
                .when().get("/api/members").then().statusCode(200);
    }

    @Test
    void anExpiredTokenIs401() {
        refused(ForeignTokens.expired(DemoUsers.DISTRICT_ADMIN));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        refused(ForeignTokens.foreignIssuer());
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        refused(ForeignTokens.otherAudience(DemoUsers.DISTRICT_ADMIN));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).accept(ContentType.JSON)
                .when().get("/api/members")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("type", endsWith("/unauthorized"));
    }
}
