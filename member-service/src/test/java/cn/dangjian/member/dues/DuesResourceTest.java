package cn.dangjian.member.dues;

import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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

/**
 * Dues through the API, on a fixed day (2026-11-15, China time): declarations and their amounts, payments within the
 * 6-month window (6 allowed, 7th a 422), retries, receipts in the app, reductions with four eyes, arrears and dues
 * returned per subtree, and each denial.
 */
@QuarkusTest
public class DuesResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @BeforeEach
    void standOnTheFifteenthOfNovember() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        clock.set(LocalDate.of(2026, 11, 15).atTime(12, 0).atZone(CHINA).toInstant());
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void eachCategoryDeclaresAndTheAmountFollowsTheBands() {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, null);
        String location = as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "3000.01", null, "2026-11")).when().post(declarations(id))
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString(declarations(id) + "/"))
                .body("monthlyAmount", equalTo("30.00")).body("monthlyIncome", equalTo("3000.01")).body("effectiveFrom", equalTo("2026-11"))
                .extract().header("Location");
        as(DemoUsers.COMMUNITY_ADMIN).when().get(location).then().statusCode(200).body("category", equalTo("IN_SERVICE"))
                .body("monthlyIncome", equalTo("3000.01")).body("declaredBy", equalTo(DemoUsers.BRANCH_SECRETARY));
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get(location).then().statusCode(200).body("monthlyIncome", nullValue());
        as(DemoUsers.BRANCH2_SECRETARY).when().get(location).then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get(declarations(id) + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("RETIRED", "5000.00", null, "2026-12")).when().post(declarations(id))
                .then().statusCode(201).body("monthlyAmount", equalTo("25.00"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("FARMER", null, "1.00", "2027-01")).when().post(declarations(id))
                .then().statusCode(201).body("monthlyAmount", equalTo("1.00")).body("monthlyIncome", nullValue());
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("MINIMUM_INCOME", null, null, "2027-02")).when().post(declarations(id))
                .then().statusCode(201).body("monthlyAmount", equalTo("0.20"));
        // paid up to the month before admission (2020-07), from registration on: declaring moves nothing
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(id)).then().statusCode(200)
                .body("paidUpTo", equalTo("2020-06")).body("currentMonth", equalTo("2026-11")).body("monthlyAmount", equalTo("30.00"))
                .body("declarations", hasSize(4)).body("declarations[0].monthlyIncome", equalTo("3000.01"))
                .body("declarations[3].state", equalTo("ACCEPTED")).body("declarations[3].decidedBy", equalTo(DemoUsers.BRANCH_SECRETARY));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().body("paidUpTo", equalTo("2020-06"));
        // auditors read dues but never a declared income
        as(DemoUsers.AUDITOR_ZHAO).when().get(dues(id)).then().statusCode(200).body("declarations[0].monthlyIncome", nullValue())
                .body("declarations[0].monthlyAmount", equalTo("30.00"));
        List<String> declared = events(id, "dangjian.member.dues-declared.v1");
        assertEquals(4, declared.size());
        assertTrue(declared.get(0).contains("\"paidUpTo\":\"2020-06\""), declared.get(0));
        assertFalse(declared.stream().anyMatch(e -> e.contains("3000.01") || e.contains("300001") || e.contains("Income")), "no income leaves the service");

        as(DemoUsers.BRANCH_SECRETARY).body(declaration("FARMER", null, "0.19", "2026-11")).when().post(declarations(id))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("declaredAmount"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("FARMER", null, "1.01", "2026-11")).when().post(declarations(id))
                .then().statusCode(400).body("errors[0].field", equalTo("declaredAmount"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("FARMER", "800.00", "0.50", "2026-11")).when().post(declarations(id))
                .then().statusCode(400).body("errors[0].field", equalTo("monthlyIncome"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", null, null, "2026-11")).when().post(declarations(id))
                .then().statusCode(400).body("errors[0].field", equalTo("monthlyIncome"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "3000.001", null, "2026-11")).when().post(declarations(id))
                .then().statusCode(400).body("errors[0].field", equalTo("monthlyIncome"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "3000.00", null, "2020-06")).when().post(declarations(id))
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "3000.00", null, "2026-13")).when().post(declarations(id))
                .then().statusCode(400).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("PENSIONER", "3000.00", null, "2026-11")).when().post(declarations(id))
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aPaymentReachesSixMonthsAheadAndTheSeventhIsRefused() {
        String id = declared(DemoIds.LAKESIDE_BRANCH_1, "8500.00", "2026-11"); // 127.50 a month
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-06")).when().post(payments(id))
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/dues-payment-window"))
                .body("errors[0].field", equalTo("throughMonth"));
        JsonPath receipt = as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-05", "amount", "892.50")).when().post(payments(id))
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString(payments(id) + "/"))
                .body("fromMonth", equalTo("2026-11")).body("throughMonth", equalTo("2027-05")).body("months", is(7))
                .body("amount", equalTo("892.50")).body("lines", hasSize(7)).body("lines[0].amount", equalTo("127.50"))
                .body("paidOn", equalTo("2026-11-15")).body("receivedBy", equalTo(DemoUsers.BRANCH_SECRETARY))
                .extract().jsonPath();
        assertTrue(receipt.getString("receiptNumber").startsWith("DJ-20261115-"));
        as(DemoUsers.DISTRICT_ADMIN).when().get(payments(id) + "/" + receipt.getString("id")).then().statusCode(200)
                .body("receiptNumber", equalTo(receipt.getString("receiptNumber")));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().body("paidUpTo", equalTo("2027-05"));
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(id)).then().body("paidUpTo", equalTo("2027-05")).body("monthsInArrears", is(0));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-06")).when().post(payments(id))
                .then().statusCode(422).body("type", endsWith("/dues-payment-window"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-05")).when().post(payments(id))
                .then().statusCode(409).body("type", endsWith("/dues-already-paid"));
        List<String> paid = events(id, "dangjian.member.dues-paid.v1");
        assertEquals(1, paid.size());
        assertTrue(paid.get(0).contains("\"paidUpTo\":\"2027-05\"") && paid.get(0).contains("\"months\":7"), paid.get(0));
        assertFalse(paid.get(0).contains("892.50") || paid.get(0).contains("89250"), "no amounts in events: " + paid.get(0));
    }

    @Test
    void arrearsOlderThanSixMonthsArePaidOnlyAsABackPaymentWithAReason() {
        String id = declared(DemoIds.LAKESIDE_BRANCH_1, "2000.00", "2026-03"); // 10.00 a month; paid up to 2026-02
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(id)).then().body("monthsInArrears", is(8));
        // March and April are more than 6 months before November: no ordinary payment covers them, however it is split
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-08")).when().post(payments(id))
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/dues-payment-window"))
                .body("detail", org.hamcrest.Matchers.containsString("2026-05")).body("errors[0].field", equalTo("throughMonth"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-03")).when().post(payments(id))
                .then().statusCode(422).body("type", endsWith("/dues-payment-window"));
        // the branch records them as a back payment (补交), with the reason on the receipt
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-04", "backPaymentReason", "外出务工, 支部委员会研究同意补交"))
                .when().post(payments(id)).then().statusCode(201).body("months", is(2)).body("amount", equalTo("20.00"))
                .body("backPaymentReason", equalTo("外出务工, 支部委员会研究同意补交"));
        // from 2026-05, 6 months before November, ordinary payments again; a back-payment reason has no place there
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-06", "backPaymentReason", "x")).when().post(payments(id))
                .then().statusCode(400).body("errors[0].field", equalTo("backPaymentReason"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-11", "amount", "1.00")).when().post(payments(id))
                .then().statusCode(422).body("type", endsWith("/amount-mismatch")).body("errors[0].field", equalTo("amount"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-11")).when().post(payments(id))
                .then().statusCode(201).body("fromMonth", equalTo("2026-05")).body("amount", equalTo("70.00")).body("backPaymentReason", nullValue());
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-12", "paidOn", "2026-11-16")).when().post(payments(id))
                .then().statusCode(400).body("errors[0].field", equalTo("paidOn"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of()).when().post(payments(id))
                .then().statusCode(400).body("errors[0].field", equalTo("throughMonth"));
        // the other side of the edge: unpaid since 2026-04, 7 months before November
        String sevenBehind = declared(DemoIds.LAKESIDE_BRANCH_1, "2000.00", "2026-04");
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-04")).when().post(payments(sevenBehind))
                .then().statusCode(422).body("type", endsWith("/dues-payment-window"));
        String sixBehind = declared(DemoIds.LAKESIDE_BRANCH_1, "2000.00", "2026-05");
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-05")).when().post(payments(sixBehind)).then().statusCode(201);
        String undeclared = register(DemoIds.LAKESIDE_BRANCH_1, null);
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-11")).when().post(payments(undeclared))
                .then().statusCode(422).body("type", endsWith("/dues-payment-window")); // owing since 2020
    }

    @Test
    void aDeclarationNeverMovesPaidUpTo() throws Exception {
        // admitted 2024-03; the member declares for themself from 2028-12: that must not say "paid up to 2028-11"
        String mine = linkedMember(DemoUsers.MEMBER_ZHANG, "2024-03-10", null);
        as(DemoUsers.MEMBER_ZHANG).body(declaration("STUDENT", null, null, "2028-12")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("PENDING"));
        as(DemoUsers.MEMBER_ZHANG).body(declaration("IN_SERVICE", "4000.00", null, "2028-12")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("ACCEPTED"));
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "4000.00", null, "2024-03")).when().post(declarations(mine))
                .then().statusCode(201);
        as(DemoUsers.MEMBER_ZHANG).when().get(dues(mine)).then().statusCode(200)
                .body("paidUpTo", equalTo("2024-02")).body("monthsInArrears", is(32)); // 2024-03 to 2026-10
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + mine).then().body("paidUpTo", equalTo("2024-02"));
        // nor does anything else a member may send: paid up to is not a field of their record, nor do they record payments
        String etag = as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + mine).then().statusCode(200).extract().header("ETag");
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", etag).body(Map.of("duesPaidUpTo", "2028-11"))
                .when().patch("/api/members/" + mine).then().statusCode(403);
        String adminEtag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + mine).then().extract().header("ETag");
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", adminEtag).body(Map.of("duesPaidUpTo", "2028-11"))
                .when().patch("/api/members/" + mine).then().statusCode(400).body("errors[0].field", equalTo("duesPaidUpTo"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("throughMonth", "2026-11")).when().post(payments(mine)).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get(dues(mine)).then().body("paidUpTo", equalTo("2024-02"));
        String pending = as(DemoUsers.MEMBER_ZHANG).when().get(dues(mine)).then().extract().path("declarations.find { it.state == 'PENDING' }.id");
        as(DemoUsers.BRANCH_SECRETARY).when().post(declarations(mine) + "/" + pending + "/reject").then().statusCode(200);
        as(DemoUsers.MEMBER_ZHANG).when().get(dues(mine)).then().body("paidUpTo", equalTo("2024-02"));
    }

    @Test
    void paidUpToIsGivenAtRegistrationWithinItsEdgesInChinaTime() {
        // 00:30 on 1 November in China is still 31 October in UTC: the current month is November
        clock.set(LocalDate.of(2026, 11, 1).atTime(0, 30).atZone(CHINA).toInstant());
        String current = register(DemoIds.LAKESIDE_BRANCH_1, null, "2026-11");
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(current)).then().body("paidUpTo", equalTo("2026-11")).body("monthsInArrears", is(0));
        Map<String, Object> future = member(DemoIds.LAKESIDE_BRANCH_1, null, "2020-07-01");
        future.put("duesPaidUpTo", "2026-12");
        as(DemoUsers.BRANCH_SECRETARY).body(future).when().post("/api/members").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("duesPaidUpTo"));
        String earliest = register(DemoIds.LAKESIDE_BRANCH_1, null, "2020-06");
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + earliest).then().body("paidUpTo", equalTo("2020-06"));
        Map<String, Object> beforeAdmission = member(DemoIds.LAKESIDE_BRANCH_1, null, "2020-07-01");
        beforeAdmission.put("duesPaidUpTo", "2020-05");
        as(DemoUsers.BRANCH_SECRETARY).body(beforeAdmission).when().post("/api/members").then().statusCode(400)
                .body("errors[0].field", equalTo("duesPaidUpTo"));
        Map<String, Object> malformed = member(DemoIds.LAKESIDE_BRANCH_1, null, "2020-07-01");
        malformed.put("duesPaidUpTo", "2026-13");
        as(DemoUsers.BRANCH_SECRETARY).body(malformed).when().post("/api/members").then().statusCode(400).body("errors[0].field", equalTo("duesPaidUpTo"));
        // without one: the month before admission, from the start
        as(DemoUsers.BRANCH_SECRETARY).body(member(DemoIds.LAKESIDE_BRANCH_1, null, "2025-01-20")).when().post("/api/members")
                .then().statusCode(201).body("paidUpTo", equalTo("2024-12"));
        // nobody gives it for their own login
        Map<String, Object> own = member(DemoIds.LAKESIDE_BRANCH_1, Tokens.subjectOf(DemoUsers.BRANCH_SECRETARY), "2020-07-01");
        own.put("duesPaidUpTo", "2026-10");
        as(DemoUsers.BRANCH_SECRETARY).body(own).when().post("/api/members").then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/own-record"));
    }

    @Test
    void aMembersOwnMoveIntoTheTwentyFenCategoriesWaitsForAnOrgAdmin() throws Exception {
        String mine = linkedMember(DemoUsers.MEMBER_ZHANG, "2020-07-01", "2026-10");
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "8500.00", null, "2026-11")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("ACCEPTED")).body("decidedBy", nullValue());
        String student = as(DemoUsers.MEMBER_ZHANG).body(declaration("STUDENT", null, null, "2026-12")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("PENDING")).body("monthlyAmount", equalTo("0.20")).extract().path("id");
        // pending: the previous declaration stays in force, nothing is announced
        as(DemoUsers.MEMBER_ZHANG).when().get(dues(mine)).then().body("declarations[1].state", equalTo("PENDING"));
        assertEquals(1, events(mine, "dangjian.member.dues-declared.v1").size());
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/pending-declarations?under=" + DemoIds.LAKESIDE + "&size=200").then().statusCode(200)
                .body("items.find { it.id == '" + student + "' }.memberId", equalTo(mine))
                .body("items.find { it.id == '" + student + "' }.category", equalTo("STUDENT"));
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/dues/pending-declarations?under=" + DemoIds.LAKESIDE_BRANCH_2 + "&size=200").then().statusCode(200)
                .body("items.find { it.id == '" + student + "' }", nullValue());
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/dues/pending-declarations?under=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/dues/pending-declarations?under=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("under"));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/dues/pending-declarations").then().statusCode(403);
        // the member does not approve their own; nor does an org-admin out of scope
        as(DemoUsers.MEMBER_ZHANG).when().post(declarations(mine) + "/" + student + "/approve").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).when().post(declarations(mine) + "/" + student + "/approve").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().post(declarations(mine) + "/" + UUID.randomUUID() + "/approve").then().statusCode(404);
        as(DemoUsers.BRANCH_SECRETARY).when().post(declarations(mine) + "/" + student + "/approve").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("decidedBy", equalTo(DemoUsers.BRANCH_SECRETARY)).body("decidedAt", org.hamcrest.Matchers.notNullValue());
        as(DemoUsers.COMMUNITY_ADMIN).when().post(declarations(mine) + "/" + student + "/reject").then().statusCode(409)
                .body("type", endsWith("/declaration-decided"));
        assertEquals(2, events(mine, "dangjian.member.dues-declared.v1").size());
        // approved: from 2026-12 it is 0.20
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-01")).when().post(payments(mine))
                .then().statusCode(201).body("amount", equalTo("127.90")); // 127.50 + 0.20 + 0.20
        // rejected, it never counts
        String unemployed = as(DemoUsers.MEMBER_ZHANG).body(declaration("UNEMPLOYED", null, null, "2027-02")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("PENDING")).extract().path("id");
        as(DemoUsers.MEMBER_ZHANG).body(declaration("IN_SERVICE", "6000.00", null, "2027-02")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("ACCEPTED")); // other categories a member declares for themself
        as(DemoUsers.COMMUNITY_ADMIN).when().post(declarations(mine) + "/" + unemployed + "/reject").then().statusCode(200).body("state", equalTo("REJECTED"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-02")).when().post(payments(mine))
                .then().statusCode(201).body("amount", equalTo("90.00"));
        // an org-admin in scope declaring for someone else approves by declaring
        String other = declared(DemoIds.LAKESIDE_BRANCH_1, "8500.00", "2026-11");
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("MINIMUM_INCOME", null, null, "2026-12")).when().post(declarations(other))
                .then().statusCode(201).body("state", equalTo("ACCEPTED")).body("decidedBy", equalTo(DemoUsers.BRANCH_SECRETARY));
    }

    /** Declaring an income of 0.00 for oneself must not be an easier way to pay less than a student's 0.20. */
    @Test
    void aMembersOwnDeclarationBelowTwentyFenWaitsForAnOrgAdmin() throws Exception {
        String mine = linkedMember(DemoUsers.MEMBER_ZHANG, "2020-07-01", "2026-10");
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "8500.00", null, "2026-11")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("ACCEPTED"));
        as(DemoUsers.MEMBER_ZHANG).body(declaration("IN_SERVICE", "0.00", null, "2026-12")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("PENDING")).body("monthlyAmount", equalTo("0.00"));
        as(DemoUsers.MEMBER_ZHANG).body(declaration("IN_SERVICE", "38.99", null, "2026-12")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("PENDING")).body("monthlyAmount", equalTo("0.19"));
        // the other side of the edge: 0.20, what a student pays, is the member's to declare
        as(DemoUsers.MEMBER_ZHANG).body(declaration("IN_SERVICE", "39.00", null, "2027-01")).when().post(declarations(mine))
                .then().statusCode(201).body("state", equalTo("ACCEPTED")).body("monthlyAmount", equalTo("0.20"));
        // pending, they do not count: December is still due at 127.50
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-01")).when().post(payments(mine))
                .then().statusCode(201).body("amount", equalTo("255.20")); // 127.50 + 127.50 + 0.20
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/pending-declarations?under=" + DemoIds.LAKESIDE_BRANCH_1 + "&size=200").then()
                .statusCode(200).body("items.findAll { it.memberId == '" + mine + "' }.monthlyAmount", org.hamcrest.Matchers.containsInAnyOrder("0.00", "0.19"));
        // an org-admin in scope declaring it for someone else approves by declaring
        String other = declared(DemoIds.LAKESIDE_BRANCH_1, "8500.00", "2026-11");
        as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "0.00", null, "2026-12")).when().post(declarations(other))
                .then().statusCode(201).body("state", equalTo("ACCEPTED")).body("decidedBy", equalTo(DemoUsers.BRANCH_SECRETARY));
    }

    @Test
    void nobodyActsOnTheirOwnRecord() throws Exception {
        // the branch secretary is also a member of her branch
        String hers = linkedMember(DemoUsers.BRANCH_SECRETARY, "2020-07-01", "2026-08");
        try {
            as(DemoUsers.BRANCH_SECRETARY).body(declaration("IN_SERVICE", "8500.00", null, "2026-09")).when().post(declarations(hers))
                    .then().statusCode(201).body("state", equalTo("ACCEPTED"));
            // no receipt for her own dues in her own hand, back payment or not
            as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-11")).when().post(payments(hers))
                    .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/own-record"));
            as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("throughMonth", "2026-11")).when().post(payments(hers))
                    .then().statusCode(201).body("receivedBy", equalTo(DemoUsers.COMMUNITY_ADMIN));
            // her own move into a 0.20-yuan category waits for someone else, whatever her role
            String student = as(DemoUsers.BRANCH_SECRETARY).body(declaration("STUDENT", null, null, "2026-12")).when().post(declarations(hers))
                    .then().statusCode(201).body("state", equalTo("PENDING")).extract().path("id");
            as(DemoUsers.BRANCH_SECRETARY).when().post(declarations(hers) + "/" + student + "/approve")
                    .then().statusCode(409).body("type", endsWith("/own-record"));
            as(DemoUsers.COMMUNITY_ADMIN).when().post(declarations(hers) + "/" + student + "/approve").then().statusCode(200);
            // nor does she decide a reduction of her own dues, whoever requested it
            Map<String, Object> reduce = Map.of("monthlyAmount", "0.00", "fromMonth", "2027-01", "throughMonth", "2027-03", "reason", "重病住院");
            String byHer = as(DemoUsers.BRANCH_SECRETARY).body(reduce).when().post(reductions(hers)).then().statusCode(201).extract().path("id");
            as(DemoUsers.BRANCH_SECRETARY).when().post(reductions(hers) + "/" + byHer + "/approve").then().statusCode(409);
            String forHer = as(DemoUsers.COMMUNITY_ADMIN).body(reduce).when().post(reductions(hers)).then().statusCode(201).extract().path("id");
            as(DemoUsers.BRANCH_SECRETARY).when().post(reductions(hers) + "/" + forHer + "/approve")
                    .then().statusCode(409).body("type", endsWith("/own-record"));
            as(DemoUsers.STREET_ADMIN).when().post(reductions(hers) + "/" + forHer + "/approve").then().statusCode(200);
        } finally {
            unlink(Tokens.subjectOf(DemoUsers.BRANCH_SECRETARY));
        }
    }

    @Test
    void aRetriedPaymentIsRecordedOnce() {
        String id = declared(DemoIds.LAKESIDE_BRANCH_1, "4000.00", "2026-11");
        String key = UUID.randomUUID().toString();
        String first = null;
        for (int i = 0; i < 2; i++) {
            String receipt = as(DemoUsers.BRANCH_SECRETARY).header("Idempotency-Key", key).body(Map.of("throughMonth", "2027-01"))
                    .when().post(payments(id)).then().statusCode(201).body("amount", equalTo("120.00")).extract().path("id");
            if (first == null) {
                first = receipt;
            }
            assertEquals(first, receipt);
        }
        as(DemoUsers.DISTRICT_ADMIN).when().get(payments(id)).then().statusCode(200).body("total", is(1));
        assertEquals(1, events(id, "dangjian.member.dues-paid.v1").size());
        as(DemoUsers.BRANCH_SECRETARY).header("Idempotency-Key", key).body(Map.of("throughMonth", "2027-02"))
                .when().post(payments(id)).then().statusCode(422);
    }

    @Test
    void aRetriedDeclarationIsRecordedOnceAndNoIncomeIsKeptForReplay() throws Exception {
        String id = register(DemoIds.LAKESIDE_BRANCH_1, null);
        String key = UUID.randomUUID().toString();
        as(DemoUsers.BRANCH_SECRETARY).header("Idempotency-Key", key).body(declaration("IN_SERVICE", "7321.45", null, "2026-11"))
                .when().post(declarations(id)).then().statusCode(201).body("monthlyIncome", equalTo("7321.45")).body("monthlyAmount", equalTo("109.82"));
        as(DemoUsers.BRANCH_SECRETARY).header("Idempotency-Key", key).body(declaration("IN_SERVICE", "7321.45", null, "2026-11"))
                .when().post(declarations(id)).then().statusCode(201).body("monthlyIncome", nullValue()).body("monthlyAmount", equalTo("109.82"));
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(id)).then().body("declarations", hasSize(1));
        assertEquals(1, events(id, "dangjian.member.dues-declared.v1").size());
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM idempotency_key WHERE idem_key = ? AND body LIKE '%7321%'")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the stored answer holds no income");
            }
        }
    }

    @Test
    void theMemberReadsTheirReceiptsInTheApp() throws Exception {
        String sub = Tokens.subjectOf(DemoUsers.MEMBER_ZHANG);
        try (Connection c = dataSource.getConnection();
             PreparedStatement unlink = c.prepareStatement("UPDATE member SET sub = NULL WHERE sub = ?")) {
            unlink.setString(1, sub);
            unlink.executeUpdate();
        }
        String mine = register(DemoIds.LAKESIDE_BRANCH_1, sub, "2026-10");
        // the member declares their own income; a payment is recorded by the branch
        as(DemoUsers.MEMBER_ZHANG).body(declaration("IN_SERVICE", "6000.00", null, "2026-11")).when().post(declarations(mine))
                .then().statusCode(201).body("monthlyAmount", equalTo("90.00"));
        as(DemoUsers.MEMBER_ZHANG).body(Map.of("throughMonth", "2026-11")).when().post(payments(mine)).then().statusCode(403).contentType(PROBLEM);
        String paymentId = as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-12")).when().post(payments(mine))
                .then().statusCode(201).extract().path("id");
        as(DemoUsers.MEMBER_ZHANG).when().get(payments(mine)).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].amount", equalTo("180.00")).body("items[0].memberName", equalTo("王芳"));
        as(DemoUsers.MEMBER_ZHANG).when().get(payments(mine) + "/" + paymentId).then().statusCode(200)
                .body("months", is(2)).body("lines[1].month", equalTo("2026-12"));
        as(DemoUsers.MEMBER_ZHANG).when().get(dues(mine)).then().statusCode(200).body("declarations[0].monthlyIncome", equalTo("6000.00"));
        String other = declared(DemoIds.LAKESIDE_BRANCH_1, "6000.00", "2026-11");
        String othersPayment = as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-11")).when().post(payments(other))
                .then().statusCode(201).extract().path("id");
        as(DemoUsers.MEMBER_ZHANG).when().get(payments(other) + "/" + othersPayment).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get(dues(other)).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(declaration("STUDENT", null, null, "2026-12")).when().post(declarations(other)).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get(payments(mine) + "/" + othersPayment).then().statusCode(404);
    }

    @Test
    void aReductionCountsOnceSomeoneElseApprovesIt() {
        String id = declared(DemoIds.LAKESIDE_BRANCH_1, "8500.00", "2026-11");
        Map<String, Object> request = Map.of("monthlyAmount", "0.20", "fromMonth", "2026-12", "throughMonth", "2027-01", "reason", "重病住院");
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> requested = as(DemoUsers.BRANCH_SECRETARY).body(request)
                .when().post(reductions(id)).then().statusCode(201).body("state", equalTo("REQUESTED"))
                .body("requestedBy", equalTo(DemoUsers.BRANCH_SECRETARY)).extract();
        String reduction = requested.path("id");
        // the 201's Location is served: the reduction, for those who read the member's dues
        String location = requested.header("Location");
        assertTrue(location.endsWith(reductions(id) + "/" + reduction), location);
        as(DemoUsers.COMMUNITY_ADMIN).when().get(location).then().statusCode(200).body("id", equalTo(reduction)).body("state", equalTo("REQUESTED"))
                .body("monthlyAmount", equalTo("0.20")).body("fromMonth", equalTo("2026-12"));
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get(location).then().statusCode(200);
        as(DemoUsers.BRANCH2_SECRETARY).when().get(location).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get(reductions(id) + "/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        // not approved yet: the declared amount still applies
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(id)).then().body("reductions[0].state", equalTo("REQUESTED"));
        as(DemoUsers.BRANCH_SECRETARY).when().post(reductions(id) + "/" + reduction + "/approve")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/same-person"));
        as(DemoUsers.BRANCH2_SECRETARY).when().post(reductions(id) + "/" + reduction + "/approve").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().post(reductions(id) + "/" + reduction + "/approve").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().post(reductions(id) + "/" + reduction + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED")).body("decidedBy", equalTo(DemoUsers.COMMUNITY_ADMIN));
        as(DemoUsers.COMMUNITY_ADMIN).when().post(reductions(id) + "/" + reduction + "/reject")
                .then().statusCode(409).body("type", endsWith("/reduction-decided"));
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2027-02")).when().post(payments(id))
                .then().statusCode(201).body("amount", equalTo("255.40")) // 127.50 + 0.20 + 0.20 + 127.50
                .body("lines[1].amount", equalTo("0.20"));
        as(DemoUsers.COMMUNITY_ADMIN).when().post(reductions(id) + "/" + UUID.randomUUID() + "/approve").then().statusCode(404);
        Map<String, Object> backwards = Map.of("monthlyAmount", "0.20", "fromMonth", "2027-03", "throughMonth", "2027-02", "reason", "x");
        as(DemoUsers.BRANCH_SECRETARY).body(backwards).when().post(reductions(id)).then().statusCode(400).body("errors[0].field", equalTo("throughMonth"));
    }

    @Test
    void eachDenial() {
        String id = declared(DemoIds.LAKESIDE_BRANCH_1, "3000.00", "2026-11");
        Map<String, Object> pay = Map.of("throughMonth", "2026-11");
        as(DemoUsers.BRANCH2_SECRETARY).body(pay).when().post(payments(id)).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).when().get(dues(id)).then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).when().get(payments(id)).then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).body(declaration("STUDENT", null, null, "2026-12")).when().post(declarations(id)).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(pay).when().post(payments(id)).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(declaration("STUDENT", null, null, "2026-12")).when().post(declarations(id)).then().statusCode(403);
        as(DemoUsers.VOLUNTEER_WANG).when().get(dues(id)).then().statusCode(403);
        Map<String, Object> reduce = Map.of("monthlyAmount", "0.20", "fromMonth", "2026-12", "throughMonth", "2026-12", "reason", "困难");
        as(DemoUsers.BRANCH2_SECRETARY).body(reduce).when().post(reductions(id)).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(reduce).when().post(reductions(id)).then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).contentType("application/json").body(pay).when().post(payments(id)).then().statusCode(403);
        String reduction = as(DemoUsers.BRANCH_SECRETARY).body(reduce).when().post(reductions(id)).then().statusCode(201).extract().path("id");
        as(DemoUsers.BRANCH2_SECRETARY).when().post(reductions(id) + "/" + reduction + "/reject").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().post(reductions(id) + "/" + reduction + "/approve").then().statusCode(403);
        as(DemoUsers.BRANCH_SECRETARY).when().post(reductions(id) + "/" + reduction + "/reject").then().statusCode(409);
        as(DemoUsers.DISTRICT_ADMIN).when().post(reductions(id) + "/" + reduction + "/reject").then().statusCode(200).body("state", equalTo("REJECTED"));
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get(dues(id)).then().statusCode(200);
        RestAssured.given().when().get(dues(id)).then().statusCode(401);
        as(DemoUsers.DISTRICT_ADMIN).body(pay).when().post(payments(UUID.randomUUID().toString())).then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get(dues(UUID.randomUUID().toString())).then().statusCode(404);
        as(DemoUsers.DISTRICT_ADMIN).when().get(payments(id) + "/" + UUID.randomUUID()).then().statusCode(404);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/dues/arrears?organisationId=nope").then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        for (String list : new String[] {"/api/dues/arrears?", "/api/dues/returns?period=2026&", "/api/dues/pending-declarations?"}) {
            for (String parameter : new String[] {"under", "organisationId"}) {
                as(DemoUsers.DISTRICT_ADMIN).when().get(list + parameter + "=" + UUID.randomUUID()).then().statusCode(400)
                        .contentType(PROBLEM).body("errors[0].field", equalTo(parameter));
            }
        }
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/dues/arrears?under=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/dues/arrears?organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/dues/returns?period=2026&organisationId=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).when().get("/api/dues/returns?period=2026&under=" + DemoIds.LAKESIDE_BRANCH_1).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/dues/arrears").then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/dues/returns?period=2026-Q5").then().statusCode(400).body("errors[0].field", equalTo("period"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/dues/returns").then().statusCode(400).body("errors[0].field", equalTo("period"));
    }

    @Test
    void arrearsAndDuesReturnedPerSubtreeAddUp() {
        UUID enterprise = UUID.randomUUID();
        UUID enterpriseBranch = UUID.randomUUID();
        UUID community = UUID.randomUUID();
        List<UUID> enterprisePath = List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, enterprise);
        organisationEvents.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), enterprise, "NPE-" + enterprise.toString().substring(0, 8),
                "湖滨科技公司党委", "PARTY_COMMITTEE", "NON_PUBLIC_ENTERPRISE", enterprisePath));
        List<UUID> branchPath = new ArrayList<>(enterprisePath);
        branchPath.add(enterpriseBranch);
        organisationEvents.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), enterpriseBranch, "NPE-B-" + enterprise.toString().substring(0, 8),
                "湖滨科技公司研发党支部", "BRANCH", "NON_PUBLIC_ENTERPRISE", branchPath));
        List<UUID> communityPath = new ArrayList<>(enterprisePath);
        communityPath.add(community);
        organisationEvents.consume(AttendanceEventsFixture.organisationCreated(UUID.randomUUID(), community, "C-" + enterprise.toString().substring(0, 8),
                "某社区党支部", "BRANCH", "COMMUNITY", communityPath));

        String a = declared(enterpriseBranch, "8500.00", "2026-11");   // 127.50
        String b = declared(enterpriseBranch, "2999.99", "2026-11");   // 15.00
        String c = declared(enterprise, "3000.01", "2026-09");         // 30.00, two months in arrears
        String d = declared(community, "10000.01", "2026-11");         // 200.00, not an enterprise
        pay(a, "2027-01");          // 382.50
        pay(b, "2026-11");          // 15.00
        pay(d, "2026-11");          // 200.00
        declared(enterpriseBranch, "0.00", "2026-11");                 // owes nothing yet: the current month is not arrears

        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/arrears?under=" + enterprise).then().statusCode(200)
                .body("total", is(1)).body("items[0].memberId", equalTo(c)).body("items[0].paidUpTo", equalTo("2026-08"))
                .body("items[0].monthsInArrears", is(2)).body("items[0].amountInArrears", equalTo("60.00"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/arrears?organisationId=" + enterpriseBranch).then().statusCode(200).body("total", is(0));
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/dues/arrears?under=" + enterprise).then().statusCode(403);

        // a page like every list (total: how many organisations), with the sums of every line beside it
        JsonPath report = as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/returns?period=2026-Q4&under=" + enterprise)
                .then().statusCode(200).body("period", equalTo("2026-Q4")).body("returnedShare", equalTo("0.85"))
                .body("remittedShare", equalTo("0.15")).body("items", hasSize(2)).body("total", is(2)).body("page", is(0)).body("size", is(20))
                .body("under", equalTo(enterprise.toString())).extract().jsonPath();
        Map<String, Map<String, String>> byOrganisation = new HashMap<>();
        for (Map<String, String> line : report.<Map<String, String>>getList("items")) {
            byOrganisation.put(line.get("organisationId"), line);
            assertAddsUp(line);
        }
        Map<String, String> branchLine = byOrganisation.get(enterpriseBranch.toString());
        assertEquals("397.50", branchLine.get("collected"));
        assertEquals("337.88", branchLine.get("returned"));      // 397.50 × 0.85 = 337.875 → 337.88
        assertEquals("59.62", branchLine.get("remittedUpward"));
        assertEquals("0.00", byOrganisation.get(enterprise.toString()).get("collected"));
        Map<String, String> sums = report.getMap("sums");
        assertAddsUp(sums);
        assertEquals("397.50", sums.get("collected"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/returns?period=2026-10&under=" + enterprise)
                .then().statusCode(200).body("sums.collected", equalTo("0.00"));
        // the page is cut from the lines, the sums stay those of every line
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/returns?period=2026-Q4&size=1&page=1&under=" + enterprise).then().statusCode(200)
                .body("items", hasSize(1)).body("total", is(2)).body("page", is(1)).body("size", is(1)).body("sums.collected", equalTo("397.50"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/returns?period=2026-Q4&page=5&under=" + enterprise).then().statusCode(200)
                .body("items", hasSize(0)).body("total", is(2));
        // that organisation alone: the enterprise's committee collected nothing itself
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/dues/returns?period=2026-Q4&organisationId=" + enterprise).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].organisationId", equalTo(enterprise.toString())).body("total", is(1))
                .body("sums.collected", equalTo("0.00"));
    }

    @Test
    void everyDuesOperationIsDocumented() {
        JsonPath api = RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> operations = Map.ofEntries(
                Map.entry("/api/members/{id}/dues", List.of("get")),
                Map.entry("/api/members/{id}/dues/declarations", List.of("post")),
                Map.entry("/api/members/{id}/dues/declarations/{declarationId}", List.of("get")),
                Map.entry("/api/members/{id}/dues/payments", List.of("get", "post")),
                Map.entry("/api/members/{id}/dues/payments/{paymentId}", List.of("get")),
                Map.entry("/api/members/{id}/dues/reductions", List.of("post")),
                Map.entry("/api/members/{id}/dues/reductions/{reductionId}", List.of("get")),
                Map.entry("/api/members/{id}/dues/reductions/{reductionId}/approve", List.of("post")),
                Map.entry("/api/members/{id}/dues/declarations/{declarationId}/approve", List.of("post")),
                Map.entry("/api/members/{id}/dues/declarations/{declarationId}/reject", List.of("post")),
                Map.entry("/api/dues/pending-declarations", List.of("get")),
                Map.entry("/api/dues/arrears", List.of("get")),
                Map.entry("/api/dues/returns", List.of("get")),
                Map.entry("/api/members/drop-out-risks", List.of("get")));
        operations.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> operation = api.getMap("paths.'" + path + "'." + method);
            org.junit.jupiter.api.Assertions.assertNotNull(operation, method + " " + path);
            assertTrue(((String) operation.get("summary")).matches(".*[\\u4e00-\\u9fa5].*"), "summary with the Chinese term: " + method + " " + path);
            assertTrue(operation.get("description") != null, method + " " + path);
            assertTrue(operation.get("x-roles") != null, "roles documented: " + method + " " + path);
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401") && responses.containsKey("403"), method + " " + path + " " + responses.keySet());
        }));
        assertEquals("string", api.getString("components.schemas.DuesReceipt.properties.amount.type"));
    }

    private static void assertAddsUp(Map<String, String> line) {
        assertEquals(new BigDecimal(line.get("collected")), new BigDecimal(line.get("remittedUpward")).add(new BigDecimal(line.get("returned"))),
                line.toString());
    }

    private static void pay(String id, String through) {
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("throughMonth", through)).when().post(payments(id)).then().statusCode(201);
    }

    /** A member registered in the organisation, paid up to the month before {@code from}, with an in-service declaration from it. */
    public static String declared(UUID organisationId, String income, String from) {
        String id = register(organisationId, null, java.time.YearMonth.parse(from).minusMonths(1).toString());
        as(DemoUsers.DISTRICT_ADMIN).body(declaration("IN_SERVICE", income, null, from)).when().post(declarations(id)).then().statusCode(201);
        return id;
    }

    public static Map<String, Object> declaration(String category, String income, String declaredAmount, String from) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        if (income != null) {
            body.put("monthlyIncome", income);
        }
        if (declaredAmount != null) {
            body.put("declaredAmount", declaredAmount);
        }
        body.put("effectiveFrom", from);
        return body;
    }

    /** A member admitted 2020-07-01, paid up to the month before (derived at registration). */
    public static String register(UUID organisationId, String sub) {
        return register(organisationId, sub, null);
    }

    /** A member admitted 2020-07-01, paid up to {@code paidUpTo} (given at registration) or, without it, 2020-06. */
    public static String register(UUID organisationId, String sub, String paidUpTo) {
        Map<String, Object> body = member(organisationId, sub, "2020-07-01");
        if (paidUpTo != null) {
            body.put("duesPaidUpTo", paidUpTo);
        }
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> member(UUID organisationId, String sub, String admittedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "王芳");
        body.put("gender", "FEMALE");
        body.put("idNumber", IdNumbers.next());
        body.put("phone", "13712345678");
        body.put("organisationId", organisationId.toString());
        body.put("status", "FULL");
        body.put("admittedOn", admittedOn);
        body.put("fullMemberOn", LocalDate.parse(admittedOn).plusYears(1).toString());
        if (sub != null) {
            body.put("sub", sub);
        }
        return body;
    }

    /** A member of branch 1 linked to the demo login {@code user} (any member linked to it before is unlinked). */
    private String linkedMember(String user, String admittedOn, String paidUpTo) throws Exception {
        String sub = Tokens.subjectOf(user);
        unlink(sub);
        Map<String, Object> body = member(DemoIds.LAKESIDE_BRANCH_1, sub, admittedOn);
        if (paidUpTo != null) {
            body.put("duesPaidUpTo", paidUpTo);
        }
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    private void unlink(String sub) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement unlink = c.prepareStatement("UPDATE member SET sub = NULL WHERE sub = ?")) {
            unlink.setString(1, sub);
            unlink.executeUpdate();
        }
    }

    public static String dues(String id) {
        return "/api/members/" + id + "/dues";
    }

    public static String declarations(String id) {
        return dues(id) + "/declarations";
    }

    public static String payments(String id) {
        return dues(id) + "/payments";
    }

    public static String reductions(String id) {
        return dues(id) + "/reductions";
    }

    private List<String> events(String id, String type) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox_event WHERE event_key = ? AND event_type = ? ORDER BY seq")) {
            q.setString(1, id);
            q.setString(2, type);
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
