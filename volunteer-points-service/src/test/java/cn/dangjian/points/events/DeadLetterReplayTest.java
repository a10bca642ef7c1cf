package cn.dangjian.points.events;

import static cn.dangjian.platform.testing.Api.anonymous;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.points.holder.HolderRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Dead letters of dangjian.members replayed through this service's own consumer and inbox (never re-published): twice
 * applies once, an older version does not undo a newer one, a record older than the inbox retention is refused.
 */
@QuarkusTest
class DeadLetterReplayTest {

    static final String PATH = "/api/points/operations/dead-letters";
    static final String DLQ = "dangjian.members.dlq";

    @Inject
    MemberEventsConsumer consumer;

    @Inject
    HolderRepository holders;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void replayingTwiceAppliesOnce() throws Exception {
        UUID member = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        deadLetter(member, MemberEventsFixture.registered(event, member, "韩梅梅", DemoIds.LAKESIDE_BRANCH_1, null));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", DLQ).queryParam("eventId", event.toString()).when().get(PATH)
                .then().statusCode(200).body("items.state", hasItem("NOT_APPLIED_HERE")).body("items[0].reason", equalTo("forced by the test"));
        replay(event).then().statusCode(200).body("items[0].state", equalTo("APPLIED"));
        assertEquals(1L, accounts(member));
        replay(event).then().statusCode(200).body("items[0].state", equalTo("ALREADY_APPLIED"));
        assertEquals(1L, accounts(member));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", DLQ).queryParam("eventId", event.toString()).when().get(PATH)
                .then().statusCode(200).body("items[0].state", equalTo("APPLIED_HERE"));
    }

    @Test
    void aReplayRetriedWithItsIdempotencyKeyGetsTheFirstAnswer() throws Exception {
        UUID member = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String key = "replay-" + UUID.randomUUID();
        deadLetter(member, MemberEventsFixture.registered(event, member, "李华", DemoIds.LAKESIDE_BRANCH_1, null));
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).queryParam("topic", DLQ).queryParam("eventId", event.toString())
                .when().post(PATH).then().statusCode(200).body("items[0].state", equalTo("APPLIED"));
        // the retry is not replayed again (it would say ALREADY_APPLIED): it gets the first answer, marked as such
        as(DemoUsers.DISTRICT_ADMIN).header("Idempotency-Key", key).queryParam("topic", DLQ).queryParam("eventId", event.toString())
                .when().post(PATH).then().statusCode(200).header("Idempotent-Replayed", "true").body("items[0].state", equalTo("APPLIED"));
        assertEquals(1L, accounts(member));
    }

    @Test
    void aRecordAnotherServiceDeadLetteredButThisOneAppliedIsNotAppliedAgain() throws Exception {
        UUID member = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String registered = MemberEventsFixture.registered(event, member, "李华", DemoIds.LAKESIDE_BRANCH_1, null);
        consumer.consume(registered); // this service applied it from dangjian.members
        deadLetter(member, registered); // activity-service, say, gave up on the same record
        replay(event).then().statusCode(200).body("items[0].state", equalTo("ALREADY_APPLIED"));
        assertEquals(1L, accounts(member));
    }

    @Test
    void anOlderEventReplayedAfterANewerOneDoesNotWin() throws Exception {
        UUID member = UUID.randomUUID();
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.registered(UUID.randomUUID(), member, "一", DemoIds.LAKESIDE_BRANCH_1, null), 1));
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.updated(UUID.randomUUID(), member, "三", DemoIds.HILLSIDE_BRANCH), 3));
        UUID older = UUID.randomUUID();
        deadLetter(member, OrganisationEventsFixture.withVersion(MemberEventsFixture.updated(older, member, "二", DemoIds.LAKESIDE_BRANCH_1), 2));
        replay(older).then().statusCode(200).body("items[0].state", equalTo("APPLIED"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("三", holders.findById(member).name);
            assertEquals(DemoIds.HILLSIDE_BRANCH, holders.findById(member).organisationId);
        });
    }

    @Test
    void aRecordOlderThanTheInboxRetentionIsRefusedWithTheReason() throws Exception {
        UUID member = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String old = MemberEventsFixture.registered(event, member, "旧事", DemoIds.LAKESIDE_BRANCH_1, null)
                .replace("2026-11-27T08:00:00Z", Instant.now().minus(Duration.ofDays(31)).toString());
        deadLetter(member, old);
        replay(event).then().statusCode(200).body("items[0].state", equalTo("REFUSED"))
                .body("items[0].detail", containsString("inbox retention"));
        assertEquals(0L, accounts(member));
    }

    @Test
    void onlyAPlatformAdminAndOnlyValidTopics() {
        anonymous().queryParam("topic", DLQ).when().get(PATH).then().statusCode(401);
        as(DemoUsers.COMMUNITY_ADMIN).queryParam("topic", DLQ).when().get(PATH).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).queryParam("topic", DLQ).when().post(PATH).then().statusCode(403);
        as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", "dangjian.members").when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("topic"));
        as(DemoUsers.DISTRICT_ADMIN).when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("topic"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", DLQ).queryParam("limit", "0").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", DLQ).queryParam("eventId", "nope").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("eventId"));
        as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", "dangjian.nothing.dlq").when().get(PATH)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOperationsAreDocumentedWithTheirBoundsAndErrors() {
        io.restassured.path.json.JsonPath doc = anonymous().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String method : java.util.List.of("get", "post")) {
            String base = "paths.'" + PATH + "'." + method;
            assertEquals("platform-admin", doc.getString(base + ".description").substring(0, 14), method);
            for (String status : java.util.List.of("200", "400", "401", "403", "404", "429", "503")) {
                org.junit.jupiter.api.Assertions.assertNotNull(doc.get(base + ".responses.'" + status + "'"), method + " " + status);
            }
            java.util.List<java.util.Map<String, Object>> parameters = doc.getList(base + ".parameters");
            java.util.Map<String, Object> topic = parameters.stream().filter(p -> "topic".equals(p.get("name"))).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> schema = (java.util.Map<String, Object>) topic.get("schema");
            assertEquals(100, schema.get("maxLength"));
            org.junit.jupiter.api.Assertions.assertNotNull(schema.get("pattern"));
        }
    }

    private io.restassured.response.Response replay(UUID event) {
        return as(DemoUsers.DISTRICT_ADMIN).queryParam("topic", DLQ).queryParam("eventId", event.toString()).when().post(PATH);
    }

    /** What SmallRye's dead-letter strategy writes: the original value, the reason in a header. */
    private void deadLetter(UUID key, String value) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(DLQ, key.toString(), value);
            record.headers().add("dead-letter-reason", "forced by the test".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private long accounts(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> holders.getEntityManager()
                .createQuery("select count(a) from PointsAccount a where a.holderId = :h", Long.class).setParameter("h", member).getSingleResult());
    }
}
