package cn.dangjian.activity.activity;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ListParameters;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed query values are a 400 naming the parameter, on every list (Foundation 3b). */
@QuarkusTest
class ActivityListParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/activities", "/api/activities/00000000-0000-4000-8000-0000000000aa/attendance"})
    void everyListAnswersMalformedPagingWithA400NamingIt(String list) {
        ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.DISTRICT_ADMIN, list);
    }

    @Test
    void myActivitiesAnswerMalformedPagingWithA400NamingIt() {
        ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.MEMBER_ZHANG, "/api/activities/mine");
    }

    @Test
    void malformedFiltersAreA400NamingThem() {
        as(DemoUsers.DISTRICT_ADMIN).queryParam("organisationId", "x").when().get("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("under", "x").when().get("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("under"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("includeSubtree", "yes").when().get("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("includeSubtree"));
        as(DemoUsers.MEMBER_ZHANG).queryParam("relation", "SOON").when().get("/api/activities/mine")
                .then().statusCode(400).body("errors[0].field", equalTo("relation"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("type", "PARTY").when().get("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("from", "2026-11-01").when().get("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("to", "tomorrow").when().get("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
