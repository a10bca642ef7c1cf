package cn.dangjian.activity.attendance;

import static cn.dangjian.activity.activity.ActivityFixtures.body;
import static cn.dangjian.activity.activity.ActivityFixtures.count;
import static cn.dangjian.activity.activity.ActivityFixtures.create;
import static cn.dangjian.activity.activity.ActivityFixtures.outbox;
import static cn.dangjian.activity.activity.ActivityFixtures.runningNow;
import static cn.dangjian.activity.attendance.DemoRoster.LI;
import static cn.dangjian.activity.attendance.DemoRoster.MEMBER_LI;
import static cn.dangjian.activity.attendance.DemoRoster.WANG;
import static cn.dangjian.activity.attendance.DemoRoster.ZHANG;
import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.activity.activity.ActivityFixtures;
import cn.dangjian.activity.events.MemberEventsConsumer;
import cn.dangjian.activity.events.OrganisationEventsConsumer;
import cn.dangjian.activity.events.PointsEventsConsumer;
import cn.dangjian.activity.policy.ActivitySettings;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.HostingEventsFixture;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VolunteerEventsFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-up, leave, check-in/out, make-ups and confirmation over HTTP with real tokens, each denial included. */
@QuarkusTest
class AttendanceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CONFIRMED = "dangjian.activity.attendance-confirmed.v1";
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    MemberEventsConsumer memberEvents;

    @Inject
    PointsEventsConsumer pointsEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ActivitySettings settings;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void rosterIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        DemoRoster.feed(memberEvents, pointsEvents);
    }

    // --- sign-up and withdrawal -------------------------------------------------------------------------------

    @Test
    void membersAndVolunteersSignUpAndWithdrawOnlyForThemselves() {
        Map<String, Object> body = forEveryone(Instant.now().plus(Duration.ofDays(2)));
        String id = create(DemoUsers.DISTRICT_ADMIN, body);
        as(DemoUsers.MEMBER_ZHANG).body("{}").when().post("/api/activities/" + id + "/registrations")
                .then().statusCode(201).body("holderId", equalTo(ZHANG.toString())).body("attendeeKind", equalTo("MEMBER"))
                .body("memberId", equalTo(ZHANG.toString())).body("registration", equalTo("REGISTERED"));
        as(DemoUsers.MEMBER_ZHANG).body("{}").when().post("/api/activities/" + id + "/registrations")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/already-registered"));
        as(MEMBER_LI).body(Map.of("memberId", ZHANG.toString())).when().post("/api/activities/" + id + "/registrations")
                .then().statusCode(403).contentType(PROBLEM);
        as(MEMBER_LI).body(Map.of("memberId", LI.toString())).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);
        as(DemoUsers.VOLUNTEER_WANG).when().post("/api/activities/" + id + "/registrations")
                .then().statusCode(201).body("holderId", equalTo(WANG.toString())).body("attendeeKind", equalTo("VOLUNTEER"))
                .body("memberId", equalTo(null));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().body("registeredCount", equalTo(3));

        as(MEMBER_LI).when().delete("/api/activities/" + id + "/registrations/" + ZHANG).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).when().delete("/api/activities/" + id + "/registrations/" + ZHANG)
                .then().statusCode(200).body("registration", equalTo("WITHDRAWN"));
        as(DemoUsers.MEMBER_ZHANG).when().delete("/api/activities/" + id + "/registrations/" + ZHANG)
                .then().statusCode(409).body("type", endsWith("/not-registered"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().body("registeredCount", equalTo(2));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);

        as(DemoUsers.AUDITOR_ZHAO).when().post("/api/activities/" + id + "/registrations").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/registrations").then().statusCode(403);
        as(DemoUsers.MERCHANT_CHEN).when().post("/api/activities/" + id + "/registrations").then().statusCode(403);
        anonymous().when().post("/api/activities/" + id + "/registrations").then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + UUID.randomUUID() + "/registrations").then().statusCode(404);
    }

    @Test
    void capacityHoldsUnderConcurrentSignUps() throws Exception {
        for (int capacity = 1; capacity <= 2; capacity++) {
            Map<String, Object> body = forEveryone(Instant.now().plus(Duration.ofDays(2)));
            body.put("capacity", capacity);
            String id = create(DemoUsers.DISTRICT_ADMIN, body);
            List<Integer> codes = concurrently(
                    () -> as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().extract().statusCode(),
                    () -> as(MEMBER_LI).when().post("/api/activities/" + id + "/registrations").then().extract().statusCode(),
                    () -> as(DemoUsers.VOLUNTEER_WANG).when().post("/api/activities/" + id + "/registrations").then().extract().statusCode());
            assertEquals(capacity, codes.stream().filter(c -> c == 201).count(), codes.toString());
            assertEquals(3 - capacity, codes.stream().filter(c -> c == 409).count(), codes.toString());
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().body("registeredCount", equalTo(capacity));
        }
        String id = create(DemoUsers.DISTRICT_ADMIN, forEveryone(Instant.now().plus(Duration.ofDays(2))));
        List<Integer> same = concurrently(
                () -> as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().extract().statusCode(),
                () -> as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().extract().statusCode());
        assertEquals(1, same.stream().filter(c -> c == 201).count(), same.toString());
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().body("registeredCount", equalTo(1));
    }

    @Test
    void aFullActivityRefusesWithAProblem() {
        Map<String, Object> body = forEveryone(Instant.now().plus(Duration.ofDays(2)));
        body.put("capacity", 1);
        String id = create(DemoUsers.DISTRICT_ADMIN, body);
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);
        as(MEMBER_LI).when().post("/api/activities/" + id + "/registrations").then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/full"));
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().extract().header("ETag");
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("capacity", 2)).when().patch("/api/activities/" + id)
                .then().statusCode(200).body("registeredCount", equalTo(1));
        as(MEMBER_LI).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);
    }

    @Test
    void leaveNeedsAReasonAndGivesThePlaceBack() {
        String id = create(DemoUsers.DISTRICT_ADMIN, forEveryone(Instant.now().plus(Duration.ofDays(2))));
        as(MEMBER_LI).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);
        as(MEMBER_LI).body("{}").when().post("/api/activities/" + id + "/leave-requests").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(MEMBER_LI).body(Map.of("reason", "出差在外")).when().post("/api/activities/" + id + "/leave-requests")
                .then().statusCode(201).body("registration", equalTo("ON_LEAVE")).body("leaveReason", equalTo("出差在外"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().body("registeredCount", equalTo(0));
        as(DemoUsers.AUDITOR_ZHAO).body(Map.of("reason", "x")).when().post("/api/activities/" + id + "/leave-requests").then().statusCode(403);
    }

    // --- check-in ---------------------------------------------------------------------------------------------

    @Test
    void checkInByTheOrganisersCodeWhichExpiresAndBelongsToOneActivity() {
        String id = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY"));
        String other = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/" + id + "/check-in-code").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.STREET_ADMIN).when().get("/api/activities/" + id + "/check-in-code").then().statusCode(200);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/activities/" + id + "/check-in-code").then().statusCode(403);
        String code = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + id + "/check-in-code")
                .then().statusCode(200).header("Cache-Control", "no-store").body("validUntil", notNullValue()).extract().path("code");
        String otherCode = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + other + "/check-in-code").then().extract().path("code");
        CheckInCode codes = new CheckInCode(settings.checkIn().codeSecret(), settings.checkIn().codeWindow());
        String expired = codes.current(UUID.fromString(id), Instant.now().minus(settings.checkIn().codeWindow().multipliedBy(3))).code();

        for (String wrong : List.of(otherCode, expired, "AAAAAAAA")) {
            as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", wrong)).when().post("/api/activities/" + id + "/check-ins")
                    .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/invalid-check-in-code"))
                    .body("errors[0].field", equalTo("code"));
        }
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", "abc")).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(DemoUsers.MEMBER_ZHANG).body("{}").when().post("/api/activities/" + id + "/check-ins").then().statusCode(400);
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code.toLowerCase())).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(201).body("checkInMethod", equalTo("CODE")).body("late", equalTo(true)).body("makeUp", equalTo(false));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/already-checked-in"));
        // the previous window's code still works (a code shown at the very end of its window)
        String previous = codes.current(UUID.fromString(other), Instant.now().minus(settings.checkIn().codeWindow())).code();
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", previous)).when().post("/api/activities/" + other + "/check-ins").then().statusCode(201);

        // check-out proves presence with the code too
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-outs")
                .then().statusCode(200).body("checkedOutAt", notNullValue());
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-outs")
                .then().statusCode(409).body("type", endsWith("/already-checked-out"));
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-outs")
                .then().statusCode(409).body("type", endsWith("/not-checked-in"));
        as(DemoUsers.AUDITOR_ZHAO).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-ins").then().statusCode(403);
        anonymous().body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-ins").then().statusCode(401);
    }

    @Test
    void checkInByLocationOnBothSidesOfTheRadius() {
        Map<String, Object> body = runningNow(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE");
        body.put("latitude", new BigDecimal("30.274085"));
        body.put("longitude", new BigDecimal("120.155070"));
        String id = create(DemoUsers.COMMUNITY_ADMIN, body);
        int radius = settings.checkIn().radiusMetres();
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("latitude", northBy(radius + 1.0), "longitude", new BigDecimal("120.155070")))
                .when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/outside-radius")).body("errors[0].field", equalTo("latitude"));
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("latitude", northBy(radius - 1.0), "longitude", new BigDecimal("120.155070")))
                .when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(201).body("checkInMethod", equalTo("LOCATION")).body("holderId", equalTo(WANG.toString()));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("latitude", 30.274085)).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(400).body("errors[0].field", equalTo("longitude"));

        String noPlace = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE"));
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("latitude", 30.274085, "longitude", 120.155070)).when().post("/api/activities/" + noPlace + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/no-location"));
    }

    @Test
    void checkInIsRefusedBeforeItOpensAfterTheEndAndWithoutAPlace() {
        String future = create(DemoUsers.DISTRICT_ADMIN, forEveryone(Instant.now().plus(Duration.ofDays(2))));
        String code = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + future + "/check-in-code").then().extract().path("code");
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + future + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/check-in-not-open"));

        Map<String, Object> limited = runningNow(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY");
        limited.put("capacity", 5);
        String id = create(DemoUsers.DISTRICT_ADMIN, limited);
        String limitedCode = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id + "/check-in-code").then().extract().path("code");
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", limitedCode)).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/registration-required"));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", limitedCode)).when().post("/api/activities/" + id + "/check-ins").then().statusCode(201);

        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        // after the end the code is still shown for check-out (until its window closes), never for a check-in
        String afterTheEnd = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id + "/check-in-code").then().statusCode(200)
                .extract().path("code");
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", afterTheEnd)).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/check-in-closed"));
        as(MEMBER_LI).body(Map.of("code", limitedCode)).when().post("/api/activities/" + id + "/check-ins").then().statusCode(403);
    }

    @Test
    void aMakeUpIsFlaggedAndApprovedByTheOrganiser() {
        String id = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE"));
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        String location = as(DemoUsers.MEMBER_ZHANG).body(Map.of("reason", "手机没电")).when().post("/api/activities/" + id + "/make-up-requests")
                .then().statusCode(201).body("makeUp", equalTo(true)).body("makeUpApproved", equalTo(false)).body("checkInMethod", equalTo("MAKE_UP"))
                .header("Location", endsWith("/api/activities/" + id + "/attendance/" + ZHANG)).extract().header("Location");
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("reason", "再来")).when().post("/api/activities/" + id + "/make-up-requests").then().statusCode(409);
        String approve = "/api/activities/" + id + "/make-up-requests/" + ZHANG + "/approve";
        as(DemoUsers.MEMBER_ZHANG).when().post(approve).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().post(approve).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/make-up-requests/" + LI + "/approve").then().statusCode(404);
        as(DemoUsers.COMMUNITY_ADMIN).when().post(approve).then().statusCode(200).body("makeUpApproved", equalTo(true))
                .body("holderId", equalTo(ZHANG.toString()));
        as(DemoUsers.COMMUNITY_ADMIN).when().post(approve).then().statusCode(409).body("type", endsWith("/no-make-up-to-approve"));
        as(DemoUsers.MEMBER_ZHANG).when().get(location).then().statusCode(200).body("makeUpApproved", equalTo(true));
    }

    @Test
    void theDeprecatedNounPathStillApprovesAMakeUp() {
        String id = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("reason", "手机没电")).when().post("/api/activities/" + id + "/make-up-requests").then().statusCode(201);
        String approval = "/api/activities/" + id + "/make-up-requests/" + ZHANG + "/approval";
        as(DemoUsers.MEMBER_ZHANG).when().post(approval).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().post(approval).then().statusCode(200).body("makeUpApproved", equalTo(true));
        as(DemoUsers.COMMUNITY_ADMIN).when().post(approval).then().statusCode(409).body("type", endsWith("/no-make-up-to-approve"));
        anonymous().accept("application/json").when().get("/q/openapi?format=json").then()
                .body("paths.'/api/activities/{id}/make-up-requests/{holderId}/approval'.post.deprecated", equalTo(true))
                .body("paths.'/api/activities/{id}/make-up-requests/{holderId}/approve'.post.deprecated", nullValue());
    }

    @Test
    void everyCreatingPostPointsAtTheAttendeesRecordWhichOnlyTheyAndTheOrganisersRead() {
        String id = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE"));
        String record = "/api/activities/" + id + "/attendance/";
        String code = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + id + "/check-in-code").then().extract().path("code");
        String registered = as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations")
                .then().statusCode(201).header("Location", endsWith(record + ZHANG)).extract().header("Location");
        as(DemoUsers.MEMBER_ZHANG).when().get(registered).then().statusCode(200).body("registration", equalTo("REGISTERED"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(201).header("Location", endsWith(record + ZHANG));
        as(DemoUsers.MEMBER_ZHANG).when().get(registered).then().statusCode(200).body("checkInMethod", equalTo("CODE"));
        String onLeave = as(DemoUsers.VOLUNTEER_WANG).body(Map.of("reason", "家中有事")).when().post("/api/activities/" + id + "/leave-requests")
                .then().statusCode(201).header("Location", endsWith(record + WANG)).extract().header("Location");
        as(DemoUsers.VOLUNTEER_WANG).when().get(onLeave).then().statusCode(200).body("registration", equalTo("ON_LEAVE"))
                .body("leaveReason", equalTo("家中有事"));

        // the attendee and those who see the attendance read it; another attendee does not
        as(DemoUsers.COMMUNITY_ADMIN).when().get(registered).then().statusCode(200).body("holderId", equalTo(ZHANG.toString()));
        as(DemoUsers.AUDITOR_ZHAO).when().get(onLeave).then().statusCode(200);
        as(DemoUsers.VOLUNTEER_WANG).when().get(registered).then().statusCode(403).contentType(PROBLEM);
        as(MEMBER_LI).when().get(onLeave).then().statusCode(403).contentType(PROBLEM);
        String hillside = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.HILLSIDE_BRANCH, "PARTY_LECTURE"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + hillside + "/attendance/" + LI).then().statusCode(403);
        anonymous().when().get(registered).then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.MERCHANT_CHEN).when().get(registered).then().statusCode(403);
        // no record of this holder, or no such activity: 404
        as(DemoUsers.COMMUNITY_ADMIN).when().get(record + LI).then().statusCode(404).contentType(PROBLEM);
        as(MEMBER_LI).when().get(record + LI).then().statusCode(404);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + UUID.randomUUID() + "/attendance/" + ZHANG).then().statusCode(404);
    }

    // --- confirmation -----------------------------------------------------------------------------------------

    @Test
    void eachConfirmedAttendeeIsAnnouncedOnceWithTheContractsFields() throws Exception {
        Map<String, Object> body = runningNow(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE");
        body.put("serviceHours", new BigDecimal("2.5"));
        String id = create(DemoUsers.COMMUNITY_ADMIN, body);
        String code = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + id + "/check-in-code").then().extract().path("code");
        String checkedInAt = as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(201).extract().path("checkedInAt");
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-ins").then().statusCode(201);
        // no check-out in this test (it runs in real time): hours beyond the presence are make-ups with a reason
        Map<String, Object> confirmation = Map.of("attendees", List.of(
                Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("2.5"), "makeUpReason", "现场核实"),
                Map.of("holderId", WANG.toString(), "hours", new BigDecimal("2.00"), "makeUpReason", "现场核实")));
        as(DemoUsers.COMMUNITY_ADMIN).body(confirmation).when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(409).body("type", endsWith("/not-ended"));
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);

        as(DemoUsers.MEMBER_ZHANG).body(confirmation).when().post("/api/activities/" + id + "/attendance").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).body(confirmation).when().post("/api/activities/" + id + "/attendance").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(confirmation).when().post("/api/activities/" + id + "/attendance").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("2.51"),
                        "makeUpReason", "现场核实"))))
                .when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(422).body("type", endsWith("/hours-above-service-hours")).body("errors[0].field", equalTo("attendees[0].hours"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", UUID.randomUUID().toString()))))
                .when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(422).body("type", endsWith("/unknown-reference")).body("errors[0].field", equalTo("attendees[0].memberId"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of(Map.of("hours", 1)))).when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(400).body("errors[0].field", equalTo("attendees[0].memberId"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of())).when().post("/api/activities/" + id + "/attendance").then().statusCode(400);
        assertEquals(0, count(dataSource, id, CONFIRMED), "nothing announced for refused confirmations");

        for (int time = 0; time < 2; time++) {
            as(DemoUsers.COMMUNITY_ADMIN).config(EXACT).body(confirmation).when().post("/api/activities/" + id + "/attendance")
                    .then().statusCode(200).body("attendees[0].hours", equalTo(new BigDecimal("2.50")))
                    .body("attendees[0].newlyConfirmed", equalTo(time == 0)).body("attendees[1].attendeeKind", equalTo("VOLUNTEER"));
        }
        assertEquals(2, count(dataSource, id, CONFIRMED), "one event per attendee, however often it is sent");
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of(Map.of("holderId", WANG.toString(), "hours", new BigDecimal("1.00"),
                        "makeUpReason", "现场核实"))))
                .when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/already-confirmed"));
        assertEquals(2, count(dataSource, id, CONFIRMED));

        List<JsonNode> events = confirmedEvents(id);
        JsonNode member = events.stream().filter(e -> e.get("attendeeKind").asText().equals("MEMBER")).findFirst().orElseThrow();
        assertEquals(id, member.get("activityId").asText());
        assertEquals(ZHANG.toString(), member.get("holderId").asText());
        assertEquals(ZHANG.toString(), member.get("memberId").asText());
        assertEquals(DemoIds.LAKESIDE.toString(), member.get("organisationId").asText());
        assertEquals("VOLUNTEER_SERVICE", member.get("activityType").asText());
        assertTrue(member.get("hours").isNumber());
        assertEquals("2.50", member.get("hours").decimalValue().toPlainString());
        assertTrue(member.hasNonNull("confirmedBy"));
        assertEquals(ChinaTime.dateOf(Instant.parse(checkedInAt)).toString(), member.get("servedOn").asText(), "the China-time day of the check-in");
        Instant.parse(member.get("confirmedAt").asText());
        JsonNode volunteer = events.stream().filter(e -> e.get("attendeeKind").asText().equals("VOLUNTEER")).findFirst().orElseThrow();
        assertEquals(WANG.toString(), volunteer.get("holderId").asText(), "a volunteer's attendance carries the volunteer's holder id");
        assertFalse(volunteer.has("memberId"), "memberId is for members only");
        assertEquals("2.00", volunteer.get("hours").decimalValue().toPlainString());
        String raw = outbox(dataSource, id).stream().filter(r -> r[0].equals(CONFIRMED)).map(r -> r[1]).findFirst().orElseThrow();
        assertTrue(raw.contains("\"hours\":2.50") || raw.contains("\"hours\":2.00"), "two decimal places on the wire: " + raw);
    }

    @Test
    void aMeetingConfirmsZeroHoursAndAnAttendeeWithoutCheckInIsAnApprovedMakeUp() throws Exception {
        String id = create(DemoUsers.BRANCH_SECRETARY, runningNow(DemoIds.LAKESIDE_BRANCH_1, "BRANCH_MEMBER_MEETING"));
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("0.50"),
                        "makeUpReason", "会后补录"))))
                .when().post("/api/activities/" + id + "/attendance").then().statusCode(422);
        // no check-in of their own: a make-up, which needs a reason
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString()))))
                .when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("attendees[0].makeUpReason"));
        as(DemoUsers.BRANCH_SECRETARY).config(EXACT).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "makeUpReason", "会后补录"))))
                .when().post("/api/activities/" + id + "/attendance")
                .then().statusCode(200).body("attendees[0].hours", equalTo(new BigDecimal("0.00"))).body("attendees[0].makeUp", equalTo(true));
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/activities/" + id + "/attendance?size=200")
                .then().statusCode(200).body("items.find { it.holderId == '" + ZHANG + "' }.makeUp", equalTo(true))
                .body("items.find { it.holderId == '" + ZHANG + "' }.makeUpApproved", equalTo(true))
                .body("items.find { it.holderId == '" + ZHANG + "' }.checkInMethod", equalTo("CONFIRMATION"))
                .body("items.find { it.holderId == '" + ZHANG + "' }.makeUpReason", equalTo("会后补录"))
                .body("items.find { it.holderId == '" + ZHANG + "' }.absent", equalTo(false));
        JsonNode event = confirmedEvents(id).get(0);
        assertEquals("0.00", event.get("hours").decimalValue().toPlainString());
        assertTrue(event.get("makeUp").asBoolean());
        String raw = outbox(dataSource, id).stream().filter(r -> r[0].equals(CONFIRMED)).map(r -> r[1]).findFirst().orElseThrow();
        assertTrue(raw.contains("\"hours\":0.00"), raw);
    }

    @Test
    void aConfirmationRacedWithItselfIsAnnouncedOncePerAttendee() throws Exception {
        for (int round = 0; round < 3; round++) {
            Map<String, Object> body = runningNow(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE");
            body.put("serviceHours", 3);
            String id = create(DemoUsers.COMMUNITY_ADMIN, body);
            as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
            Map<String, Object> confirmation = Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "makeUpReason", "会后补录"),
                    Map.of("holderId", WANG.toString(), "makeUpReason", "会后补录")));
            List<Integer> codes = concurrently(
                    () -> as(DemoUsers.COMMUNITY_ADMIN).body(confirmation).when().post("/api/activities/" + id + "/attendance").then().extract().statusCode(),
                    () -> as(DemoUsers.STREET_ADMIN).body(confirmation).when().post("/api/activities/" + id + "/attendance").then().extract().statusCode(),
                    () -> as(DemoUsers.DISTRICT_ADMIN).body(confirmation).when().post("/api/activities/" + id + "/attendance").then().extract().statusCode());
            assertTrue(codes.stream().allMatch(c -> c == 200 || c == 409), codes.toString());
            assertTrue(codes.contains(200), codes.toString());
            assertEquals(2, count(dataSource, id, CONFIRMED), "round " + round + ": " + codes);
        }
    }

    // --- absences, eligibility and mine -----------------------------------------------------------------------

    @Test
    void absencesAreDerivedOnceTheActivityEnded() {
        String id = create(DemoUsers.BRANCH_SECRETARY, runningNow(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE"));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + id + "/registrations").then().statusCode(201);
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/activities/" + id + "/attendance?size=200")
                .then().statusCode(200).body("items.find { it.holderId == '" + ZHANG + "' }.absent", equalTo(false));
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/activities/" + id + "/attendance?size=200")
                .then().statusCode(200).body("items.find { it.holderId == '" + ZHANG + "' }.absent", equalTo(true))
                .body("items.holderId", not(hasItem(LI.toString())));
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/activities/" + id + "/attendance?size=200").then().statusCode(200);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/" + id + "/attendance?size=200").then().statusCode(403);
        String hillside = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.HILLSIDE_BRANCH, "PARTY_LECTURE"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + hillside + "/attendance?size=200").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void whoMayAttendFollowsTheActivitysEligibility() {
        Instant later = Instant.now().plus(Duration.ofDays(2));
        Map<String, Object> own = body(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY", later, Duration.ofHours(2));
        own.put("eligibility", List.of("ORGANISATION_MEMBERS"));
        String ownOnly = create(DemoUsers.DISTRICT_ADMIN, own);
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + ownOnly + "/registrations").then().statusCode(201);
        as(MEMBER_LI).when().post("/api/activities/" + ownOnly + "/registrations").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.VOLUNTEER_WANG).when().post("/api/activities/" + ownOnly + "/registrations").then().statusCode(403);

        String subtree = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.LAKESIDE, "THEMED_PARTY_DAY", later, Duration.ofHours(2)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + subtree).then().body("eligibility", equalTo(List.of("SUBTREE_MEMBERS")));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + subtree + "/registrations").then().statusCode(201);
        as(MEMBER_LI).when().post("/api/activities/" + subtree + "/registrations").then().statusCode(403);

        Map<String, Object> community = body(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE", later, Duration.ofHours(2));
        community.put("eligibility", List.of("COMMUNITY_REGISTERED"));
        String registeredOnly = create(DemoUsers.DISTRICT_ADMIN, community);
        memberEvents.consume(HostingEventsFixture.ended(UUID.randomUUID(), LI, DemoIds.LAKESIDE, "COMMUNITY"));
        as(MEMBER_LI).when().post("/api/activities/" + registeredOnly + "/registrations").then().statusCode(403);
        memberEvents.consume(HostingEventsFixture.hosted(UUID.randomUUID(), LI, DemoIds.LAKESIDE, "FLOATING"));
        as(MEMBER_LI).when().post("/api/activities/" + registeredOnly + "/registrations").then().statusCode(403);
        memberEvents.consume(HostingEventsFixture.hosted(UUID.randomUUID(), LI, DemoIds.LAKESIDE, "COMMUNITY"));
        as(MEMBER_LI).when().post("/api/activities/" + registeredOnly + "/registrations").then().statusCode(201);
        as(DemoUsers.VOLUNTEER_WANG).when().post("/api/activities/" + registeredOnly + "/registrations").then().statusCode(403);
        memberEvents.consume(HostingEventsFixture.ended(UUID.randomUUID(), LI, DemoIds.LAKESIDE, "COMMUNITY"));

        String service = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE", later, Duration.ofHours(2)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + service)
                .then().body("eligibility", equalTo(List.of("SUBTREE_MEMBERS", "COMMUNITY_REGISTERED", "VOLUNTEERS")));
        as(DemoUsers.VOLUNTEER_WANG).when().post("/api/activities/" + service + "/registrations").then().statusCode(201);

        Map<String, Object> none = body(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE", later, Duration.ofHours(2));
        none.put("eligibility", List.of());
        as(DemoUsers.DISTRICT_ADMIN).body(none).when().post("/api/activities").then().statusCode(400).body("errors[0].field", equalTo("eligibility"));
        none.put("eligibility", List.of("EVERYONE"));
        as(DemoUsers.DISTRICT_ADMIN).body(none).when().post("/api/activities").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("eligibility"));
    }

    @Test
    void aVolunteerIsKnownOnlyOnceAnnouncedAndANewerAnnouncementIsNotUndone() {
        UUID holder = UUID.randomUUID();
        String newer = VolunteerEventsFixture.registered(UUID.randomUUID(), holder, "新名字", "sub-" + holder, DemoIds.LAKESIDE, 2);
        String older = VolunteerEventsFixture.registered(UUID.randomUUID(), holder, "旧名字", "sub-" + holder, DemoIds.LAKESIDE, 1);
        pointsEvents.consume(newer);
        pointsEvents.consume(older);
        pointsEvents.consume(newer);
        String id = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE"));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("holderId", holder.toString(), "makeUpReason", "会后补录"))))
                .when().post("/api/activities/" + id + "/attendance").then().statusCode(200).body("attendees[0].attendeeKind", equalTo("VOLUNTEER"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id + "/attendance?size=200")
                .then().body("items.find { it.holderId == '" + holder + "' }.name", equalTo("新名字"));
    }

    @Test
    void mineListsRegisteredUpcomingAndAttended() {
        // a day of its own, so only this test's activities fall into the window
        Instant day = ActivityFixtures.dayOfItsOwn();
        String window = "/api/activities/mine?from=" + day + "&to=" + day.plus(Duration.ofDays(1));
        String registered = create(DemoUsers.DISTRICT_ADMIN, forEveryone(day.plusSeconds(3600)));
        String upcoming = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE", day.plusSeconds(7200), Duration.ofHours(1)));
        String elsewhere = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.HILLSIDE_BRANCH, "PARTY_LECTURE", day.plusSeconds(3600), Duration.ofHours(1)));
        as(DemoUsers.MEMBER_ZHANG).when().post("/api/activities/" + registered + "/registrations").then().statusCode(201);

        as(DemoUsers.MEMBER_ZHANG).when().get(window)
                .then().statusCode(200).body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.activity.id", equalTo(List.of(registered, upcoming)))
                .body("items[0].registered", equalTo(true)).body("items[0].upcoming", equalTo(true)).body("items[0].attended", equalTo(false))
                .body("items[0].participation.registration", equalTo("REGISTERED"))
                .body("items[1].registered", equalTo(false)).body("items[1].upcoming", equalTo(true)).body("items[1].participation", nullValue());
        as(DemoUsers.MEMBER_ZHANG).when().get(window + "&relation=REGISTERED").then().statusCode(200).body("items.activity.id", equalTo(List.of(registered)));
        as(DemoUsers.MEMBER_ZHANG).when().get(window + "&relation=UPCOMING").then().statusCode(200).body("total", equalTo(2));
        as(DemoUsers.MEMBER_ZHANG).when().get(window + "&relation=ATTENDED").then().statusCode(200).body("total", equalTo(0));
        as(MEMBER_LI).when().get(window).then().statusCode(200)
                .body("items.activity.id", org.hamcrest.Matchers.containsInAnyOrder(registered, elsewhere));
        as(DemoUsers.VOLUNTEER_WANG).when().get(window).then().statusCode(200).body("items.activity.id", equalTo(List.of(registered)));

        String attended = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY"));
        String code = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + attended + "/check-in-code").then().extract().path("code");
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post("/api/activities/" + attended + "/check-ins").then().statusCode(201);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/mine?relation=ATTENDED&size=200").then().statusCode(200)
                .body("items.activity.id", hasItem(attended)).body("items.activity.id", not(hasItem(registered)));

        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/mine?from=" + day.plus(Duration.ofDays(10)) + "&to=" + day.plus(Duration.ofDays(11)))
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty()).body("total", equalTo(0));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/mine?from=yesterday").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/mine?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/mine?relation=SOMETIME").then().statusCode(400).body("errors[0].field", equalTo("relation"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/mine").then().statusCode(403);
        anonymous().when().get("/api/activities/mine").then().statusCode(401);
    }

    @Test
    void mineIsPagedInTheDatabaseAndCutsNothing() {
        Instant day = ActivityFixtures.dayOfItsOwn();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add(create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE", day.plusSeconds(60L * i), Duration.ofHours(1))));
            // not open to member-zhang: never counted
            create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.HILLSIDE_BRANCH, "PARTY_LECTURE", day.plusSeconds(60L * i), Duration.ofHours(1)));
        }
        String window = "/api/activities/mine?from=" + day + "&to=" + day.plus(Duration.ofDays(1)) + "&size=10";
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(as(DemoUsers.MEMBER_ZHANG).when().get(window + "&page=" + page).then().statusCode(200)
                    .body("total", equalTo(25)).body("page", equalTo(page)).body("size", equalTo(10))
                    .body("items.size()", equalTo(page < 2 ? 10 : 5)).body("items.upcoming", org.hamcrest.Matchers.everyItem(equalTo(true)))
                    .extract().<List<String>>path("items.activity.id"));
        }
        assertEquals(expected, seen, "every activity once, in the order they take place");
        as(DemoUsers.MEMBER_ZHANG).when().get(window + "&page=3").then().statusCode(200).body("items", org.hamcrest.Matchers.empty())
                .body("total", equalTo(25));
    }

    @Test
    void mineIsA404ForALoginLinkedToNobodyHereAsOnEveryMePath() throws Exception {
        String sub = Tokens.subjectOf(MEMBER_LI);
        try {
            linkLi(null);
            as(MEMBER_LI).when().get("/api/activities/mine").then().statusCode(404).contentType(PROBLEM)
                    .body("type", endsWith("/no-linked-member"));
        } finally {
            linkLi(sub);
        }
        as(MEMBER_LI).when().get("/api/activities/mine").then().statusCode(200);
    }

    /** As if member-li's login were not yet linked (its member event on its way), and linked again. */
    private void linkLi(String sub) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement update = c.prepareStatement("UPDATE roster_member SET sub = ? WHERE id = ?")) {
            update.setString(1, sub);
            update.setObject(2, LI);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpointsAndTheirErrors() {
        anonymous().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/activities/{id}/attendance'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "400", "401", "403", "404", "409", "422"))
                .body("paths.'/api/activities/{id}/check-ins'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("201", "400", "403", "409", "422"))
                .body("paths.'/api/activities/{id}/registrations'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("201", "403", "404", "409"))
                .body("paths.'/api/activities/{id}/end'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "403", "404", "409"))
                .body("paths.'/api/activities/{id}/cancel'.post.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "400", "409"))
                .body("paths.'/api/activities/{id}'.patch.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "409", "412", "428"))
                .body("paths.'/api/activities/mine'.get.responses.keySet()", org.hamcrest.Matchers.hasItems("200", "400", "401", "403", "404"))
                .body("components.schemas.Eligibility.description", org.hamcrest.Matchers.containsString("报到"));
    }

    /** Open to members of the whole district and to volunteers, organised by the district. */
    private static Map<String, Object> forEveryone(Instant startsAt) {
        Map<String, Object> body = body(DemoIds.DISTRICT, "VOLUNTEER_SERVICE", startsAt, Duration.ofHours(2));
        body.put("eligibility", List.of("SUBTREE_MEMBERS", "VOLUNTEERS"));
        return body;
    }

    private static BigDecimal northBy(double metres) {
        return BigDecimal.valueOf(30.274085 + Math.toDegrees(metres / Distance.EARTH_RADIUS_METRES));
    }

    private List<JsonNode> confirmedEvents(String activityId) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        for (String[] row : outbox(dataSource, activityId)) {
            if (row[0].equals(CONFIRMED)) {
                // read decimals as decimals, so 2.50 stays 2.50 and is compared as written
                data.add(mapper.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readTree(row[1]).get("data"));
            }
        }
        return data;
    }

    @SafeVarargs
    private static List<Integer> concurrently(Callable<Integer>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : futures) {
                codes.add(f.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
