package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 志愿服务 from sign-up to points: an org-admin organises a volunteer service, a member and a volunteer sign up and
 * check in (by location), the organiser ends it and confirms the hours, and both points accounts are credited at
 * VOLUNTEER_SERVICE's rate (1 point per hour) — once, even when the confirmation is sent twice. Everything goes
 * through the gateway with real tokens; the services learn of each other only over the broker.
 */
class VolunteerServiceCreditIT {

    /** The demo member that member-zhang's login is linked to (deploy/demo-data/members.json). */
    private static final UUID ZHANG = UUID.fromString("00000000-0000-4000-8000-000000000101");
    private static final String ORGANISER = DemoUsers.BRANCH_SECRETARY; // org-admin of Lakeside branch No.1
    private static final String LATITUDE = "30.593100";
    private static final String LONGITUDE = "114.305400";

    @BeforeAll
    static void platform() {
        Platform.get();
        DemoDistrict.ensure();
    }

    @Test
    void confirmedVolunteerServiceCreditsTheMemberAndTheVolunteerOnce() {
        linkMemberZhang();
        String volunteer = registerVolunteerWang();
        BigDecimal zhangBefore = balanceOnceOpen(DemoUsers.MEMBER_ZHANG, ZHANG.toString());
        BigDecimal wangBefore = balanceOnceOpen(DemoUsers.VOLUNTEER_WANG, volunteer);

        // begun ten minutes ago, so that the organiser may end it right after the check-ins
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> activity = new HashMap<>();
        activity.put("organisationId", DemoIds.LAKESIDE_BRANCH_1.toString());
        activity.put("type", "VOLUNTEER_SERVICE");
        activity.put("title", "湖滨社区环境整治志愿服务");
        activity.put("startsAt", now.minus(Duration.ofMinutes(10)).toString());
        activity.put("endsAt", now.plus(Duration.ofHours(3)).toString());
        activity.put("serviceHours", "2.50");
        activity.put("latitude", LATITUDE);
        activity.put("longitude", LONGITUDE);
        String id = retryWhile422UnknownReference("activity-service knows Lakeside branch No.1",
                () -> as(ORGANISER).body(activity).when().post("/api/activities").then().extract(), 201).path("id");

        // sign-up waits for activity-service to hear of the member (member events) and of the volunteer (points events)
        for (String user : List.of(DemoUsers.MEMBER_ZHANG, DemoUsers.VOLUNTEER_WANG)) {
            retryWhileUnlinked(user + " is known to activity-service",
                    () -> as(user).body(Map.of()).when().post("/api/activities/" + id + "/registrations").then().extract());
            as(user).body(Map.of("latitude", LATITUDE, "longitude", LONGITUDE))
                    .when().post("/api/activities/" + id + "/check-ins").then().statusCode(201);
            // check-out is proven like check-in; the presence (a few seconds here) rounds down to 0.00 hours
            as(user).body(Map.of("latitude", LATITUDE, "longitude", LONGITUDE))
                    .when().post("/api/activities/" + id + "/check-outs").then().statusCode(200);
        }

        as(ORGANISER).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        // hours beyond the presence only as a make-up with a reason (a test cannot wait 2.5 hours)
        Map<String, Object> confirmation = Map.of("attendees", List.of(
                Map.of("memberId", ZHANG.toString(), "hours", "2.50", "makeUpReason", "系统测试：服务时长由组织者核实"),
                Map.of("holderId", volunteer, "hours", "2.50", "makeUpReason", "系统测试：服务时长由组织者核实")));
        as(ORGANISER).body(confirmation).when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(200);

        BigDecimal hours = new BigDecimal("2.50"); // rate 1 point per hour, under the 4 h per activity cap
        awaitBalance(DemoUsers.MEMBER_ZHANG, ZHANG.toString(), zhangBefore.add(hours));
        awaitBalance(DemoUsers.VOLUNTEER_WANG, volunteer, wangBefore.add(hours));

        // The organiser sends the same confirmation again (a retried request): accepted, nothing announced again.
        as(ORGANISER).body(confirmation).when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(200);
        // Barrier: one more attendee confirmed afterwards (the organiser's make-up path, no check-in). Its event is
        // keyed by the same activity, so once it is credited any second credit of the first two would be booked too.
        String late = DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1);
        retryWhile422UnknownReference("activity-service knows member " + late,
                () -> as(ORGANISER).body(Map.of("attendees", List.of(Map.of("memberId", late, "hours", "1.00", "makeUpReason", "会后补录"))))
                        .when().post("/api/activities/" + id + "/attendance").then().extract(), 200);
        Eventually.within(Duration.ofSeconds(60), "make-up attendee " + late + " credited",
                () -> balance(DemoUsers.DISTRICT_ADMIN, late).compareTo(BigDecimal.ONE) == 0);

