package cn.dangjian.member.standing;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Standing changes through the API: history, who decided, voting rights in answers and events, every refusal and denial. */
@QuarkusTest
class StandingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void aFullMemberIsPutOnProbationInThePartyAndRestoredWithHistoryAndVotingRights() {
        String id = register("FULL", null);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().body("votingRights", is(true));
        as(DemoUsers.BRANCH_SECRETARY).body(change("PROBATION_IN_PARTY")).when().post(standing(id))
                .then().statusCode(200).body("standing", equalTo("PROBATION_IN_PARTY")).body("votingRights", is(false))
                .body("history", hasSize(1)).body("history[0].from", equalTo("NORMAL")).body("history[0].to", equalTo("PROBATION_IN_PARTY"))
                .body("history[0].decidedBy", equalTo(DemoUsers.BRANCH_SECRETARY))
                .body("history[0].decisionReference", equalTo("湖滨社区党委〔2026〕12号")).body("history[0].effectiveOn", equalTo("2026-11-20"));
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/members/" + id).then().body("votingRights", is(false));
        as(DemoUsers.COMMUNITY_ADMIN).body(change("NORMAL")).when().post(standing(id))
                .then().statusCode(200).body("standing", equalTo("NORMAL")).body("votingRights", is(true)).body("history", hasSize(2))
                .body("history[1].decidedBy", equalTo(DemoUsers.COMMUNITY_ADMIN));
        List<String> events = standingChanged(id);
        assertEquals(2, events.size());
        assertTrue(events.get(0).contains("\"standing\":\"PROBATION_IN_PARTY\"") && events.get(0).contains("\"votingRights\":false"), events.get(0));
        assertTrue(events.get(1).contains("\"standing\":\"NORMAL\"") && events.get(1).contains("\"votingRights\":true"), events.get(1));

