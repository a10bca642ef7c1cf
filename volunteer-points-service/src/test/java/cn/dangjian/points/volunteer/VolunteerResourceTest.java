package cn.dangjian.points.volunteer;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsTestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VolunteerResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    PointsTestData data;

    @BeforeEach
    void volunteerWangIsNotRegisteredYet() {
        data.demoTree();
        data.unlinkLogin(Tokens.subjectOf(DemoUsers.VOLUNTEER_WANG));
    }

    @Test
    void aVolunteerRegistersOnceAndReadsTheirOwnAccount() {
        String holderId = as(DemoUsers.VOLUNTEER_WANG).body("{\"name\":\"王小红\",\"organisationId\":\"" + DemoIds.LAKESIDE + "\"}")
                .when().post("/api/points/volunteers")
                .then().statusCode(201).body("name", equalTo("王小红")).extract().path("holderId");
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/points/accounts/me")
                .then().statusCode(200).body("holderId", equalTo(holderId)).body("kind", equalTo("VOLUNTEER")).body("balance", is(0.0f));
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/points/accounts/" + holderId).then().statusCode(200);
        as(DemoUsers.VOLUNTEER_WANG).body("{\"name\":\"王小红\"}").when().post("/api/points/volunteers")
                .then().statusCode(409).contentType(PROBLEM);
        assertEquals(1L, data.count("""
                SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.volunteer-registered.v1' AND event_key = ?
                AND payload LIKE ?""", holderId, "%" + Tokens.subjectOf(DemoUsers.VOLUNTEER_WANG) + "%"));
    }

    @Test
    void onlyAVolunteerLoginRegistersItself() {
        as(DemoUsers.DISTRICT_ADMIN).body("{\"name\":\"王小红\"}").when().post("/api/points/volunteers").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MERCHANT_CHEN).body("{\"name\":\"王小红\"}").when().post("/api/points/volunteers").then().statusCode(403);
        anonymous().body("{\"name\":\"王小红\"}").when().post("/api/points/volunteers").then().statusCode(401);
    }

    @Test
    void invalidOrUnknownFieldsAreNamed() {
        as(DemoUsers.VOLUNTEER_WANG).body("{\"name\":\"\"}").when().post("/api/points/volunteers").then().statusCode(400).contentType(PROBLEM);
        as(DemoUsers.VOLUNTEER_WANG).body("{\"name\":\"王小红\",\"organisationId\":\"" + UUID.randomUUID() + "\"}")
                .when().post("/api/points/volunteers").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void meIs404BeforeRegisteringAndForLoginsOfOtherRoles() {
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/points/accounts/me").then().statusCode(404).contentType(PROBLEM);
        // a login with no record of its own gets 404 on every …/me path (api-contract v1.2), whatever its role
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/points/accounts/me").then().statusCode(404).contentType(PROBLEM);
    }
}
