package cn.dangjian.points.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.points.holder.HolderRepository;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * This service's database refuses connections (and its open ones are terminated) for 20 s while member events
 * arrive, with the consumer's max.poll.interval.ms at 5 s: the events wait on their partition, then all apply once;
 * the channel never fails, the group never rebalances and nothing goes to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ShortKafkaTimeouts.class)
class DatabaseOutageTest {

    static final String DATABASE = "dangjian_points_test";

    public static class ShortKafkaTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mp.messaging.incoming.members.group.id", "points-outage-test-" + UUID.randomUUID(),
                    "mp.messaging.incoming.members.auto.offset.reset", "latest",
                    "mp.messaging.incoming.members.max.poll.interval.ms", "5000",
                    "mp.messaging.incoming.members.session.timeout.ms", "6000",
                    "mp.messaging.incoming.members.heartbeat.interval.ms", "1000",
                    "mp.messaging.incoming.members.consumer-rebalance-listener.name", CountingRebalanceListener.NAME,
                    "dangjian.inbox.max-backoff", "PT1S",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT2S");
        }
    }

    @Inject
    @Identifier(CountingRebalanceListener.NAME)
    CountingRebalanceListener rebalances;

    @Inject
    HolderRepository holders;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void eventsWaitForTheDatabaseAndAllApplyOnce() throws Exception {
        await("the members channel got its partitions").atMost(Duration.ofSeconds(60)).until(() -> rebalances.assigned() > 0);
        int assignedBefore = rebalances.assigned();
        int revokedBefore = rebalances.revoked();

        List<UUID> members = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> eventIds = new ArrayList<>();
        blockDatabase(true);
        try {
            try (KafkaProducer<String, String> producer = producer()) {
                for (UUID member : members) {
                    UUID eventId = UUID.randomUUID();
                    eventIds.add(eventId);
                    producer.send(new ProducerRecord<>(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                            .getValue("mp.messaging.incoming.members.topic", String.class), member.toString(),
                            MemberEventsFixture.registered(eventId, member, "李雷", DemoIds.LAKESIDE_BRANCH_1, null))).get();
                }
            }
            Instant outageEnds = Instant.now().plusSeconds(20);
            // the wait shows on the events health group, in words, never as an exception's text
            await("the waiting event is reported on /q/health/group/events").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        String events = eventsHealth();
                        return events.contains("database unavailable") && events.contains("dangjian.member.registered.v1");
                    });
            // the outage lasts its 20 s, well beyond max.poll.interval.ms (5 s), and health stays in words all along
            Duration rest = Duration.between(Instant.now(), outageEnds);
            if (!rest.isNegative() && !rest.isZero()) {
                await("health shows no raw exception text while the database is away").during(rest).atMost(rest.plusSeconds(10))
                        .pollInterval(Duration.ofSeconds(1)).until(() -> !eventsHealth().contains("Exception"));
            }
        } finally {
            blockDatabase(false);
        }

        await("every member got one account").atMost(Duration.ofSeconds(60)).until(() -> members.stream().allMatch(m -> accounts(m) == 1L));
        for (UUID member : members) {
            assertEquals(1L, accounts(member), "applied exactly once");
        }
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(assignedBefore, rebalances.assigned(), "no rebalance: no new assignment");
        assertEquals(revokedBefore, rebalances.revoked(), "no rebalance: nothing revoked or lost");
        assertNothingDeadLettered(eventIds);
    }

    private static String eventsHealth() {
        return given().when().get("/q/health/group/events").then().extract().asString();
    }

    /** As the database's owner, from another database: refuse new connections and end the open ones. */
    private void blockDatabase(boolean block) throws Exception {
        String adminUrl = jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, "dangjian", "dangjian");
             Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS " + !block);
            if (block) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
            }
        }
    }

    private long accounts(UUID member) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> holders.getEntityManager()
                    .createQuery("select count(a) from PointsAccount a where a.holderId = :h", Long.class).setParameter("h", member)
                    .getSingleResult());
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    /** Reads the dead-letter topic from its start for 8 s: none of these events may turn up. */
    private void assertNothingDeadLettered(List<UUID> eventIds) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "points-outage-dlq-check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("dangjian.members.dlq"));
            await("none of the events was dead-lettered").during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .pollInSameThread().until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            if (eventIds.stream().anyMatch(id -> record.value().contains(id.toString()))) {
                                return false;
                            }
                        }
                        return true;
                    });
        }
    }
}