        as(DemoUsers.BRANCH_SECRETARY).body(change("NORMAL")).when().post(standing(id))
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/standing-unchanged"));
        as(DemoUsers.BRANCH_SECRETARY).body(change("QUALIFICATION_CANCELLED")).when().post(standing(id))
                .then().statusCode(409).body("type", endsWith("/not-probationary"));
        as(DemoUsers.BRANCH_SECRETARY).body(change("EXPELLED")).when().post(standing(id)).then().statusCode(200).body("votingRights", is(false));
        as(DemoUsers.BRANCH_SECRETARY).body(change("NORMAL")).when().post(standing(id))
                .then().statusCode(409).body("type", endsWith("/standing-change-not-allowed"));
        io.restassured.RestAssured.given().auth().oauth2(Tokens.integration()).when().get(standing(id)).then().statusCode(200).body("history", hasSize(3));
    }

    @Test
    void cancellingAProbationaryMembersQualificationEndsTheirWayToConversion() {
        String id = register("PROBATIONARY", null);
        as(DemoUsers.BRANCH_SECRETARY).body(change("QUALIFICATION_CANCELLED")).when().post(standing(id))
                .then().statusCode(200).body("standing", equalTo("QUALIFICATION_CANCELLED")).body("votingRights", is(false));
        List<String> events = standingChanged(id);
        assertEquals(1, events.size());
        assertTrue(events.get(0).contains("\"standing\":\"QUALIFICATION_CANCELLED\""), events.get(0));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/members/" + id + "/conversion")
                .then().statusCode(409).body("type", endsWith("/standing-not-normal"));
        as(DemoUsers.DISTRICT_ADMIN).body(change("NORMAL")).when().post(standing(id))
                .then().statusCode(409).body("type", endsWith("/standing-change-not-allowed"));
    }

    @Test
    void eachDenialAndInvalidField() {
        String id = register("FULL", null);
        as(DemoUsers.BRANCH2_SECRETARY).body(change("SUSPENDED")).when().post(standing(id)).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH2_SECRETARY).when().get(standing(id)).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).body(change("SUSPENDED")).when().post(standing(id)).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get(standing(id)).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(change("SUSPENDED")).when().post(standing(id)).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get(standing(id)).then().statusCode(200).body("history", hasSize(0));
        as(DemoUsers.DISTRICT_ADMIN).body(change("UNKNOWN")).when().post(standing(id))
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("standing"));
        Map<String, Object> future = change("SUSPENDED");
        future.put("effectiveOn", "2999-01-01");
        as(DemoUsers.DISTRICT_ADMIN).body(future).when().post(standing(id)).then().statusCode(400).body("errors[0].field", equalTo("effectiveOn"));
        Map<String, Object> noReference = change("SUSPENDED");
        noReference.remove("decisionReference");
        as(DemoUsers.DISTRICT_ADMIN).body(noReference).when().post(standing(id)).then().statusCode(400).body("errors[0].field", equalTo("decisionReference"));
        as(DemoUsers.DISTRICT_ADMIN).body(change("SUSPENDED")).when().post(standing(UUID.randomUUID().toString())).then().statusCode(404);
        as(DemoUsers.DISTRICT_ADMIN).when().get(standing(id)).then().statusCode(200).body("standing", equalTo("NORMAL"));
    }

    @Test
    void aRetriedChangeIsRecordedOnce() {
        String id = register("FULL", null);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).body(change("RETAINED")).when().post(standing(id))
                    .then().statusCode(200).body("history", hasSize(1));
        }
        assertEquals(1, standingChanged(id).size());
    }

    @Test
    void probationInThePartyIsForFullMembersCancellingTheQualificationForProbationaryOnes() {
        String probationary = register("PROBATIONARY", null);
        as(DemoUsers.BRANCH_SECRETARY).body(change("PROBATION_IN_PARTY")).when().post(standing(probationary))
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/not-full-member"))
                .body("detail", containsString("QUALIFICATION_CANCELLED"));
        String full = register("FULL", null);
        as(DemoUsers.BRANCH_SECRETARY).body(change("QUALIFICATION_CANCELLED")).when().post(standing(full))
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/not-probationary"))
                .body("detail", containsString("PROBATION_IN_PARTY"));
        as(DemoUsers.DISTRICT_ADMIN).when().get(standing(probationary)).then().statusCode(200).body("standing", equalTo("NORMAL")).body("history", hasSize(0));
        as(DemoUsers.DISTRICT_ADMIN).when().get(standing(full)).then().statusCode(200).body("standing", equalTo("NORMAL")).body("history", hasSize(0));
        assertEquals(0, standingChanged(probationary).size() + standingChanged(full).size());
    }

    @Test
    void answersAndEventsSayWhetherTheMemberIsStillActive() {
        String id = register("FULL", null);
        assertTrue(payloads(id, "dangjian.member.registered.v1").get(0).contains("\"active\":true"));
        as(DemoUsers.BRANCH_SECRETARY).body(change("SUSPENDED")).when().post(standing(id)).then().statusCode(200).body("active", is(true));
        as(DemoUsers.BRANCH_SECRETARY).body(change("EXPELLED")).when().post(standing(id)).then().statusCode(200).body("active", is(false));
        List<String> events = standingChanged(id);
        assertTrue(events.get(0).contains("\"active\":true"), events.get(0));
        assertTrue(events.get(1).contains("\"standing\":\"EXPELLED\"") && events.get(1).contains("\"active\":false"), events.get(1));
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().statusCode(200).body("active", is(false))
                .extract().header("ETag");
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("post", "退休")).when().patch("/api/members/" + id).then().statusCode(200);
        assertTrue(payloads(id, "dangjian.member.updated.v1").get(0).contains("\"active\":false"));

        String cancelled = register("PROBATIONARY", null);
        as(DemoUsers.BRANCH_SECRETARY).body(change("QUALIFICATION_CANCELLED")).when().post(standing(cancelled)).then().statusCode(200).body("active", is(false));
        assertTrue(standingChanged(cancelled).get(0).contains("\"active\":false"));
    }

    static Map<String, Object> change(String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("standing", to);
        body.put("reason", "违反组织纪律");
        body.put("effectiveOn", "2026-11-20");
        body.put("decisionReference", "湖滨社区党委〔2026〕12号");
        return body;
    }

    private static String standing(String id) {
        return "/api/members/" + id + "/standing";
    }

    static String register(String status, String sub) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "王芳");
        body.put("gender", "FEMALE");
        body.put("idNumber", IdNumbers.next());
        body.put("phone", "13712345678");
        body.put("organisationId", DemoIds.LAKESIDE_BRANCH_1.toString());
        body.put("status", status);
        body.put("admittedOn", "2020-07-01");
        if ("FULL".equals(status)) {
            body.put("fullMemberOn", "2021-07-01");
        }
        if (sub != null) {
            body.put("sub", sub);
        }
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    private List<String> standingChanged(String id) {
        return payloads(id, "dangjian.member.standing-changed.v1");
    }

    private List<String> payloads(String id, String type) {
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
