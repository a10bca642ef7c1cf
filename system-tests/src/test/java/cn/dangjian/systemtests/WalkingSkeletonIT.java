package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import cn.dangjian.platform.testing.DemoUsers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first flow across services: an organisation is created, a member registered in it, and the member's
 * points account opens from the member registered event — all through the gateway, over the real broker.
 */
class WalkingSkeletonIT {

    @BeforeAll
    static void platform() {
        Platform.get();
    }

    @Test
    void aRegisteredMemberGetsAPointsAccountWithBalanceZero() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String district = as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", "WS-" + suffix, "name", "试点街道党工委", "level", "WORKING_COMMITTEE"))
                .when().post("/api/organisations").then().statusCode(201).extract().path("id");
        String branch = as(DemoUsers.DISTRICT_ADMIN)
                .body(Map.of("code", "WS-B-" + suffix, "name", "试点社区党支部", "level", "BRANCH", "parentId", district))
                .when().post("/api/organisations").then().statusCode(201).extract().path("id");

        // An organisation member-service has never heard of is an unknown reference, not a 500 or a 404.
        as(DemoUsers.DISTRICT_ADMIN).body(DemoDistrict.member(UUID.randomUUID()))
                .when().post("/api/members").then().statusCode(422).body("type", endsWith("/unknown-reference"))
                .body("errors[0].field", equalTo("organisationId"));

        String member = DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, UUID.fromString(branch));

        Eventually.within(Duration.ofSeconds(30), "points account of member " + member + " opened",
                () -> as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + member).then().extract().statusCode() == 200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + member)
                .then().statusCode(200).body("holderId", equalTo(member)).body("balance", is(0.0f));
    }
}
