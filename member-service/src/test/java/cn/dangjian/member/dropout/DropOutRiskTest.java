package cn.dangjian.member.dropout;

import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.dangjian.member.dues.DuesResourceTest;
import cn.dangjian.member.events.ActivityEventsConsumer;
import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members at risk of dropping out, on a fixed day (2026-11-15): warned at 3 months and flagged at 6, against 2 and 5,
 * for organisational life (from attendance events fed through the consumer, dated by the day of service) and for dues
 * (months in arrears, as the arrears report counts them); nothing changes a standing.
 */
@QuarkusTest
class DropOutRiskTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String MEETING = "BRANCH_MEMBER_MEETING";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    ActivityEventsConsumer activityEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    private UUID branch;

    @BeforeEach
    void aFreshBranchOnTheFifteenthOfNovember() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        branch = UUID.randomUUID();
        organisationEvents.consume(OrganisationEventsFixture.created(branch, "DO-" + branch.toString().substring(0, 8), "湖滨社区第九党支部", "BRANCH",
                List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, branch)));
        clock.set(LocalDate.of(2026, 11, 15).atTime(12, 0).atZone(CHINA).toInstant());
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void warnAtThreeAndFlagAtSixMonthsAgainstTwoAndFive() {
        String life2 = member("2026-10", "2026-09-15");
        String life3 = member("2026-10", "2026-08-15");
        String life5 = member("2026-10", "2026-06-15");
        String life6 = member("2026-10", "2026-05-15");
        // months without dues are the months in arrears: November is not due yet
        String dues2 = member("2026-08", "2026-11-01");
        String dues3 = member("2026-07", "2026-11-01");
        String dues5 = member("2026-05", "2026-11-01");
        String dues6 = member("2026-04", "2026-11-01");
        // neither counts as organisational life of life6's branch: another branch's meeting, and a volunteer service here
        activityEvents.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), UUID.fromString(life6), DemoIds.HILLSIDE_BRANCH,
                MEETING, "0.00", "2026-11-10T02:00:00Z"));
        activityEvents.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), UUID.fromString(life5), branch,
                "VOLUNTEER_SERVICE", "2.00", "2026-11-10T02:00:00Z"));

        JsonPath page = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/drop-out-risks?under=" + branch)
                .then().statusCode(200).body("total", is(6)).extract().jsonPath();
        Map<String, Map<String, Object>> byMember = byMember(page);
        assertFalse(byMember.containsKey(life2), "2 months without organisational life: not listed");
        assertFalse(byMember.containsKey(dues2), "2 months in arrears: not listed");
        assertRisk(byMember.get(life3), "WARN", "NO_ORGANISATIONAL_LIFE", 3, "2026-08-15", null);
        assertRisk(byMember.get(life5), "WARN", "NO_ORGANISATIONAL_LIFE", 5, "2026-06-15", null);
        assertRisk(byMember.get(life6), "FLAG", "NO_ORGANISATIONAL_LIFE", 6, "2026-05-15", null);
        assertRisk(byMember.get(dues3), "WARN", "NO_DUES", 3, null, "2026-07");
        assertRisk(byMember.get(dues5), "WARN", "NO_DUES", 5, null, "2026-05");
        assertRisk(byMember.get(dues6), "FLAG", "NO_DUES", 6, null, "2026-04");

        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/drop-out-risks?level=FLAG&under=" + branch)
                .then().statusCode(200).body("total", is(2));
        // the branch alone is the branch's members here; its community alone has none of them
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/drop-out-risks?organisationId=" + branch).then().statusCode(200).body("total", is(6));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/drop-out-risks?size=200&organisationId=" + DemoIds.LAKESIDE).then().statusCode(200)
                .body("items.memberId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(life3)));
        // paying brings a member off the list; the platform never changed anyone's standing
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("throughMonth", "2026-11")).when().post(DuesResourceTest.payments(dues3)).then().statusCode(201);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/members/drop-out-risks?under=" + branch).then().statusCode(200).body("total", is(5));
        for (String id : List.of(life3, life5, life6, dues3, dues5, dues6)) {
            as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().body("standing", equalTo("NORMAL"));
        }
    }

    @Test
    void dropOutRiskAndTheArrearsReportCountTheSameMonthsInChinaTime() {
        // 00:30 on 1 November in China (31 October in UTC): November is the current month and not yet due
        clock.set(LocalDate.of(2026, 11, 1).atTime(0, 30).atZone(CHINA).toInstant());
        String five = member("2026-05", "2026-10-20");
        String six = member("2026-04", "2026-10-20");
        JsonPath risks = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/drop-out-risks?under=" + branch)
                .then().statusCode(200).body("total", is(2)).extract().jsonPath();
        assertRisk(byMember(risks).get(five), "WARN", "NO_DUES", 5, null, "2026-05");
        assertRisk(byMember(risks).get(six), "FLAG", "NO_DUES", 6, null, "2026-04");
        JsonPath arrears = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/arrears?under=" + branch)
                .then().statusCode(200).body("total", is(2)).extract().jsonPath();
        assertEquals(5, arrears.getInt("items.find { it.memberId == '" + five + "' }.monthsInArrears"));
        assertEquals(6, arrears.getInt("items.find { it.memberId == '" + six + "' }.monthsInArrears"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get(DuesResourceTest.dues(five)).then().body("currentMonth", equalTo("2026-11"))
                .body("monthsInArrears", is(5));
    }

    @Test
    void organisationalLifeIsDatedByTheDayOfServiceNotOfConfirmation() {
        String served = member("2026-10", null);
        // served on 14 May, confirmed in November: six months without organisational life, not days
        activityEvents.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), UUID.fromString(served), branch, MEETING, "0.00",
                "2026-11-10T02:00:00Z").replace("\"confirmedAt\":", "\"servedOn\":\"2026-05-14\",\"confirmedAt\":"));
        // an older event without servedOn: the China date of confirmedAt (00:30 on 15 August in China)
        String older = member("2026-10", null);
        activityEvents.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), UUID.fromString(older), branch, MEETING, "0.00",
                "2026-08-14T16:30:00Z"));
        Map<String, Map<String, Object>> byMember = byMember(as(DemoUsers.COMMUNITY_ADMIN)
                .when().get("/api/members/drop-out-risks?under=" + branch).then().statusCode(200).extract().jsonPath());
        assertRisk(byMember.get(served), "FLAG", "NO_ORGANISATIONAL_LIFE", 6, "2026-05-14", null);
        assertRisk(byMember.get(older), "WARN", "NO_ORGANISATIONAL_LIFE", 3, "2026-08-15", null);
    }

    @Test
    void anAttendanceFedTwiceIsRecordedOnce() throws Exception {
        String id = member("2026-10", null);
        UUID activity = UUID.randomUUID();
        String event = AttendanceEventsFixture.memberConfirmed(activity, UUID.fromString(id), branch, MEETING, "0.00", "2026-11-01T02:00:00Z");
        activityEvents.consume(event);
        assertEquals(1, attendances(id));
        // the inbox, not the row's key, stops the redelivery: with the row gone, a second delivery must not bring it back
        forgetAttendances(id);
        activityEvents.consume(event);
        assertEquals(0, attendances(id));
        // the same attendance under another event id (a repeated confirmation) is applied, once
        String repeated = OrganisationEventsFixture.withEventId(event, UUID.randomUUID());
        activityEvents.consume(repeated);
        activityEvents.consume(repeated);
        activityEvents.consume(OrganisationEventsFixture.withEventId(event, UUID.randomUUID()));
        assertEquals(1, attendances(id));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/members/drop-out-risks?under=" + branch).then().statusCode(200).body("total", is(0));
    }

    @Test
    void eachDenial() {
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/drop-out-risks?under=" + branch).then().statusCode(403)
                .contentType("application/problem+json");
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/drop-out-risks").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/drop-out-risks?level=SOMETIMES").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/drop-out-risks?under=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("under"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/drop-out-risks?organisationId=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/drop-out-risks?organisationId=" + branch).then().statusCode(403);
        // an org-admin without organisationId gets their own subtree
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/members/drop-out-risks").then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static void assertRisk(Map<String, Object> item, String level, String reason, int months, String lastDate, String lastMonth) {
        org.junit.jupiter.api.Assertions.assertNotNull(item, reason + " " + months + " months: listed");
        assertEquals(level, item.get("level"), item.toString());
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) item.get("reasons");
        assertEquals(1, reasons.size(), item.toString());
        assertEquals(reason, reasons.get(0).get("reason"));
        assertEquals(level, reasons.get(0).get("level"));
        assertEquals(months, reasons.get(0).get("months"));
        assertEquals(lastDate, reasons.get(0).get("lastDate"));
        if (lastMonth == null) {
            assertNull(reasons.get(0).get("lastMonth"));
        } else {
            assertEquals(lastMonth, reasons.get(0).get("lastMonth"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byMember(JsonPath page) {
        Map<String, Map<String, Object>> byMember = new HashMap<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            byMember.put((String) item.get("memberId"), item);
        }
        return byMember;
    }

    /**
     * A member of the branch (admitted 2020-07-01), paid up to {@code paidUpTo} (given at registration), owing 0.20 a
     * month since admission, and a branch meeting attended on {@code attendedOn}.
     */
    private String member(String paidUpTo, String attendedOn) {
        String id = DuesResourceTest.register(branch, null, paidUpTo);
        as(DemoUsers.DISTRICT_ADMIN).body(DuesResourceTest.declaration("STUDENT", null, null, "2020-07"))
                .when().post(DuesResourceTest.declarations(id)).then().statusCode(201);
        if (attendedOn != null) {
            activityEvents.consume(AttendanceEventsFixture.memberConfirmed(UUID.randomUUID(), UUID.fromString(id), branch, MEETING, "0.00",
                    LocalDate.parse(attendedOn).atTime(10, 0).atZone(CHINA).toInstant().toString()));
        }
        return id;
    }

    private void forgetAttendances(String memberId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM organisational_life_attendance WHERE member_id = ?")) {
            delete.setObject(1, UUID.fromString(memberId));
            delete.executeUpdate();
        }
    }

    private int attendances(String memberId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM organisational_life_attendance WHERE member_id = ?")) {
            q.setObject(1, UUID.fromString(memberId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
