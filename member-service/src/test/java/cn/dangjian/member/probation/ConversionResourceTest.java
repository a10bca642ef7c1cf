package cn.dangjian.member.probation;

import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversion (转正) and probation extension through the API, on both sides of each edge, with each denial. */
@QuarkusTest
class ConversionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ADMITTED = "2025-12-01"; // probation over on 2026-12-01

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        standOn("2027-01-10");
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void theBranchResolvesTheDayProbationEndsAndTheCommunityApproves() throws Exception {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("branchResolutionOn", "2026-11-30")).when().post(conversion(id))
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/probation-not-over"))
                .body("detail", containsString("2026-12-01"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("branchResolutionOn", "2026-12-01", "note", "支部大会全票通过")).when().post(conversion(id))
                .then().statusCode(200).body("conversionState", equalTo("AWAITING_APPROVAL")).body("status", equalTo("PROBATIONARY"))
                .body("probationEndsOn", equalTo("2026-12-01"))
                .body("branchResolution.on", equalTo("2026-12-01")).body("branchResolution.note", equalTo("支部大会全票通过"))
                .body("branchResolution.recordedBy", equalTo(DemoUsers.BRANCH_SECRETARY)).body("approval", nullValue());
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("branchResolutionOn", "2026-12-02")).when().post(conversion(id))
                .then().statusCode(409).body("type", endsWith("/conversion-awaiting-approval"));
        assertEquals(0, converted(id).size(), "no conversion event before the approval");

        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("decidedOn", "2026-12-10")).when().post(conversion(id))
                .then().statusCode(200).body("conversionState", equalTo("APPROVED")).body("status", equalTo("FULL"))
                .body("fullMemberOn", equalTo("2026-12-01")).body("branchResolution.on", equalTo("2026-12-01"))
                .body("approval.on", equalTo("2026-12-10")).body("approval.recordedBy", equalTo(DemoUsers.COMMUNITY_ADMIN));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id)
                .then().statusCode(200).body("status", equalTo("FULL")).body("fullMemberOn", equalTo("2026-12-01")).body("votingRights", is(true));
        List<String> events = converted(id);
        assertEquals(1, events.size());
        assertTrue(events.get(0).contains("\"fullMemberOn\":\"2026-12-01\""), events.get(0));
        assertTrue(events.get(0).contains("\"votingRights\":true"), events.get(0));
        assertTrue(events.get(0).contains("\"organisationId\":\"" + DemoIds.LAKESIDE_BRANCH_1 + "\""), events.get(0));

        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("decidedOn", "2026-12-11")).when().post(conversion(id))
                .then().statusCode(409).body("type", endsWith("/not-probationary"));
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/members/" + id + "/probation")
                .then().statusCode(200).body("conversionState", equalTo("APPROVED"));
    }

    @Test
    void anApproverConvertsAtOnceWithoutABodyOnTheDayProbationEndsButNotTheDayBefore() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        standOn("2026-11-30");
        as(DemoUsers.DISTRICT_ADMIN).when().post(conversion(id))
                .then().statusCode(409).body("type", endsWith("/probation-not-over")).body("detail", containsString("2026-12-01"));
        standOn("2026-12-01");
        as(DemoUsers.DISTRICT_ADMIN).when().post(conversion(id))
                .then().statusCode(200).body("status", equalTo("FULL")).body("fullMemberOn", equalTo("2026-12-01"))
                .body("branchResolution.on", equalTo("2026-12-01")).body("approval.recordedBy", equalTo(DemoUsers.DISTRICT_ADMIN));
        assertEquals(1, converted(id).size());
    }

    @Test
    void anApproverMayRecordBothStepsInOneCall() {
        String id = register(DemoIds.LAKESIDE_BRANCH_2, ADMITTED);
        as(DemoUsers.STREET_ADMIN).body(Map.of("branchResolutionOn", "2026-12-03", "decidedOn", "2026-12-20")).when().post(conversion(id))
                .then().statusCode(200).body("branchResolution.on", equalTo("2026-12-03")).body("approval.on", equalTo("2026-12-20"))
                .body("fullMemberOn", equalTo("2026-12-01"));
    }

    @Test
    void eachDenialOfConversion() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        as(DemoUsers.BRANCH2_SECRETARY).body(Map.of("branchResolutionOn", "2026-12-01")).when().post(conversion(id))
                .then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("branchResolutionOn", "2026-12-01", "decidedOn", "2026-12-02")).when().post(conversion(id))
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("higher organisation"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("branchResolutionOn", "2026-12-01")).when().post(conversion(id)).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(Map.of("branchResolutionOn", "2026-12-01")).when().post(conversion(id)).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/" + register(DemoIds.HILLSIDE_BRANCH, ADMITTED) + "/probation")
                .then().statusCode(403);
        anonymous().when().post(conversion(id)).then().statusCode(401).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().post(conversion(UUID.randomUUID().toString())).then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200).body("status", equalTo("PROBATIONARY"));
    }

    @Test
    void invalidDatesAreNamed() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("note", "x")).when().post(conversion(id))
                .then().statusCode(400).body("errors[0].field", equalTo("branchResolutionOn"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("branchResolutionOn", "2027-01-11")).when().post(conversion(id))
                .then().statusCode(400).body("errors[0].field", equalTo("branchResolutionOn"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("branchResolutionOn", "2026-12-05", "decidedOn", "2026-12-04")).when().post(conversion(id))
                .then().statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("decidedOn", "2027-01-11")).when().post(conversion(id))
                .then().statusCode(400).body("errors[0].field", equalTo("decidedOn"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("decidedOn", "2026-13-01")).when().post(conversion(id))
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void probationIsExtendedOnceBySixToTwelveMonthsAndConversionWaitsForTheNewEnd() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        as(DemoUsers.BRANCH_SECRETARY).body(extension(5)).when().post(extensionOf(id))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("months"));
        as(DemoUsers.BRANCH_SECRETARY).body(extension(13)).when().post(extensionOf(id))
                .then().statusCode(400).body("errors[0].field", equalTo("months"));
        as(DemoUsers.BRANCH2_SECRETARY).body(extension(6)).when().post(extensionOf(id)).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(extension(6)).when().post(extensionOf(id)).then().statusCode(403);
        as(DemoUsers.BRANCH_SECRETARY).body(extension(6)).when().post(extensionOf(id))
                .then().statusCode(200).body("probationEndsOn", equalTo("2027-06-01")).body("extension.months", equalTo(6))
                .body("extension.recordedBy", equalTo(DemoUsers.BRANCH_SECRETARY));
        as(DemoUsers.BRANCH_SECRETARY).body(extension(12)).when().post(extensionOf(id))
                .then().statusCode(409).body("type", endsWith("/probation-already-extended"));

        standOn("2027-06-30");
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("branchResolutionOn", "2027-05-31")).when().post(conversion(id))
                .then().statusCode(409).body("type", endsWith("/probation-not-over")).body("detail", containsString("2027-06-01"));
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("branchResolutionOn", "2027-06-01")).when().post(conversion(id))
                .then().statusCode(200).body("status", equalTo("FULL")).body("approval.on", equalTo("2027-06-30"))
                .body("fullMemberOn", equalTo("2027-06-01"));
        as(DemoUsers.DISTRICT_ADMIN).body(extension(6)).when().post(extensionOf(id))
                .then().statusCode(409).body("type", endsWith("/not-probationary"));
    }

    @Test
    void twelveMonthsIsTheLongestExtension() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        as(DemoUsers.COMMUNITY_ADMIN).body(extension(12)).when().post(extensionOf(id))
                .then().statusCode(200).body("probationEndsOn", equalTo("2027-12-01"));
    }

    @Test
    void aRetriedConversionConvertsOnce() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(Map.of("decidedOn", "2026-12-05"))
                    .when().post(conversion(id)).then().statusCode(200).body("status", equalTo("FULL"));
        }
        assertEquals(1, converted(id).size());
    }

    @Test
    void fullMemberOnIsTheEndOfProbationWhateverDayTheApprovalIsRecorded() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        standOn("2026-11-30");
        as(DemoUsers.COMMUNITY_ADMIN).when().post(conversion(id))
                .then().statusCode(409).body("type", endsWith("/probation-not-over")).body("detail", containsString("2026-12-01"));
        standOn("2027-03-15");
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("branchResolutionOn", "2027-02-01", "decidedOn", "2027-03-15")).when().post(conversion(id))
                .then().statusCode(200).body("status", equalTo("FULL")).body("approval.on", equalTo("2027-03-15"))
                .body("fullMemberOn", equalTo("2026-12-01"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200).body("fullMemberOn", equalTo("2026-12-01"));
        assertTrue(converted(id).get(0).contains("\"fullMemberOn\":\"2026-12-01\""), converted(id).get(0));
    }

    @Test
    void aGeneralBranchRecordsTheResolutionButNeverApproves() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED);
        // the community's organisation (community-admin's) as a general branch (党总支) for this test
        organisationEvents.consume(OrganisationEventsFixture.withEventId(OrganisationEventsFixture.created(DemoIds.LAKESIDE, "QS-LS", "湖滨社区党委",
                "GENERAL_BRANCH", List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE)), UUID.randomUUID()));
        try {
            as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("branchResolutionOn", "2026-12-01", "decidedOn", "2026-12-02")).when().post(conversion(id))
                    .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("general branch"));
            as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("branchResolutionOn", "2026-12-01")).when().post(conversion(id))
                    .then().statusCode(200).body("conversionState", equalTo("AWAITING_APPROVAL")).body("status", equalTo("PROBATIONARY"));
            as(DemoUsers.STREET_ADMIN).body(Map.of("decidedOn", "2026-12-05")).when().post(conversion(id))
                    .then().statusCode(200).body("status", equalTo("FULL")).body("approval.recordedBy", equalTo(DemoUsers.STREET_ADMIN));
        } finally {
            organisationEvents.consume(OrganisationEventsFixture.withEventId(OrganisationEventsFixture.created(DemoIds.LAKESIDE, "QS-LS", "湖滨社区党委",
                    "PARTY_COMMITTEE", List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE)), UUID.randomUUID()));
        }
    }

    @Test
    void nobodyApprovesTheirOwnConversion() throws Exception {
        String sub = Tokens.subjectOf(DemoUsers.COMMUNITY_ADMIN);
        try (Connection c = dataSource.getConnection(); PreparedStatement unlink = c.prepareStatement("UPDATE member SET sub = NULL WHERE sub = ?")) {
            unlink.setString(1, sub);
            unlink.executeUpdate();
        }
        String id = register(DemoIds.LAKESIDE_BRANCH_1, ADMITTED, sub);
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("decidedOn", "2026-12-10")).when().post(conversion(id))
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/same-person"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().body("status", equalTo("PROBATIONARY"));
        as(DemoUsers.STREET_ADMIN).body(Map.of("decidedOn", "2026-12-10")).when().post(conversion(id))
                .then().statusCode(200).body("status", equalTo("FULL"));
    }

    private void standOn(String date) {
        clock.set(LocalDate.parse(date).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private static Map<String, Object> extension(int months) {
        return Map.of("months", months, "decidedOn", "2026-11-20", "reason", "需要进一步考察");
    }

    private static String conversion(String id) {
        return "/api/members/" + id + "/conversion";
    }

    private static String extensionOf(String id) {
        return "/api/members/" + id + "/probation-extension";
    }

    static String register(UUID organisation, String admittedOn) {
        return register(organisation, admittedOn, null);
    }

    static String register(UUID organisation, String admittedOn, String sub) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "李娜");
        body.put("gender", "FEMALE");
        body.put("idNumber", IdNumbers.next());
        body.put("phone", "13912345678");
        body.put("organisationId", organisation.toString());
        body.put("status", "PROBATIONARY");
        body.put("admittedOn", admittedOn);
        if (sub != null) {
            body.put("sub", sub);
        }
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    private List<String> converted(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox_event WHERE event_key = ? AND event_type = 'dangjian.member.converted.v1'")) {
            q.setString(1, id);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
            return payloads;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
