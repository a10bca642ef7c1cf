package cn.dangjian.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.dangjian.gateway.FakeServices;
import cn.dangjian.platform.testing.Api;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class UpstreamsHealthCheckTest {

    @Test
    void theGatewayIsReadyEvenWhenAServiceIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/q/health/live")
                .then().statusCode(200);
    }

    @Test
    void theUpstreamsGroupReportsEachService() {
        given().when().get("/q/health/group/upstreams")
                .then().statusCode(503)
                .body("checks[0].data.member-service", equalTo("UP"))
                .body("checks[0].data.organisation-service", equalTo("UP"))
                .body("checks[0].data.activity-service", equalTo("UP"))
                .body("checks[0].data." + FakeServices.DOWN_SERVICE, equalTo("UNREACHABLE"));
    }

    @Test
    void metricsAreExposedWithOneSeriesPerPrefix() {
        Api.as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/one-id").then().statusCode(200);
        Api.as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/another-id").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).when().get("/q/metrics") // platform-admin only
                .then().statusCode(200)
                .body(containsString("uri=\"/api/members/*\""))
                .body(org.hamcrest.Matchers.not(containsString("one-id")));
    }
}
