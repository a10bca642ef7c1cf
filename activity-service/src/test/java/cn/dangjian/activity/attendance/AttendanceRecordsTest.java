package cn.dangjian.activity.attendance;

import static cn.dangjian.activity.activity.ActivityFixtures.body;
import static cn.dangjian.activity.activity.ActivityFixtures.count;
import static cn.dangjian.activity.activity.ActivityFixtures.create;
import static cn.dangjian.activity.activity.ActivityFixtures.outbox;
import static cn.dangjian.activity.attendance.DemoRoster.LI;
import static cn.dangjian.activity.attendance.DemoRoster.MEMBER_LI;
import static cn.dangjian.activity.attendance.DemoRoster.WANG;
import static cn.dangjian.activity.attendance.DemoRoster.ZHANG;
import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.TestClock;
import cn.dangjian.activity.activity.ActivityFixtures;
import cn.dangjian.activity.events.MemberEventsConsumer;
import cn.dangjian.activity.events.OrganisationEventsConsumer;
import cn.dangjian.activity.events.PointsEventsConsumer;
import cn.dangjian.activity.policy.ActivitySettings;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VolunteerEventsFixture;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records no one can forge, over HTTP with real tokens and the service's clock at fixed instants: hours derived from
 * presence (check-in to check-out, rounded down to the quarter hour), check-out proven like check-in, make-ups only
 * with a reason, nobody confirming their own attendance, members whose standing has ended taking part in nothing, and
 * the China-time day of service.
 */
