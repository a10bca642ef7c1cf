package cn.dangjian.member.member;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The full record: details on registration, ETag on read, PATCH with If-Match; a member changes only their contact data. */
@QuarkusTest
class MemberRecordTest {

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
    void detailsAreRegisteredReadWithAnETagAndPatchedWithIfMatch() {
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        body.put("ethnicity", "汉族");
        body.put("employer", "湖滨街道办事处");
        body.put("appliedOn", "2024-03-01");
        body.put("activistOn", "2024-09-01");
        body.put("candidateOn", "2025-06-01");
        String id = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201)
                .body("ethnicity", equalTo("汉族")).body("candidateOn", equalTo("2025-06-01")).extract().path("id");
        String etag = as(DemoUsers.BRANCH_SECRETARY).when().get("/api/members/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).body("employer", equalTo("湖滨街道办事处")).extract().header("ETag");

        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("post", "社区网格员")).when().patch("/api/members/" + id)
                .then().statusCode(428).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", "\"999\"").body(Map.of("post", "社区网格员")).when().patch("/api/members/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        Map<String, Object> patch = new HashMap<>();
        patch.put("post", "社区网格员");
        patch.put("lostContactOn", "2026-10-01");
        patch.put("employer", null);
        String newTag = as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(patch).when().patch("/api/members/" + id)
                .then().statusCode(200).body("post", equalTo("社区网格员")).body("lostContactOn", equalTo("2026-10-01"))
                .body("employer", nullValue()).body("ethnicity", equalTo("汉族")).extract().header("ETag");
        assertNotEquals(etag, newTag);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("post", "x")).when().patch("/api/members/" + id)
                .then().statusCode(412);
        assertEquals(1, count(id, "dangjian.member.updated.v1"));
    }

    @Test
    void invalidFieldsAreNamedAndPipelineDatesFollowEachOther() {
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        body.put("activistOn", "2024-09-01");
        body.put("appliedOn", "2024-10-01");
        as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(400).body("errors.field", hasItem("activistOn"));
        String id = register(null);
        String etag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().extract().header("ETag");
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("phone", "123")).when().patch("/api/members/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("idNumber", IdNumbers.next())).when().patch("/api/members/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("veteranOn", "2026-02-30")).when().patch("/api/members/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("veteranOn"));
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", etag).body(Map.of("candidateOn", "2026-05-01")).when().patch("/api/members/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("admittedOn")); // admitted 2025-03-01, before the candidacy
    }

    @Test
    void aMemberChangesTheirOwnPhoneAndAddressAndNothingElse() throws Exception {
        String sub = Tokens.subjectOf(DemoUsers.MEMBER_ZHANG);
        try (Connection c = dataSource.getConnection(); PreparedStatement unlink = c.prepareStatement("UPDATE member SET sub = NULL WHERE sub = ?")) {
            unlink.setString(1, sub);
            unlink.executeUpdate();
        }
        String id = register(sub);
        String etag = as(DemoUsers.MEMBER_ZHANG).when().get("/api/members/" + id).then().statusCode(200).extract().header("ETag");
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", etag).body(Map.of("post", "书记")).when().patch("/api/members/" + id)
                .then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", etag).body(Map.of("phone", "13900001111", "address", "湖滨路1号"))
                .when().patch("/api/members/" + id)
                .then().statusCode(200).body("address", equalTo("湖滨路1号")).body("phone", equalTo("139****1111")).body("masked", is(true));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + id).then().body("phone", equalTo("13900001111"));
        String other = register(null);
        String otherTag = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/members/" + other).then().extract().header("ETag");
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", otherTag).body(Map.of("address", "x")).when().patch("/api/members/" + other)
                .then().statusCode(403);
        as(DemoUsers.BRANCH2_SECRETARY).header("If-Match", otherTag).body(Map.of("address", "x")).when().patch("/api/members/" + other)
                .then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).header("If-Match", otherTag).body(Map.of("address", "x")).when().patch("/api/members/" + other)
                .then().statusCode(403);
        String updated = payload(id, "dangjian.member.updated.v1");
        assertTrue(!updated.contains("13900001111") && updated.contains("\"votingRights\":true"), updated);
    }

    @Test
    void putReplacesEveryDetailAndClearsWhatIsLeftOut() {
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        body.put("ethnicity", "汉族");
        body.put("employer", "湖滨街道办事处");
        body.put("lostContactOn", "2026-01-05");
        String id = as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
        String etag = as(DemoUsers.BRANCH_SECRETARY).when().get("/api/members/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> record = Map.of("phone", "13900002222", "address", "湖滨路 1 号", "post", "楼栋长");

        as(DemoUsers.BRANCH_SECRETARY).body(record).when().put("/api/members/" + id).then().statusCode(428).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", "\"999\"").body(record).when().put("/api/members/" + id).then().statusCode(412);
        as(DemoUsers.BRANCH2_SECRETARY).header("If-Match", etag).body(record).when().put("/api/members/" + id).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).header("If-Match", etag).body(record).when().put("/api/members/" + id).then().statusCode(403);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("address", "x")).when().put("/api/members/" + id)
                .then().statusCode(400).body("errors.field", hasItem("phone"));
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("phone", "13900002222", "name", "改名"))
                .when().put("/api/members/" + id).then().statusCode(400).body("errors.field", hasItem("name"));
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", "\"0\"").body(record).when().put("/api/members/" + java.util.UUID.randomUUID())
                .then().statusCode(404);

        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(record).when().put("/api/members/" + id).then().statusCode(200)
                .body("phone", equalTo("13900002222")).body("address", equalTo("湖滨路 1 号")).body("post", equalTo("楼栋长"))
                .body("ethnicity", nullValue()).body("employer", nullValue()).body("lostContactOn", nullValue())
                .body("name", equalTo("张伟")).header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
    }

    @Test
    void anUnknownMemberIs404() {
        as(DemoUsers.DISTRICT_ADMIN).header("If-Match", "\"0\"").body(Map.of("post", "x"))
                .when().patch("/api/members/" + java.util.UUID.randomUUID()).then().statusCode(404).body("type", endsWith("/not-found"));
    }

    private static String register(String sub) {
        Map<String, Object> body = MemberResourceTest.member(IdNumbers.next(), DemoIds.LAKESIDE_BRANCH_1);
        body.put("status", "FULL");
        body.put("admittedOn", "2025-03-01");
        body.put("fullMemberOn", "2026-03-02");
        if (sub != null) {
            body.put("sub", sub);
        }
        return as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/members").then().statusCode(201).extract().path("id");
    }

    private long count(String id, String type) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE event_key = ? AND event_type = ?")) {
            q.setString(1, id);
            q.setString(2, type);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String payload(String id, String type) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT payload FROM outbox_event WHERE event_key = ? AND event_type = ? ORDER BY seq DESC")) {
            q.setString(1, id);
            q.setString(2, type);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
