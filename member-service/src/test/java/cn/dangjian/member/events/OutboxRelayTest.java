package cn.dangjian.member.events;

import static cn.dangjian.platform.testing.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.events.OutboxRelay;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.IdNumbers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The relay publishes only while it holds the outbox lock: a second instance of the service holding it
 * (simulated here by a session holding the same advisory lock) keeps this one from sending, and the rows
 * wait; once released, every row goes out to the real broker.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    OutboxRelay relay;

    /** %test.kafka.security.protocol / sasl.mechanism / metadata.max.age.ms in application.properties stand for a secured cluster. */
    @Test
    void theRelayProducerStartsFromTheConnectorsKafkaConfiguration() {
        Map<String, Object> settings = relay.producerSettings();
        assertEquals(bootstrap, settings.get("bootstrap.servers"));
        assertEquals("PLAINTEXT", settings.get("security.protocol"));
        assertEquals("PLAIN", settings.get("sasl.mechanism"));
        assertEquals("60001", String.valueOf(settings.get("metadata.max.age.ms")));
        assertEquals("member-service-outbox-relay", settings.get("client.id"));
        assertEquals("all", settings.get("acks"));
        assertEquals(true, settings.get("enable.idempotence"));
        assertTrue(!settings.containsKey("group.id") && !settings.containsKey("auto.offset.reset"), "no consumer-only settings: " + settings);
    }

    @Test
    void rowsWaitWhileAnotherRelayHoldsTheLockThenAllGoOut() throws Exception {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        List<String> members = new ArrayList<>();
        try (Connection other = dataSource.getConnection()) {
            lock(other, "pg_advisory_lock");
            for (int i = 0; i < 3; i++) {
                members.add(as(DemoUsers.DISTRICT_ADMIN).body(Map.of("name", "刘洋", "gender", "MALE", "idNumber", IdNumbers.next(),
                                "phone", "13700000000", "organisationId", DemoIds.LAKESIDE_BRANCH_1.toString(), "status", "FULL",
                                "admittedOn", "2018-06-30"))
                        .when().post("/api/members").then().statusCode(201).extract().path("id"));
            }
            // nothing is sent while another relay holds the lock: three relay polls (every 0.5 s) and still all waiting
            await("nothing is sent while another relay holds the lock").during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5))
                    .until(() -> unpublished(members) == 3);
            lock(other, "pg_advisory_unlock");
        }
        await("all rows published once the lock is free").atMost(Duration.ofSeconds(20)).until(() -> unpublished(members) == 0);
        assertTrue(onTopic(members).containsAll(members), "every event reached dangjian.members");
    }

    private void lock(Connection connection, String function) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, OutboxRelay.RELAY_LOCK);
            lock.execute();
        }
    }

    private long unpublished(List<String> keys) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND event_key = ANY (?)")) {
            q.setArray(1, c.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Set<String> onTopic(List<String> keys) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "outbox-relay-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("dangjian.members"));
            await("every event on dangjian.members").atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.key()));
                return seen.containsAll(keys);
            });
        }
        return seen;
    }
}
