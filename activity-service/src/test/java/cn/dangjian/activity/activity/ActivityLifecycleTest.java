package cn.dangjian.activity.activity;

import static cn.dangjian.activity.activity.ActivityFixtures.body;
import static cn.dangjian.activity.activity.ActivityFixtures.count;
import static cn.dangjian.activity.activity.ActivityFixtures.create;
import static cn.dangjian.activity.activity.ActivityFixtures.outbox;
import static cn.dangjian.activity.activity.ActivityFixtures.runningNow;
import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
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
import jakarta.inject.Inject;
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

/** Draft → published → in progress → ended, or cancelled: each move allowed and refused, by hand and by the job. */
@QuarkusTest
class ActivityLifecycleTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ENDED = "dangjian.activity.ended.v1";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LifecycleJob job;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void demoTreeIsKnown() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
    }

    @Test
    void aDraftIsPublishedOnceAndAnnounced() {
        Map<String, Object> draft = runningNow(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE");
        draft.put("draft", true);
        String id = create(DemoUsers.BRANCH_SECRETARY, draft);
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", notNullValue());
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + id + "/publish")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/wrong-transition"));
        assertEquals(1, count(dataSource, id, "dangjian.activity.published.v1"));
    }

    @Test
    void cancellingNeedsAReasonAnnouncesAPublishedOneAndIsFinal() throws Exception {
        String id = create(DemoUsers.COMMUNITY_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_2, "THEMED_PARTY_DAY"));
        as(DemoUsers.COMMUNITY_ADMIN).body("{}").when().post("/api/activities/" + id + "/cancel")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("reason"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("reason", "长".repeat(501))).when().post("/api/activities/" + id + "/cancel")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("reason", "台风预警")).when().post("/api/activities/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("台风预警"));
        for (String move : List.of("cancel", "end", "publish")) {
            as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("reason", "再取消")).when().post("/api/activities/" + id + "/" + move)
                    .then().statusCode(409).body("type", endsWith("/wrong-transition"));
        }
        List<String[]> events = outbox(dataSource, id);
        assertEquals("dangjian.activity.cancelled.v1", events.get(events.size() - 1)[0]);
        JsonNode data = mapper.readTree(events.get(events.size() - 1)[1]).get("data");
        assertEquals("台风预警", data.get("reason").asText());
        assertEquals(DemoIds.LAKESIDE_BRANCH_2.toString(), data.get("organisationId").asText());

        Map<String, Object> draft = runningNow(DemoIds.LAKESIDE_BRANCH_2, "THEMED_PARTY_DAY");
        draft.put("draft", true);
        String cancelledDraft = create(DemoUsers.COMMUNITY_ADMIN, draft);
        as(DemoUsers.COMMUNITY_ADMIN).body(Map.of("reason", "不办了")).when().post("/api/activities/" + cancelledDraft + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertTrue(outbox(dataSource, cancelledDraft).isEmpty(), "a draft was never announced, nor is its cancellation");
    }

    @Test
    void theOrganiserEndsARunningActivityEarlyOnceButNotOneThatHasNotBegun() throws Exception {
        String running = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.HILLSIDE_BRANCH, "PARTY_LECTURE"));
        as(DemoUsers.STREET_ADMIN).when().post("/api/activities/" + running + "/end")
                .then().statusCode(200).body("status", equalTo("ENDED")).body("endedAt", notNullValue());
        as(DemoUsers.STREET_ADMIN).when().post("/api/activities/" + running + "/end")
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/wrong-transition"));
        as(DemoUsers.STREET_ADMIN).body(Map.of("reason", "晚了")).when().post("/api/activities/" + running + "/cancel").then().statusCode(409);
        assertEquals(1, count(dataSource, running, ENDED));
        JsonNode data = mapper.readTree(outbox(dataSource, running).get(1)[1]).get("data");
        assertTrue(data.get("early").asBoolean());

        String future = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.HILLSIDE_BRANCH, "PARTY_LECTURE",
                Instant.now().plus(Duration.ofDays(2)), Duration.ofHours(1)));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + future + "/end")
                .then().statusCode(409).body("type", endsWith("/not-started"));
        assertEquals(0, count(dataSource, future, ENDED));
    }

    @Test
    void theJobMovesActivitiesByTheirTimesIdempotently() {
        Instant day = ActivityFixtures.dayOfItsOwn();
        Instant starts = day.plus(Duration.ofHours(9));
        String id = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY", starts, Duration.ofHours(2)));
        Map<String, Object> draftBody = body(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY", starts, Duration.ofHours(2));
        draftBody.put("draft", true);
        String draft = create(DemoUsers.DISTRICT_ADMIN, draftBody);

        job.advance(starts.minusSeconds(1));
        status(id, "PUBLISHED");
        job.advance(starts);
        status(id, "IN_PROGRESS");
        job.advance(starts.plusSeconds(60));
        status(id, "IN_PROGRESS");
        job.advance(starts.plus(Duration.ofHours(2)).minusMillis(1));
        status(id, "IN_PROGRESS");
        job.advance(starts.plus(Duration.ofHours(2)));
        status(id, "ENDED");
        job.advance(starts.plus(Duration.ofHours(3)));
        status(id, "ENDED");
        status(draft, "DRAFT");
        assertEquals(1, count(dataSource, id, ENDED), "ended is announced exactly once");
        assertEquals(0, outbox(dataSource, draft).size());
    }

    @Test
    void anActivityWhoseEndPassedWhileTheJobWasAwayEndsAtOnce() {
        Instant starts = ActivityFixtures.dayOfItsOwn();
        String id = create(DemoUsers.DISTRICT_ADMIN, body(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE", starts, Duration.ofHours(1)));
        job.advance(starts.plus(Duration.ofDays(1)));
        status(id, "ENDED");
        assertEquals(1, count(dataSource, id, ENDED));
    }

    @Test
    void anEarlyEndRacingTheJobIsAnnouncedExactlyOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE"));
            Instant afterItsEnd = Instant.now().plus(Duration.ofHours(2));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<Integer>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(awaiting(start, () -> as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end")
                            .then().extract().statusCode())));
                }
                answers.add(pool.submit(awaiting(start, () -> job.advance(afterItsEnd) >= 0 ? 0 : -1)));
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    codes.add(answer.get());
                }
                assertTrue(codes.subList(0, 2).stream().allMatch(c -> c == 200 || c == 409), codes.toString());
            } finally {
                pool.shutdownNow();
            }
            status(id, "ENDED");
            assertEquals(1, count(dataSource, id, ENDED), "round " + round);
        }
    }

    @Test
    void updatesNeedIfMatchAreAnnouncedAndStopOnceTheActivityHasBegun() {
        Instant starts = Instant.now().plus(Duration.ofDays(3));
        Map<String, Object> body = body(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY", starts, Duration.ofHours(2));
        body.put("capacity", 30);
        String id = create(DemoUsers.BRANCH_SECRETARY, body);
        String etag = as(DemoUsers.BRANCH_SECRETARY).when().get("/api/activities/" + id).then().extract().header("ETag");
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("title", "改期")).when().patch("/api/activities/" + id)
                .then().statusCode(428).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", "\"999\"").body(Map.of("title", "改期")).when().patch("/api/activities/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("endsAt", starts.minusSeconds(1).toString()))
                .when().patch("/api/activities/" + id).then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("latitude", 30.2))
                .when().patch("/api/activities/" + id).then().statusCode(400).body("errors[0].field", equalTo("longitude"));
        String newEtag = as(DemoUsers.BRANCH_SECRETARY).header("If-Match", etag).body(Map.of("title", "改期", "host", "李书记"))
                .when().patch("/api/activities/" + id)
                .then().statusCode(200).body("title", equalTo("改期")).body("host", equalTo("李书记")).body("capacity", equalTo(30))
                .extract().header("ETag");
        assertTrue(!newEtag.equals(etag));
        assertEquals(1, count(dataSource, id, "dangjian.activity.updated.v1"));
        Map<String, Object> replacement = body(DemoIds.LAKESIDE_BRANCH_1, "PARTY_LECTURE", starts, Duration.ofHours(1));
        replacement.remove("organisationId");
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", newEtag).body(replacement).when().put("/api/activities/" + id)
                .then().statusCode(200).body("type", equalTo("PARTY_LECTURE")).body("capacity", equalTo(null)).body("host", equalTo(null));
        replacement.remove("title");
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", "*").body(replacement).when().put("/api/activities/" + id)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("title"));

        String running = create(DemoUsers.BRANCH_SECRETARY, runningNow(DemoIds.LAKESIDE_BRANCH_1, "THEMED_PARTY_DAY"));
        as(DemoUsers.BRANCH_SECRETARY).when().post("/api/activities/" + running + "/end").then().statusCode(200);
        as(DemoUsers.BRANCH_SECRETARY).header("If-Match", "*").body(Map.of("title", "晚了")).when().patch("/api/activities/" + running)
                .then().statusCode(409).body("type", endsWith("/not-editable"));
    }

    @Test
    void onlyTheOrganiserMovesOrChangesAnActivity() {
        String lakeside = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.LAKESIDE_BRANCH_2, "THEMED_PARTY_DAY"));
        String hillside = create(DemoUsers.DISTRICT_ADMIN, runningNow(DemoIds.HILLSIDE_BRANCH, "THEMED_PARTY_DAY"));
        for (String move : List.of("end", "cancel", "publish")) {
            String path = "/api/activities/" + hillside + "/" + move;
            Map<String, String> reason = Map.of("reason", "x");
            as(DemoUsers.COMMUNITY_ADMIN).body(reason).when().post(path).then().statusCode(403).contentType(PROBLEM);
            as(DemoUsers.BRANCH_SECRETARY).body(reason).when().post("/api/activities/" + lakeside + "/" + move).then().statusCode(403);
            as(DemoUsers.MEMBER_ZHANG).body(reason).when().post(path).then().statusCode(403).contentType(PROBLEM);
            as(DemoUsers.VOLUNTEER_WANG).body(reason).when().post(path).then().statusCode(403);
            as(DemoUsers.AUDITOR_ZHAO).body(reason).when().post(path).then().statusCode(403);
            anonymous().body(reason).when().post(path).then().statusCode(401).contentType(PROBLEM);
            as(DemoUsers.DISTRICT_ADMIN).body(reason).when().post("/api/activities/" + UUID.randomUUID() + "/" + move).then().statusCode(404);
        }
        as(DemoUsers.COMMUNITY_ADMIN).header("If-Match", "*").body(Map.of("title", "x")).when().patch("/api/activities/" + hillside).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).header("If-Match", "*").body(Map.of("title", "x")).when().patch("/api/activities/" + hillside).then().statusCode(403);
        status(hillside, "PUBLISHED");
        status(lakeside, "PUBLISHED");
    }

    private static <T> Callable<T> awaiting(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    private static void status(String id, String expected) {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/activities/" + id).then().statusCode(200).body("status", equalTo(expected));
    }
}