        assertEquals(0, zhangBefore.add(hours).compareTo(balance(DemoUsers.MEMBER_ZHANG, ZHANG.toString())), "member-zhang credited once");
        assertEquals(0, wangBefore.add(hours).compareTo(balance(DemoUsers.VOLUNTEER_WANG, volunteer)), "volunteer-wang credited once");
        for (String holder : List.of(ZHANG.toString(), volunteer)) {
            assertEquals(1, Db.count("volunteer-points-service",
                    "SELECT count(*) FROM service_record WHERE holder_id = ? AND activity_id = ? AND points = 2.50",
                    UUID.fromString(holder), UUID.fromString(id)), "one service record of " + holder);
        }
        as(ORGANISER).queryParam("size", 200).when().get("/api/activities/" + id + "/attendance").then().statusCode(200)
                .body("items.findAll { it.holderId == '" + late + "' }", hasSize(1))
                .body("items.find { it.holderId == '" + late + "' }.makeUp", equalTo(true));
    }

    /** The demo member 0101 with member-zhang's login as its sub (201 on a fresh database, 409 when already there). */
    private static void linkMemberZhang() {
        Map<String, Object> body = DemoDistrict.member(DemoIds.LAKESIDE_BRANCH_1);
        body.put("id", ZHANG.toString());
        body.put("name", "张建国");
        body.put("gender", "MALE");
        body.put("idNumber", IdNumbers.next());
        body.put("sub", Tokens.subjectOf(DemoUsers.MEMBER_ZHANG));
        Eventually.within(Duration.ofSeconds(60), "demo member 0101 registered", () -> {
            ExtractableResponse<Response> r = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().extract();
            if (r.statusCode() == 201 || r.statusCode() == 409) {
                return true;
            }
            if (r.statusCode() == 422 && String.valueOf((Object) r.path("type")).endsWith("/unknown-reference")) {
                return false;
            }
            throw new AssertionError("registering demo member 0101 answered " + r.statusCode() + ": " + r.asString());
        });
    }

    /** volunteer-wang registers themself (409 when the login is a holder already); returns the holder id. */
    private static String registerVolunteerWang() {
        int status = as(DemoUsers.VOLUNTEER_WANG).body(Map.of("name", "王志愿"))
                .when().post("/api/points/volunteers").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new AssertionError("registering volunteer-wang answered " + status);
        }
        return as(DemoUsers.VOLUNTEER_WANG).when().get("/api/points/accounts/me").then().statusCode(200)
                .body("kind", equalTo("VOLUNTEER")).extract().path("holderId");
    }

    private static BigDecimal balanceOnceOpen(String user, String holder) {
        Eventually.within(Duration.ofSeconds(60), "points account of " + holder + " opened",
                () -> as(user).when().get("/api/points/accounts/" + holder).then().extract().statusCode() == 200);
        return balance(user, holder);
    }

    private static BigDecimal balance(String user, String holder) {
        ExtractableResponse<Response> r = as(user).when().get("/api/points/accounts/" + holder).then().extract();
        if (r.statusCode() != 200) {
            return BigDecimal.valueOf(-1);
        }
        return new BigDecimal(r.jsonPath().getString("balance"));
    }

    private static void awaitBalance(String user, String holder, BigDecimal expected) {
        Eventually.within(Duration.ofSeconds(60), "balance of " + holder + " reaches " + expected,
                () -> balance(user, holder).compareTo(expected) == 0);
    }

    private static ExtractableResponse<Response> retryWhile422UnknownReference(String what,
            Supplier<ExtractableResponse<Response>> call, int expected) {
        Object[] last = new Object[1];
        Eventually.within(Duration.ofSeconds(60), what, () -> {
            ExtractableResponse<Response> r = call.get();
            last[0] = r;
            if (r.statusCode() == expected) {
                return true;
            }
            if (r.statusCode() == 422 && String.valueOf((Object) r.path("type")).endsWith("/unknown-reference")) {
                return false;
            }
            throw new AssertionError(what + ": answered " + r.statusCode() + ": " + r.asString());
        });
        @SuppressWarnings("unchecked")
        ExtractableResponse<Response> response = (ExtractableResponse<Response>) last[0];
        return response;
    }

    /** Sign-up answers 403 while the login is not yet linked to a roster entry; anything but 201/403 fails. */
    private static void retryWhileUnlinked(String what, Supplier<ExtractableResponse<Response>> call) {
        String[] last = new String[1];
        try {
            Eventually.within(Duration.ofSeconds(60), what, () -> {
                ExtractableResponse<Response> r = call.get();
                last[0] = r.statusCode() + " " + r.asString();
                if (r.statusCode() == 201) {
                    return true;
                }
                if (r.statusCode() == 403) {
                    return false;
                }
                throw new AssertionError(what + ": sign-up answered " + last[0]);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " (last answer: " + last[0] + ")", e);
        }
    }
}
