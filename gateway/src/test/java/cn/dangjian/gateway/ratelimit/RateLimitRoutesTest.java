package cn.dangjian.gateway.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import cn.dangjian.gateway.FakeServices;
import cn.dangjian.platform.testing.Api;
import cn.dangjian.platform.testing.DemoUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestProfile(RateLimitRoutesTest.ThreePerMinute.class)
class RateLimitRoutesTest {

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "true", "gateway.rate-limit.per-minute", "3");
        }
    }

    @Test
    void aCallerOverTheLimitGets429WithRetryAfterAndOthersAreNotAffected() {
        for (int i = 0; i < 3; i++) {
            Api.as(DemoUsers.AUDITOR_ZHAO).when().get("/api/activities").then().statusCode(200);
        }
        Api.as(DemoUsers.AUDITOR_ZHAO).when().get("/api/activities")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("20"))
                .body("status", is(429));

        Api.as(DemoUsers.MERCHANT_CHEN).when().get("/api/activities").then().statusCode(200);
    }
}
