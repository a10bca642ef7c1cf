package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The points database refuses new connections and loses its open ones for 45 s while members register (the issue's
 * scenario): once it is back every member gets exactly one account, and nothing went to a dead-letter topic.
 */
class DatabaseOutageIT {

    private static final String DATABASE = "dangjian_points_systest";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
        DemoDistrict.ensure();
        // points knows the branch before its database goes away
        String first = DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1);
        Eventually.within(Duration.ofSeconds(60), "points account of " + first,
                () -> as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + first).then().extract().statusCode() == 200);
    }

    @Test
    void membersRegisteredWhileThePointsDatabaseIsAwayAllGetExactlyOneAccount() throws Exception {
        List<String> members = new ArrayList<>();
        Instant outageEnds = Instant.now().plusSeconds(45);
        block(true);
        try {
            for (int i = 0; i < 3; i++) {
                members.add(DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1));
            }
            while (Instant.now().isBefore(outageEnds)) {
                assertEquals(200, Processes.status(platform.url("volunteer-points-service") + "/q/health/live"),
                        "the points consumer's channel stays alive while it waits");
                Processes.sleep(2_000);
            }
        } finally {
            block(false);
        }
        Eventually.within(Duration.ofSeconds(120), "all " + members.size() + " accounts opened after the database returned",
                () -> members.stream().allMatch(m -> as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + m)
                        .then().extract().statusCode() == 200));
        for (String member : members) {
            assertEquals(1, Db.count("volunteer-points-service", "SELECT count(*) FROM points_account WHERE holder_id = ?", UUID.fromString(member)),
                    "exactly one account for " + member);
            assertEquals(1, Db.count("volunteer-points-service", "SELECT count(*) FROM holder WHERE id = ?", UUID.fromString(member)));
        }
        List<String> deadLetters = deadLetters("dangjian.members.dlq");
        for (String member : members) {
            assertTrue(deadLetters.stream().noneMatch(v -> v != null && v.contains(member)), "no dead letter about " + member);
        }
    }

    /** As the database's owner, from another database: refuse new connections and end the open ones (or allow again). */
    private static void block(boolean block) throws Exception {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "dangjian", "dangjian");
             Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + DATABASE + " ALLOW_CONNECTIONS " + !block);
            if (block) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DATABASE + "'");
            }
        }
    }

    private static List<String> deadLetters(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "outage-dlq-check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            Instant until = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
