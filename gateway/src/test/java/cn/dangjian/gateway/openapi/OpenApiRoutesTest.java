package cn.dangjian.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.dangjian.gateway.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class OpenApiRoutesTest {

    @Test
    void theMergedDocumentHoldsEveryReachableServiceAndNamesTheMissingOne() {
        for (String query : new String[] {"", "?format=json"}) {
            given().when().get("/q/openapi" + query)
                    .then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .body("info.title", equalTo("Dangjian API"))
                    .body("info.description", containsString(FakeServices.DOWN_SERVICE))
                    .body("servers.url", hasItem("/"))
                    .body("paths", hasKey("/api/members"))
                    .body("paths", hasKey("/api/members/{id}"))
                    .body("paths", hasKey("/api/organisations"))
                    .body("paths", hasKey("/api/activities"))
                    .body("paths", not(hasKey("/internal/member-service")))
                    .body("tags.name", hasItems("Members", "Organisations", "Activities"))
                    .body("components.schemas", hasKey("MembersPage"))
                    .body("components.schemas", hasKey("Problem"))
                    .body("components.securitySchemes.oauth2.type", equalTo("oauth2"))
                    .body("components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl",
                            equalTo("http://localhost:8180/realms/dangjian/protocol/openid-connect/auth"))
                    .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                    .body("paths.'/api/members'.get.security", hasItem(hasKey("bearer")))
                    .body("paths.'/api/members'.get.security", hasItem(hasKey("oauth2")));
        }
    }

    @Test
    void theConsoleIsServedAndPointsAtTheMergedDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("'/q/openapi'"))
                .body(containsString("openapi-console"));
    }

    @Test
    void theGatewaysOwnGeneratedDocumentIsMovedAside() {
        given().when().get("/q/gateway-openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Dangjian gateway"));
    }
}
