package cn.dangjian.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operators' console: one OpenAPI document for the whole platform behind the gateway, and the Swagger UI. */
class ConsoleIT {

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void theGatewayServesOneDocumentWithEveryServicesPaths() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/organisations"))
                .body("paths", hasKey("/api/organisations/{id}"))
                .body("paths", hasKey("/api/members"))
                .body("paths", hasKey("/api/activities"))
                .body("paths", hasKey("/api/points/accounts/{holderId}"))
                .body("info.description", not(containsString("Not included right now")));
    }

    @Test
    void theConsoleIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
