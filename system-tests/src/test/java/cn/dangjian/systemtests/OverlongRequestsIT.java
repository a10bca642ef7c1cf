package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;

import cn.dangjian.platform.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Over-long requests through the gateway are problem documents, answered by the gateway first. */
class OverlongRequestsIT {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aFiveThousandCharacterIdIsAnUnknownIdNotABare414() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + "7".repeat(5000))
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aRequestLineBeyond8KiBIsA414Problem() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + "7".repeat(9000))
                .then().statusCode(414).contentType(PROBLEM).body("type", endsWith("/uri-too-long"));
    }

    @Test
    void twentyKiBOfHeadersIsA431Problem() {
        as(DemoUsers.DISTRICT_ADMIN).header("X-Filler", "h".repeat(20 * 1024)).when().get("/api/activities")
                .then().statusCode(431).contentType(PROBLEM).body("type", endsWith("/request-header-fields-too-large"));
    }
}
