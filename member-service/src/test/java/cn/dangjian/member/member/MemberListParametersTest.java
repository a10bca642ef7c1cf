package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ListParameters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed query values are a 400 naming the parameter, on every list (Foundation 3b), and the last allowed page is
 * never a 500 (dues returned, paged in memory, overflowed an int there).
 */
@QuarkusTest
class MemberListParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/members", "/api/members/conversions-due", "/api/members/drop-out-risks", "/api/dues/arrears",
            "/api/dues/returns?period=2026-Q4", "/api/dues/pending-declarations", "/api/members/audit-records"})
    void everyListAnswersMalformedPagingWithA400NamingIt(String list) {
        ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.DISTRICT_ADMIN, list);
    }

    @Test
    void malformedFiltersAreA400NamingThem() {
        as(DemoUsers.DISTRICT_ADMIN).queryParam("organisationId", "not-a-uuid").when().get("/api/members")
                .then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("under", "not-a-uuid").when().get("/api/members")
                .then().statusCode(400).body("errors[0].field", equalTo("under"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("status", "RETIRED").when().get("/api/members")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