@QuarkusTest
class AttendanceRecordsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CONFIRMED = "dangjian.activity.attendance-confirmed.v1";
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    private static final BigDecimal LAT = new BigDecimal("30.274085");
    private static final BigDecimal LON = new BigDecimal("120.155070");
    /** A member of Lakeside branch 1 whose login is the branch secretary's: an org-admin who is also a member. */
    private static final UUID SECRETARY_AS_MEMBER = UUID.fromString("00000000-0000-4000-8000-00000000a005");

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

    @Inject
    TestClock clock;

    @BeforeEach
    void rosterIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        DemoRoster.feed(memberEvents, pointsEvents);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    // --- hours from presence ----------------------------------------------------------------------------------

    @Test
    void hoursAreThePresenceRoundedDownToTheQuarterHour() throws Exception {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 9, 0);
        String id = volunteerService(DemoUsers.COMMUNITY_ADMIN, DemoIds.LAKESIDE, starts, new BigDecimal("3"));
        clock.set(starts);
        checkIn(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN);
        checkIn(DemoUsers.VOLUNTEER_WANG, id, DemoUsers.COMMUNITY_ADMIN);
        clock.set(starts.plus(Duration.ofMinutes(74)).plusSeconds(59));
        checkOut(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN).then().statusCode(200);
        clock.set(starts.plus(Duration.ofMinutes(75)));
        checkOut(DemoUsers.VOLUNTEER_WANG, id, DemoUsers.COMMUNITY_ADMIN).then().statusCode(200);
        clock.set(starts.plus(Duration.ofHours(3)));
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);

        as(DemoUsers.COMMUNITY_ADMIN).config(EXACT).when().get("/api/activities/" + id + "/attendance?size=200").then().statusCode(200)
                .body("items.find { it.holderId == '" + ZHANG + "' }.presenceHours", equalTo(new BigDecimal("1.00")))
                .body("items.find { it.holderId == '" + WANG + "' }.presenceHours", equalTo(new BigDecimal("1.25")));
        // the organiser leaves the hours out: each is credited what the presence allows, not the activity's 3 hours
        as(DemoUsers.COMMUNITY_ADMIN).config(EXACT)
                .body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString()), Map.of("holderId", WANG.toString()))))
                .when().post("/api/activities/" + id + "/attendance").then().statusCode(200)
                .body("attendees[0].hours", equalTo(new BigDecimal("1.00"))).body("attendees[0].makeUp", equalTo(false))
                .body("attendees[1].hours", equalTo(new BigDecimal("1.25"))).body("attendees[1].servedOn", equalTo(day.toString()));
        List<JsonNode> events = confirmedEvents(id);
        assertEquals("1.00", of(events, ZHANG).get("hours").decimalValue().toPlainString());
        assertEquals("1.25", of(events, WANG).get("hours").decimalValue().toPlainString());
        assertEquals(day.toString(), of(events, ZHANG).get("servedOn").asText());
    }

    @Test
    void theOrganiserGivesNoMoreHoursThanThePresenceUnlessAMakeUpWithAReason() throws Exception {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 9, 0);
        Map<String, Object> body = body(DemoIds.DISTRICT, "VOLUNTEER_SERVICE", starts, Duration.ofHours(3));
        body.put("serviceHours", new BigDecimal("3"));
        body.put("eligibility", List.of("SUBTREE_MEMBERS", "VOLUNTEERS"));
        String id = create(DemoUsers.DISTRICT_ADMIN, body);
        clock.set(starts);
        checkIn(DemoUsers.MEMBER_ZHANG, id, DemoUsers.DISTRICT_ADMIN);
        checkIn(DemoUsers.VOLUNTEER_WANG, id, DemoUsers.DISTRICT_ADMIN);
        checkIn(MEMBER_LI, id, DemoUsers.DISTRICT_ADMIN);
        clock.set(starts.plus(Duration.ofMinutes(75)));
        checkOut(DemoUsers.MEMBER_ZHANG, id, DemoUsers.DISTRICT_ADMIN).then().statusCode(200);
        // Wang and Li leave without checking out
        clock.set(starts.plus(Duration.ofHours(3)));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        String confirm = "/api/activities/" + id + "/attendance";

        // one quarter of an hour more than the presence, on each side of the edge
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("1.26")))))
                .when().post(confirm).then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/hours-above-presence"))
                .body("detail", startsWith("attendees[0].hours"));
        // no check-out: not even a quarter of an hour; and all or nothing
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("1.25")),
                        Map.of("holderId", WANG.toString(), "hours", new BigDecimal("0.25")))))
                .when().post(confirm).then().statusCode(409).body("type", endsWith("/hours-above-presence"))
                .body("detail", startsWith("attendees[1].hours"));
        assertEquals(0, count(dataSource, id, CONFIRMED), "nothing written for a refused confirmation");
        // a make-up reason must say something
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", LI.toString(), "hours", new BigDecimal("2"), "makeUpReason", "  "))))
                .when().post(confirm).then().statusCode(400).body("errors[0].field", equalTo("attendees[0].makeUpReason"));
        // a make-up with a reason lets the hours go beyond the presence, never beyond the service hours
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", LI.toString(), "hours", new BigDecimal("3.01"),
                        "makeUpReason", "签退时手机没电，组织者现场核实"))))
                .when().post(confirm).then().statusCode(422).body("type", endsWith("/hours-above-service-hours"));

        as(DemoUsers.DISTRICT_ADMIN).config(EXACT).body(Map.of("attendees", List.of(
                        Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("1.25")),
                        Map.of("holderId", WANG.toString()),
                        Map.of("memberId", LI.toString(), "hours", new BigDecimal("3.00"), "makeUpReason", "签退时手机没电，组织者现场核实"))))
                .when().post(confirm).then().statusCode(200)
                .body("attendees[0].hours", equalTo(new BigDecimal("1.25"))).body("attendees[0].makeUp", equalTo(false))
                .body("attendees[1].hours", equalTo(new BigDecimal("0.00"))).body("attendees[1].makeUp", equalTo(false))
                .body("attendees[2].hours", equalTo(new BigDecimal("3.00"))).body("attendees[2].makeUp", equalTo(true));
        as(DemoUsers.DISTRICT_ADMIN).when().get(confirm + "?size=200").then().statusCode(200)
                .body("items.find { it.holderId == '" + LI + "' }.makeUpReason", equalTo("签退时手机没电，组织者现场核实"))
                .body("items.find { it.holderId == '" + LI + "' }.makeUpApproved", equalTo(true))
                .body("items.find { it.holderId == '" + LI + "' }.checkInMethod", equalTo("CODE"))
                .body("items.find { it.holderId == '" + WANG + "' }.presenceHours", nullValue());
        List<JsonNode> events = confirmedEvents(id);
        assertEquals("0.00", of(events, WANG).get("hours").decimalValue().toPlainString(), "without a check-out, no hours");
        assertTrue(of(events, LI).get("makeUp").asBoolean());
    }

    @Test
    void anAttendeeWithoutACheckInIsConfirmedOnlyAsAMakeUpWithAReason() throws Exception {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 19, 0);
        String id = volunteerService(DemoUsers.COMMUNITY_ADMIN, DemoIds.LAKESIDE, starts, new BigDecimal("2"));
        clock.set(starts.plus(Duration.ofHours(3)));
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        // Wang asks for a make-up (补签) with a reason of his own the next day; Zhang never did anything
        clock.set(starts.plus(Duration.ofDays(1)));
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("reason", "手机没电，未能扫码")).when().post("/api/activities/" + id + "/make-up-requests")
                .then().statusCode(201);
        String confirm = "/api/activities/" + id + "/attendance";
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "hours", new BigDecimal("2")))))
                .when().post(confirm).then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("attendees[0].makeUpReason"));
        as(DemoUsers.COMMUNITY_ADMIN).config(EXACT).body(Map.of("attendees", List.of(
                        Map.of("memberId", ZHANG.toString(), "makeUpReason", "组织者现场点名"), Map.of("holderId", WANG.toString()))))
                .when().post(confirm).then().statusCode(200)
                .body("attendees[0].hours", equalTo(new BigDecimal("2.00"))).body("attendees[0].makeUp", equalTo(true))
                .body("attendees[1].hours", equalTo(new BigDecimal("2.00"))).body("attendees[1].makeUp", equalTo(true));
        List<JsonNode> events = confirmedEvents(id);
        // a make-up without a check-in served on the activity's start day (China time), not the day of the request
        assertEquals(day.toString(), of(events, ZHANG).get("servedOn").asText());
        assertEquals(day.toString(), of(events, WANG).get("servedOn").asText());
        as(DemoUsers.COMMUNITY_ADMIN).when().get(confirm + "?size=200").then()
                .body("items.find { it.holderId == '" + ZHANG + "' }.makeUpReason", equalTo("组织者现场点名"))
                .body("items.find { it.holderId == '" + WANG + "' }.makeUpReason", equalTo("手机没电，未能扫码"));
    }

    @Test
    void theDayOfServiceIsTheChinaDayOfTheCheckInEvenAtHalfPastMidnight() throws Exception {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 0, 15);
        String id = volunteerService(DemoUsers.COMMUNITY_ADMIN, DemoIds.LAKESIDE, starts, new BigDecimal("2"));
        Instant halfPastMidnight = china(day, 0, 30);
        assertNotEquals(day, LocalDate.ofInstant(halfPastMidnight, ZoneOffset.UTC), "still the day before in UTC");
        clock.set(halfPastMidnight);
        checkIn(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN);
        clock.set(china(day, 1, 45));
        checkOut(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN).then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).config(EXACT).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString()))))
                .when().post("/api/activities/" + id + "/attendance").then().statusCode(200)
                .body("attendees[0].hours", equalTo(new BigDecimal("1.25"))).body("attendees[0].servedOn", equalTo(day.toString()));
        assertEquals(day.toString(), of(confirmedEvents(id), ZHANG).get("servedOn").asText());
    }

    @Test
    void aMeetingCountsPresenceAtCheckInEvenWithoutACheckOut() throws Exception {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 15, 0);
        String id = create(DemoUsers.BRANCH_SECRETARY, body(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY", starts, Duration.ofHours(2)));
        clock.set(starts);
        checkIn(DemoUsers.MEMBER_ZHANG, id, DemoUsers.BRANCH_SECRETARY);
        clock.set(starts.plus(Duration.ofHours(2)));
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        // attended (organisational life), no hours: no reason needed, no make-up recorded
        as(DemoUsers.BRANCH_SECRETARY).config(EXACT).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString()))))
                .when().post("/api/activities/" + id + "/attendance").then().statusCode(200)
                .body("attendees[0].hours", equalTo(new BigDecimal("0.00"))).body("attendees[0].makeUp", equalTo(false))
                .body("attendees[0].servedOn", equalTo(day.toString()));
        assertEquals(1, count(dataSource, id, CONFIRMED));
    }

    // --- check-in and check-out as a member gaming them would -------------------------------------------------

    @Test
    void checkOutIsProvenLikeCheckInOnceAfterAnInPersonCheckIn() {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 9, 0);
        Map<String, Object> body = body(DemoIds.LAKESIDE, "VOLUNTEER_SERVICE", starts, Duration.ofHours(3));
        body.put("serviceHours", new BigDecimal("3"));
        body.put("latitude", LAT);
        body.put("longitude", LON);
        String id = create(DemoUsers.COMMUNITY_ADMIN, body);
        String out = "/api/activities/" + id + "/check-outs";
        clock.set(starts);
        String code = code(DemoUsers.COMMUNITY_ADMIN, id);
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post(out)
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/not-checked-in"));
        checkIn(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN);
        // a make-up is not a check-in: no presence to end
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("reason", "忘带手机")).when().post("/api/activities/" + id + "/make-up-requests").then().statusCode(201);
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("code", code)).when().post(out).then().statusCode(409).body("type", endsWith("/not-checked-in"));

        clock.set(starts.plus(Duration.ofHours(2)));
        as(DemoUsers.MEMBER_ZHANG).when().post(out).then().statusCode(400).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).body("{}").when().post(out).then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", "AAAAAAAA")).when().post(out)
                .then().statusCode(422).body("type", endsWith("/invalid-check-in-code")).body("errors[0].field", equalTo("code"));
        // the code shown at check-in two hours ago is no proof of being there now
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code)).when().post(out).then().statusCode(422).body("type", endsWith("/invalid-check-in-code"));
        // from home, a kilometre away
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("latitude", LAT.add(new BigDecimal("0.009")), "longitude", LON)).when().post(out)
                .then().statusCode(422).body("type", endsWith("/outside-radius"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("latitude", LAT, "longitude", LON)).when().post(out)
                .then().statusCode(200).body("checkedOutAt", equalTo(clock.instant().toString()));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("latitude", LAT, "longitude", LON)).when().post(out)
                .then().statusCode(409).body("type", endsWith("/already-checked-out"));
        anonymous().body(Map.of("latitude", LAT, "longitude", LON)).when().post(out).then().statusCode(401);
        as(DemoUsers.AUDITOR_ZHAO).body(Map.of("latitude", LAT, "longitude", LON)).when().post(out).then().statusCode(403);
    }

    @Test
    void checkOutClosesHalfAnHourAfterTheEndAndTheCodeIsShownUntilThen() {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 9, 0);
        Instant ends = starts.plus(Duration.ofHours(3));
        String id = volunteerService(DemoUsers.COMMUNITY_ADMIN, DemoIds.LAKESIDE, starts, new BigDecimal("3"));
        clock.set(starts);
        checkIn(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN);
        checkIn(DemoUsers.VOLUNTEER_WANG, id, DemoUsers.COMMUNITY_ADMIN);
        clock.set(ends);
        as(DemoUsers.COMMUNITY_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        Duration within = settings.checkIn().checkOutWithin();
        clock.set(ends.plus(within));
        checkOut(DemoUsers.MEMBER_ZHANG, id, DemoUsers.COMMUNITY_ADMIN).then().statusCode(200);
        String code = code(DemoUsers.COMMUNITY_ADMIN, id);
        clock.set(ends.plus(within).plusSeconds(1));
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("code", code)).when().post("/api/activities/" + id + "/check-outs")
                .then().statusCode(409).body("type", endsWith("/check-out-closed"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + id + "/check-in-code").then().statusCode(409);
        // presence counts until the end, however late the check-out
        as(DemoUsers.COMMUNITY_ADMIN).config(EXACT).when().get("/api/activities/" + id + "/attendance?size=200")
                .then().body("items.find { it.holderId == '" + ZHANG + "' }.presenceHours", equalTo(new BigDecimal("3.00")));
    }

    @Test
    void checkInIsForOneselfOnlyAndNotAfterTheEnd() {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 9, 0);
        Instant ends = starts.plus(Duration.ofHours(3));
        Map<String, Object> body = body(DemoIds.DISTRICT, "VOLUNTEER_SERVICE", starts, Duration.ofHours(3));
        body.put("eligibility", List.of("SUBTREE_MEMBERS", "VOLUNTEERS"));
        String id = create(DemoUsers.DISTRICT_ADMIN, body);
        clock.set(ends);
        String code = code(DemoUsers.DISTRICT_ADMIN, id);
        // a member naming someone else checks in only themself
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("code", code, "memberId", LI.toString(), "holderId", LI.toString()))
                .when().post("/api/activities/" + id + "/check-ins").then().statusCode(201).body("holderId", equalTo(ZHANG.toString()));
        clock.set(ends.plusSeconds(1));
        as(DemoUsers.VOLUNTEER_WANG).body(Map.of("code", code(DemoUsers.DISTRICT_ADMIN, id))).when().post("/api/activities/" + id + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/check-in-closed"));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id + "/attendance?size=200").then().statusCode(200)
                .body("items.find { it.holderId == '" + LI + "' }.checkedInAt", nullValue())
                .body("items.find { it.holderId == '" + LI + "' }.absent", equalTo(true));

        // ended early by the organiser: check-in closes then, whatever endsAt says
        String early = create(DemoUsers.DISTRICT_ADMIN, body);
        clock.set(starts.plus(Duration.ofHours(1)));
        String earlyCode = code(DemoUsers.DISTRICT_ADMIN, early);
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + early + "/end").then().statusCode(200);
        as(MEMBER_LI).body(Map.of("code", earlyCode)).when().post("/api/activities/" + early + "/check-ins")
                .then().statusCode(409).body("type", endsWith("/check-in-closed"));
    }

    // --- four-eyes --------------------------------------------------------------------------------------------

    @Test
    void nobodyConfirmsOrApprovesTheirOwnAttendance() throws Exception {
        String secretarySub = Tokens.subjectOf(DemoUsers.BRANCH_SECRETARY);
        memberEvents.consume(memberEvent(UUID.fromString("00000000-0000-4000-8000-00000000e005"), "registered", SECRETARY_AS_MEMBER,
                "{\"id\":\"" + SECRETARY_AS_MEMBER + "\",\"name\":\"支部书记\",\"organisationId\":\"" + DemoIds.LAKESIDE_BRANCH_1
                        + "\",\"status\":\"FULL\",\"standing\":\"NORMAL\",\"votingRights\":true,\"active\":true,\"admittedOn\":\"2010-07-01\","
                        + "\"gridId\":null,\"sub\":\"" + secretarySub + "\"}"));
        // an org-admin publishes an activity of their branch, attends it, and would confirm themself
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 14, 0);
        String id = create(DemoUsers.BRANCH_SECRETARY, body(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY", starts, Duration.ofHours(2)));
        clock.set(starts.plus(Duration.ofHours(2)));
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        String confirm = "/api/activities/" + id + "/attendance";
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("attendees", List.of(Map.of("memberId", SECRETARY_AS_MEMBER.toString(), "makeUpReason", "本人主持"))))
                .when().post(confirm).then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/own-attendance"))
                .body("detail", startsWith("attendees[0]"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("attendees", List.of(Map.of("memberId", ZHANG.toString(), "makeUpReason", "现场点名"),
                        Map.of("memberId", SECRETARY_AS_MEMBER.toString(), "makeUpReason", "本人主持"))))
                .when().post(confirm).then().statusCode(409).body("type", endsWith("/own-attendance")).body("detail", startsWith("attendees[1]"));
        assertEquals(0, count(dataSource, id, CONFIRMED), "all or nothing");
        // a second person confirms it
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", SECRETARY_AS_MEMBER.toString(), "makeUpReason", "本人主持"))))
                .when().post(confirm).then().statusCode(200);
        assertEquals(1, count(dataSource, id, CONFIRMED));

        // nor through a make-up of their own that they approve themself
        String other = create(DemoUsers.BRANCH_SECRETARY, body(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE", starts, Duration.ofHours(2)));
        pendingMakeUp(other, SECRETARY_AS_MEMBER);
        String approval = "/api/activities/" + other + "/make-up-requests/" + SECRETARY_AS_MEMBER + "/approve";
        as(DemoUsers.BRANCH_SECRETARY).when().post(approval).then().statusCode(409).body("type", endsWith("/own-attendance"));
        as(DemoUsers.COMMUNITY_ADMIN).when().post(approval).then().statusCode(200).body("makeUpApproved", equalTo(true));

        // the same for a volunteer whose login is an org-admin's
        UUID holder = UUID.randomUUID();
        pointsEvents.consume(VolunteerEventsFixture.registered(UUID.randomUUID(), holder, "街道干部", Tokens.subjectOf(DemoUsers.STREET_ADMIN),
                DemoIds.LAKESIDE, 1));
        String service = volunteerService(DemoUsers.STREET_ADMIN, DemoIds.LAKESIDE, starts, new BigDecimal("2"));
        as(DemoUsers.STREET_ADMIN).when().post("/api/activities/" + service + "/end").then().statusCode(200);
        Map<String, Object> volunteer = Map.of("attendees", List.of(Map.of("holderId", holder.toString(), "makeUpReason", "补录")));
        as(DemoUsers.STREET_ADMIN).body(volunteer).when().post("/api/activities/" + service + "/attendance")
                .then().statusCode(409).body("type", endsWith("/own-attendance"));
        as(DemoUsers.COMMUNITY_ADMIN).body(volunteer).when().post("/api/activities/" + service + "/attendance").then().statusCode(200);
    }

    // --- members whose standing has ended ---------------------------------------------------------------------

    @Test
    void aMemberWhoseStandingEndedTakesPartInNothing() throws Exception {
        LocalDate day = aDayOfItsOwn();
        Instant starts = china(day, 9, 0);
        Map<String, Object> body = body(DemoIds.DISTRICT, "VOLUNTEER_SERVICE", starts, Duration.ofHours(3));
        body.put("serviceHours", new BigDecimal("3"));
        body.put("eligibility", List.of("SUBTREE_MEMBERS", "VOLUNTEERS"));
        String attended = create(DemoUsers.DISTRICT_ADMIN, body);
        String untouched = create(DemoUsers.DISTRICT_ADMIN, body);
        clock.set(starts);
        checkIn(MEMBER_LI, attended, DemoUsers.DISTRICT_ADMIN);
        try {
            memberEvents.consume(standingChanged(LI, DemoIds.HILLSIDE_BRANCH, "EXPELLED", true));
            as(MEMBER_LI).when().post("/api/activities/" + untouched + "/registrations")
                    .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/standing-ended"));
            as(MEMBER_LI).body(Map.of("code", code(DemoUsers.DISTRICT_ADMIN, untouched))).when().post("/api/activities/" + untouched + "/check-ins")
                    .then().statusCode(409).body("type", endsWith("/standing-ended"));
            as(MEMBER_LI).body(Map.of("reason", "出差")).when().post("/api/activities/" + untouched + "/leave-requests")
                    .then().statusCode(409).body("type", endsWith("/standing-ended"));
            as(MEMBER_LI).body(Map.of("reason", "忘带手机")).when().post("/api/activities/" + untouched + "/make-up-requests")
                    .then().statusCode(409).body("type", endsWith("/standing-ended"));
            clock.set(starts.plus(Duration.ofHours(1)));
            checkOut(MEMBER_LI, attended, DemoUsers.DISTRICT_ADMIN).then().statusCode(409).body("type", endsWith("/standing-ended"));
            String thatDay = "/api/activities/mine?size=200&from=" + starts.minus(Duration.ofHours(1)) + "&to=" + starts.plus(Duration.ofDays(1));
            as(MEMBER_LI).when().get(thatDay + "&relation=UPCOMING").then().statusCode(200).body("items.activity.id", not(hasItem(untouched)));
            as(MEMBER_LI).when().get(thatDay + "&relation=ATTENDED").then().statusCode(200).body("items.activity.id", hasItem(attended));
            as(MEMBER_LI).when().get(thatDay).then().statusCode(200).body("items.activity.id", equalTo(List.of(attended)))
                    .body("items[0].upcoming", equalTo(false)).body("items[0].attended", equalTo(true));
            as(DemoUsers.MEMBER_ZHANG).when().get(thatDay + "&relation=UPCOMING").then().body("items.activity.id", hasItem(untouched));

            clock.set(starts.plus(Duration.ofHours(3)));
            for (String id : List.of(attended, untouched)) {
                as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
            }
            as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", LI.toString(), "hours", new BigDecimal("1"),
                            "makeUpReason", "现场核实"))))
                    .when().post("/api/activities/" + attended + "/attendance")
                    .then().statusCode(409).body("type", endsWith("/standing-ended")).body("detail", containsString("attendees[0]"));
            assertEquals(0, count(dataSource, attended, CONFIRMED), "nothing credited, no organisational-life record");
            // expected attendees are the active members: an expelled member is not even listed absent
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + untouched + "/attendance?size=200").then().statusCode(200)
                    .body("items.holderId", not(hasItem(LI.toString()))).body("items.holderId", hasItem(ZHANG.toString()));

            // member-service decides: an older event without `active` is read by its standing (compatibility)
            memberEvents.consume(standingChanged(LI, DemoIds.HILLSIDE_BRANCH, "NORMAL", false));
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + untouched + "/attendance?size=200").then().body("items.holderId", hasItem(LI.toString()));
            memberEvents.consume(standingChanged(LI, DemoIds.HILLSIDE_BRANCH, "DROPPED", false));
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + untouched + "/attendance?size=200").then().body("items.holderId", not(hasItem(LI.toString())));
        } finally {
            memberEvents.consume(standingChanged(LI, DemoIds.HILLSIDE_BRANCH, "NORMAL", true));
        }
    }

    @Test
    void theOpenApiDocumentDescribesCheckOutAndConfirmationErrors() {
        anonymous().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/activities/{id}/check-outs'.post.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409", "422"))
                .body("paths.'/api/activities/{id}/check-outs'.post.requestBody.content.'application/json'.schema.'$ref'", endsWith("/CheckOut"))
                .body("components.schemas.ConfirmedAttendee.properties.keySet()", hasItem("makeUpReason"))
                .body("components.schemas.ConfirmedAttendance.properties.keySet()", hasItem("servedOn"))
                .body("components.schemas.Participation.properties.keySet()", hasItem("presenceHours"))
                .body("paths.'/api/activities/{id}/attendance'.post.responses.'409'.description", containsString("own-attendance"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static LocalDate aDayOfItsOwn() {
        return LocalDate.ofInstant(ActivityFixtures.dayOfItsOwn(), ZoneOffset.UTC);
    }

    private static Instant china(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ChinaTime.ZONE).toInstant();
    }

    private static String volunteerService(String organiser, UUID organisation, Instant starts, BigDecimal serviceHours) {
        Map<String, Object> body = body(organisation, "VOLUNTEER_SERVICE", starts, Duration.ofHours(3));
        body.put("serviceHours", serviceHours);
        return create(organiser, body);
    }

    private static String code(String organiser, String activityId) {
        return as(organiser).when().get("/api/activities/" + activityId + "/check-in-code").then().statusCode(200).extract().path("code");
    }

    private static void checkIn(String user, String activityId, String organiser) {
        as(user).body(Map.of("code", code(organiser, activityId))).when().post("/api/activities/" + activityId + "/check-ins")
                .then().statusCode(201);
    }

    private static io.restassured.response.Response checkOut(String user, String activityId, String organiser) {
        return as(user).body(Map.of("code", code(organiser, activityId))).when().post("/api/activities/" + activityId + "/check-outs");
    }

    /** A member's make-up request waiting for approval, as the API records it for a login with the member role. */
    private void pendingMakeUp(String activityId, UUID memberId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO participation (activity_id, holder_id, attendee_kind, member_id, checked_in_at, check_in_method, make_up,
                         make_up_reason, updated_at)
                     VALUES (?, ?, 'MEMBER', ?, now(), 'MAKE_UP', true, '手机没电', now())""")) {
            insert.setObject(1, UUID.fromString(activityId));
            insert.setObject(2, memberId);
            insert.setObject(3, memberId);
            insert.executeUpdate();
        }
    }

    /** member.standing-changed.v1 under a fresh event id; without {@code active} as an older member-service sent it. */
    private static String standingChanged(UUID memberId, UUID organisation, String standing, boolean withActive) {
        String active = withActive ? ",\"active\":" + !List.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED").contains(standing) : "";
        return memberEvent(UUID.randomUUID(), "standing-changed", memberId, "{\"id\":\"" + memberId + "\",\"organisationId\":\"" + organisation
                + "\",\"standing\":\"" + standing + "\",\"votingRights\":false" + active + "}");
    }

    private static String memberEvent(UUID eventId, String what, UUID memberId, String data) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.member." + what + ".v1", memberId, data)
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
    }

    private List<JsonNode> confirmedEvents(String activityId) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        for (String[] row : outbox(dataSource, activityId)) {
            if (row[0].equals(CONFIRMED)) {
                data.add(mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(row[1]).get("data"));
            }
        }
        return data;
    }

    private static JsonNode of(List<JsonNode> events, UUID holderId) {
        return events.stream().filter(e -> e.get("holderId").asText().equals(holderId.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no attendance-confirmed event for " + holderId));
    }
}
