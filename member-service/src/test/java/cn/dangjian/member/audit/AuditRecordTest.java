package cn.dangjian.member.audit;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Audit records (审计记录) of unmasked reads: for auditors and platform-admin, filtered by actor, member and time. */
@QuarkusTest
class AuditRecordTest {

    private static final String PATH = "/api/members/audit-records";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void everyUnmaskedReadOfAMemberIsListedNewestFirst() {
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "审计");
        body.put("gender", "MALE");
        body.put("idNumber", IdNumbers.next());
        body.put("phone", "13812340000");
        body.put("organisationId", DemoIds.LAKESIDE_BRANCH_1.toString());
        body.put("status", "PROBATIONARY");
        body.put("admittedOn", "2026-03-01");
        String id = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/members/" + id).then().statusCode(200);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/members/" + id).then().statusCode(200); // masked: no audit record

        as(DemoUsers.AUDITOR_ZHAO).queryParam("subjectId", id).when().get(PATH).then().statusCode(200)
                .body("total", equalTo(2)).body("items.purpose", contains("member-detail", "member-registration"))
                .body("items.actor", contains(DemoUsers.BRANCH_SECRETARY, DemoUsers.DISTRICT_ADMIN))
                .body("items[0].actorSub", equalTo(Tokens.subjectOf(DemoUsers.BRANCH_SECRETARY)))
                .body("items[0].actorOrganisationId", equalTo(DemoIds.LAKESIDE_BRANCH_1.toString()));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("subjectId", id).queryParam("actor", DemoUsers.BRANCH_SECRETARY).when().get(PATH)
                .then().statusCode(200).body("total", equalTo(1));
        as(DemoUsers.AUDITOR_ZHAO).queryParam("subjectId", id).queryParam("from", before.toString()).queryParam("to", Instant.now().plusSeconds(60).toString())
                .when().get(PATH).then().statusCode(200).body("total", equalTo(2));
        as(DemoUsers.AUDITOR_ZHAO).queryParam("subjectId", id).queryParam("from", Instant.now().plusSeconds(60).toString())
                .when().get(PATH).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badFiltersAreA400NamingThemAndOnlyAuditorsAndPlatformAdminRead() {
        for (String query : new String[] {"subjectId=abc", "from=yesterday", "to=2026-13-01T00:00:00Z", "actor=" + "a".repeat(101)}) {
            as(DemoUsers.AUDITOR_ZHAO).when().get(PATH + "?" + query).then().statusCode(400)
                    .body("errors[0].field", equalTo(query.substring(0, query.indexOf('='))));
        }
        as(DemoUsers.AUDITOR_ZHAO).queryParam("actor", "a".repeat(100)).when().get(PATH).then().statusCode(200).body("total", equalTo(0));
        // an id in a query that names no member is a 400 naming it, not an empty page
        as(DemoUsers.AUDITOR_ZHAO).queryParam("subjectId", java.util.UUID.randomUUID().toString()).when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("subjectId"));
        as(DemoUsers.AUDITOR_ZHAO).queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(DemoUsers.COMMUNITY_ADMIN).when().get(PATH).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get(PATH).then().statusCode(403);
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get(PATH).then().statusCode(403);
    }
}
