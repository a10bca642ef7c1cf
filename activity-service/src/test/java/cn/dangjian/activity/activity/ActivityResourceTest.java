package cn.dangjian.activity.activity;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.activity.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String STARTS = "2026-11-28T01:00:00Z";
    private static final String ENDS = "2026-11-28T03:00:00Z";
    /** Decimals as BigDecimal, so 2.50 is compared as written and not as a float. */
    private static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void demoTreeIsKnown() {
        // as organisation-service would have announced it; the same event ids each time, so this is idempotent
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void platformAdminCreatesAPublishedActivityAnnouncedThroughTheOutbox() throws Exception {
        Map<String, Object> body = activity(DemoIds.LAKESIDE_BRANCH_1);
        body.put("serviceHours", new BigDecimal("2.5"));
        body.put("location", "湖滨社区党群服务中心");
        body.put("capacity", 40);
        String id = as(DemoUsers.DISTRICT_ADMIN).config(EXACT).body(body)
                .when().post("/api/activities")
                .then().statusCode(201).header("Location", containsString("/api/activities/")).header("ETag", notNullValue())
                .body("organisationId", equalTo(DemoIds.LAKESIDE_BRANCH_1.toString()))
                .body("type", equalTo("THEMED_PARTY_DAY")).body("status", equalTo("PUBLISHED"))
                .body("title", equalTo("十一月主题党日")).body("startsAt", equalTo(STARTS)).body("endsAt", equalTo(ENDS))
                .body("serviceHours", equalTo(new BigDecimal("2.50"))).body("location", equalTo("湖滨社区党群服务中心"))
                .body("capacity", equalTo(40)).body("publishedAt", notNullValue())
                .extract().path("id");
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).body("title", equalTo("十一月主题党日"));
        List<String[]> events = outbox(id);
        assertEquals(1, events.size(), "exactly one event");
        assertEquals("dangjian.activity.published.v1", events.get(0)[0]);
        assertEquals("dangjian.activities", events.get(0)[1]);
        JsonNode envelope = mapper.readTree(events.get(0)[2]);
        assertEquals(id, envelope.get("subject").asText());
        assertEquals("/dangjian/activity-service", envelope.get("source").asText());
        JsonNode data = envelope.get("data");
        assertEquals(id, data.get("id").asText());
        assertEquals(DemoIds.LAKESIDE_BRANCH_1.toString(), data.get("organisationId").asText());
        assertEquals("THEMED_PARTY_DAY", data.get("type").asText());
        assertEquals(STARTS, data.get("startsAt").asText());
        assertEquals(ENDS, data.get("endsAt").asText());
        assertEquals("十一月主题党日", data.get("title").asText());
        assertTrue(data.get("serviceHours").isNumber(), "hours are a JSON number");
        assertEquals(0, new BigDecimal("2.50").compareTo(new BigDecimal(data.get("serviceHours").asText())), data.toString());
    }

    @Test
    void aDraftIsNotAnnounced() throws Exception {
        Map<String, Object> body = activity(DemoIds.LAKESIDE_BRANCH_1);
        body.put("draft", true);
        String id = as(DemoUsers.BRANCH_SECRETARY).body(body).when().post("/api/activities")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("publishedAt", nullValue())
                .extract().path("id");
        assertTrue(outbox(id).isEmpty(), "a draft is not announced");
    }

    @Test
    void invalidFieldsAreNamed() {
        long eventsBefore = count("SELECT count(*) FROM outbox_event");
        Map<String, Object> backwards = activity(DemoIds.LAKESIDE_BRANCH_1);
        backwards.put("endsAt", "2026-11-27T23:00:00Z");
        as(DemoUsers.DISTRICT_ADMIN).body(backwards).when().post("/api/activities")
                .then().statusCode(400).contentType(PROBLEM).body("type", endsWith("/invalid-input"))
                .body("errors[0].field", equalTo("endsAt")).body("errors[0].message", equalTo("must be after startsAt"));
        Map<String, Object> noTitle = activity(DemoIds.LAKESIDE_BRANCH_1);
        noTitle.remove("title");
        as(DemoUsers.DISTRICT_ADMIN).body(noTitle).when().post("/api/activities").then().statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> longTitle = activity(DemoIds.LAKESIDE_BRANCH_1);
        longTitle.put("title", "长".repeat(201));
        as(DemoUsers.DISTRICT_ADMIN).body(longTitle).when().post("/api/activities").then().statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> badType = activity(DemoIds.LAKESIDE_BRANCH_1);
        badType.put("type", "PICNIC");
        as(DemoUsers.DISTRICT_ADMIN).body(badType).when().post("/api/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("type")).body("errors[0].message", containsString("THEMED_PARTY_DAY"));
        Map<String, Object> badInstant = activity(DemoIds.LAKESIDE_BRANCH_1);
        badInstant.put("startsAt", "2026-11-28 09:00");
        as(DemoUsers.DISTRICT_ADMIN).body(badInstant).when().post("/api/activities").then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        Map<String, Object> noEnd = activity(DemoIds.LAKESIDE_BRANCH_1);
        noEnd.remove("endsAt");
        as(DemoUsers.DISTRICT_ADMIN).body(noEnd).when().post("/api/activities").then().statusCode(400).body("errors.field", hasItem("endsAt"));
        for (String hours : List.of("-1", "25", "24.01", "1.234")) {
            Map<String, Object> badHours = activity(DemoIds.LAKESIDE_BRANCH_1);
            badHours.put("serviceHours", new BigDecimal(hours));
            as(DemoUsers.DISTRICT_ADMIN).body(badHours).when().post("/api/activities")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("serviceHours"));
        }
        Map<String, Object> textHours = activity(DemoIds.LAKESIDE_BRANCH_1);
        textHours.put("serviceHours", "two");
        as(DemoUsers.DISTRICT_ADMIN).body(textHours).when().post("/api/activities").then().statusCode(400).body("errors[0].field", equalTo("serviceHours"));
        Map<String, Object> noCapacity = activity(DemoIds.LAKESIDE_BRANCH_1);
        noCapacity.put("capacity", 0);
        as(DemoUsers.DISTRICT_ADMIN).body(noCapacity).when().post("/api/activities").then().statusCode(400).body("errors[0].field", equalTo("capacity"));
        Map<String, Object> badOrganisation = activity(DemoIds.LAKESIDE_BRANCH_1);
        badOrganisation.put("organisationId", "not-a-uuid");
        as(DemoUsers.DISTRICT_ADMIN).body(badOrganisation).when().post("/api/activities").then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).body("{\"title\": ").when().post("/api/activities")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
        assertEquals(eventsBefore, count("SELECT count(*) FROM outbox_event"), "nothing announced for refused requests");
    }

    @Test
    void serviceHoursBoundariesAreAccepted() {
        for (String hours : List.of("0", "24", "0.25")) {
            Map<String, Object> body = activity(DemoIds.LAKESIDE_BRANCH_1);
            body.put("serviceHours", new BigDecimal(hours));
            as(DemoUsers.DISTRICT_ADMIN).config(EXACT).body(body).when().post("/api/activities")
                    .then().statusCode(201).body("serviceHours", equalTo(new BigDecimal(hours).setScale(2)));
        }
    }

    @Test
    void badQueryParametersAreNamed() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?from=yesterday")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?to=2026-13-01T00:00:00Z").then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?type=PICNIC").then().statusCode(400).body("errors[0].field", equalTo("type"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=nope").then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?under=nope").then().statusCode(400).body("errors[0].field", equalTo("under"));
        // an unknown id in a query is a 400 naming the parameter, not a 404 (which is for the path)
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?under=" + UUID.randomUUID()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("under"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=" + UUID.randomUUID()).then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=" + UUID.randomUUID() + "&includeSubtree=true").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?includeSubtree=true").then().statusCode(400).body("errors[0].field", equalTo("includeSubtree"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.LAKESIDE + "&includeSubtree=maybe").then().statusCode(400)
                .body("errors[0].field", equalTo("includeSubtree"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void unknownOrRevokedOrganisationIs422() {
        as(DemoUsers.DISTRICT_ADMIN).body(activity(UUID.randomUUID())).when().post("/api/activities")
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/unknown-reference"))
                .body("errors[0].field", equalTo("organisationId"));
        UUID revoked = UUID.randomUUID();
        organisationEvents.consume(OrganisationEventsFixture.created(revoked, "RV-" + revoked, "已撤销支部", "BRANCH",
                List.of(DemoIds.DISTRICT, DemoIds.STREET, DemoIds.LAKESIDE, revoked)));
        organisationEvents.consume(OrganisationEventsFixture.revoked(UUID.randomUUID(), revoked, "2026-10-01"));
        as(DemoUsers.COMMUNITY_ADMIN).body(activity(revoked)).when().post("/api/activities")
                .then().statusCode(422).contentType(PROBLEM).body("type", endsWith("/organisation-revoked"))
                .body("errors[0].field", equalTo("organisationId"));
    }

    @Test
    void aSuppliedIdIsKeptAndADuplicateIs409() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = activity(DemoIds.LAKESIDE_BRANCH_1);
        body.put("id", id.toString());
        as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/activities").then().statusCode(201).body("id", equalTo(id.toString()));
        long eventsBefore = count("SELECT count(*) FROM outbox_event");
        as(DemoUsers.DISTRICT_ADMIN).body(body).when().post("/api/activities")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/duplicate-id"));
        assertEquals(eventsBefore, count("SELECT count(*) FROM outbox_event"));
    }

    @Test
    void orgAdminCreatesAndReadsInsideTheirSubtreeOnly() {
        String own = create(DemoUsers.COMMUNITY_ADMIN, activity(DemoIds.LAKESIDE_BRANCH_2));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + own).then().statusCode(200);
        as(DemoUsers.COMMUNITY_ADMIN).body(activity(DemoIds.HILLSIDE_BRANCH)).when().post("/api/activities")
                .then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).body(activity(DemoIds.LAKESIDE_BRANCH_2)).when().post("/api/activities").then().statusCode(403);
        as(DemoUsers.BRANCH_SECRETARY).body(activity(DemoIds.LAKESIDE)).when().post("/api/activities").then().statusCode(403);
        String hillside = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.HILLSIDE_BRANCH));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities/" + hillside).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities?under=" + DemoIds.HILLSIDE).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.HILLSIDE_BRANCH).then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.STREET_ADMIN).when().get("/api/activities/" + hillside).then().statusCode(200);
    }

    @Test
    void onlyAdministratorsCreateAndAnonymousCallersGet401() {
        as(DemoUsers.MEMBER_ZHANG).body(activity(DemoIds.LAKESIDE_BRANCH_1)).when().post("/api/activities").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.VOLUNTEER_WANG).body(activity(DemoIds.LAKESIDE_BRANCH_1)).when().post("/api/activities").then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).body(activity(DemoIds.LAKESIDE_BRANCH_1)).when().post("/api/activities").then().statusCode(403).contentType(PROBLEM);
        as(DemoUsers.MERCHANT_CHEN).when().get("/api/activities").then().statusCode(403);
        String id = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.LAKESIDE_BRANCH_1));
        anonymous().when().get("/api/activities/" + id).then().statusCode(401).contentType(PROBLEM);
        anonymous().when().get("/api/activities").then().statusCode(401).contentType(PROBLEM);
        anonymous().body(activity(DemoIds.LAKESIDE_BRANCH_1)).when().post("/api/activities").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unknownIdIs404() {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void membersAndVolunteersSeePublishedActivitiesButADraftIsUnknownToThem() {
        String published = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.HILLSIDE_BRANCH));
        Map<String, Object> body = activity(DemoIds.HILLSIDE_BRANCH);
        body.put("draft", true);
        String draft = create(DemoUsers.DISTRICT_ADMIN, body);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/" + published).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/activities/" + published).then().statusCode(200);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities/" + draft)
                .then().statusCode(404).contentType(PROBLEM).body("detail", not(containsString("draft")));
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/activities/" + draft).then().statusCode(404);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/activities/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/activities/" + draft).then().statusCode(200);
    }

    @Test
    void listsAreScopedFilteredAndInTheOrderActivitiesTakePlace() {
        // a day of its own, so only this test's activities fall into the window
        Instant day = Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(3000)));
        String window = "from=" + day + "&to=" + day.plus(Duration.ofDays(1)) + "&size=200";
        String lakesideLate = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.LAKESIDE_BRANCH_2, day.plus(Duration.ofHours(10)), "VOLUNTEER_SERVICE", false));
        String lakesideEarly = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.LAKESIDE_BRANCH_1, day.plus(Duration.ofHours(2)), "PARTY_LECTURE", false));
        String lakesideDraft = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.LAKESIDE_BRANCH_1, day.plus(Duration.ofHours(5)), "PARTY_LECTURE", true));
        String hillside = create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.HILLSIDE_BRANCH, day.plus(Duration.ofHours(1)), "PARTY_LECTURE", false));
        create(DemoUsers.DISTRICT_ADMIN, activity(DemoIds.HILLSIDE_BRANCH, day.plus(Duration.ofDays(1)), "PARTY_LECTURE", false)); // at `to`: outside

        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?" + window)
                .then().statusCode(200).body("total", is(4)).body("items.id", equalTo(List.of(hillside, lakesideEarly, lakesideDraft, lakesideLate)));
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/activities?" + window).then().statusCode(200).body("total", is(4));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities?" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideEarly, lakesideDraft, lakesideLate)));
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/activities?" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideEarly, lakesideDraft)));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities?" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(hillside, lakesideEarly, lakesideLate)))
                .body("items.status", everyItem(equalTo("PUBLISHED")));
        as(DemoUsers.VOLUNTEER_WANG).when().get("/api/activities?type=VOLUNTEER_SERVICE&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideLate)));
        // under: the organisation and its subtree; organisationId: that organisation alone
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?under=" + DemoIds.LAKESIDE + "&type=PARTY_LECTURE&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideEarly, lakesideDraft)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.LAKESIDE + "&" + window)
                .then().statusCode(200).body("total", is(0));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?under=" + DemoIds.LAKESIDE + "&organisationId=" + DemoIds.LAKESIDE_BRANCH_2 + "&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideLate)));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities?under=" + DemoIds.HILLSIDE + "&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(hillside)));
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/activities?organisationId=" + DemoIds.HILLSIDE_BRANCH + "&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(hillside)));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.LAKESIDE_BRANCH_1 + "&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideEarly, lakesideDraft)));
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/activities?under=" + DemoIds.LAKESIDE + "&" + window).then().statusCode(403);
        // v1.1's includeSubtree (deprecated) still works beside organisationId
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.LAKESIDE + "&includeSubtree=true&type=PARTY_LECTURE&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideEarly, lakesideDraft)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.LAKESIDE_BRANCH_1 + "&includeSubtree=false&" + window)
                .then().statusCode(200).body("items.id", equalTo(List.of(lakesideEarly, lakesideDraft)));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/activities?organisationId=" + DemoIds.HILLSIDE + "&includeSubtree=true&" + window)
                .then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?page=1&size=2&" + window.replace("&size=200", ""))
                .then().statusCode(200).body("page", is(1)).body("size", is(2)).body("total", is(4))
                .body("items.id", equalTo(List.of(lakesideDraft, lakesideLate)));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities?from=" + day.plus(Duration.ofDays(2))
                        + "&to=" + day.plus(Duration.ofDays(3)))
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheirErrors() {
        anonymous().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/activities'.post.responses.keySet()", hasItems("201", "400", "401", "403", "409", "422"))
                .body("paths.'/api/activities'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'/api/activities'.get.parameters.find { it.name == 'includeSubtree' }.deprecated", equalTo(true))
                .body("paths.'/api/activities'.get.parameters.find { it.name == 'under' }.deprecated", nullValue())
                .body("paths.'/api/activities/{id}'.get.responses.keySet()", hasItems("200", "401", "403", "404"))
                .body("components.schemas.ActivityType.description", containsString("主题党日"));
    }

    static Map<String, Object> activity(UUID organisation) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisation.toString());
        body.put("type", "THEMED_PARTY_DAY");
        body.put("title", "十一月主题党日");
        body.put("startsAt", STARTS);
        body.put("endsAt", ENDS);
        return body;
    }

    private static Map<String, Object> activity(UUID organisation, Instant startsAt, String type, boolean draft) {
        Map<String, Object> body = activity(organisation);
        body.put("type", type);
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(Duration.ofHours(1)).toString());
        body.put("draft", draft);
        return body;
    }

    private static String create(String user, Map<String, Object> body) {
        return as(user).body(body).when().post("/api/activities").then().statusCode(201).extract().path("id");
    }

    /** event_type, topic and payload of the outbox rows keyed by this activity. */
    private List<String[]> outbox(String activityId) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT event_type, topic, payload FROM outbox_event WHERE event_key = ? ORDER BY seq")) {
            q.setString(1, activityId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
