package cn.dangjian.systemtests;

import static cn.dangjian.platform.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Nothing lost while the broker is down, nothing doubled when events are delivered again. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NothingLostIT {

    private static final String MEMBERS_TOPIC = "dangjian.members";
    private static final String POINTS_GROUP = "volunteer-points-service";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.get();
        DemoDistrict.ensure();
        // the services know both branches used here before the broker goes away (their events may be on other partitions)
        DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1);
        DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_2);
    }

    @Test
    @Order(1)
    void membersRegisteredWhileKafkaIsDownAllGetExactlyOneAccount() throws Exception {
        platform.kafka().stop();
        List<String> members = new ArrayList<>();
        try {
            for (String service : List.of("gateway", "member-service", "volunteer-points-service")) {
                assertEquals(200, Processes.status(platform.url(service) + "/q/health/ready"), service + " stays ready without Kafka");
            }
            for (int i = 0; i < 5; i++) {
                members.add(as(DemoUsers.DISTRICT_ADMIN).body(DemoDistrict.member(DemoIds.LAKESIDE_BRANCH_2))
                        .when().post("/api/members").then().statusCode(201).extract().path("id"));
            }
            for (String member : members) {
                as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + member).then().statusCode(404);
            }
        } finally {
            platform.kafka().start();
        }
        Eventually.within(Duration.ofSeconds(120), "all " + members.size() + " accounts opened after the broker returned",
                () -> members.stream().allMatch(m -> as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + m)
                        .then().extract().statusCode() == 200));
        for (String member : members) {
            assertEquals(1, Db.count("volunteer-points-service", "SELECT count(*) FROM points_account WHERE holder_id = ?", UUID.fromString(member)));
        }
    }

    @Test
    @Order(2)
    void redeliveredMemberEventsChangeNothing() throws Exception {
        String extra = DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1);
        Eventually.within(Duration.ofSeconds(30), "account of " + extra,
                () -> as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + extra).then().extract().statusCode() == 200);
        awaitConsumed();
        long accounts = Db.count("volunteer-points-service", "SELECT count(*) FROM points_account");
        long processed = Db.count("volunteer-points-service", "SELECT count(*) FROM inbox_event");

        int redelivered = redeliverAll(MEMBERS_TOPIC);
        awaitConsumed();

        assertEquals(accounts, Db.count("volunteer-points-service", "SELECT count(*) FROM points_account"), "no account opened twice");
        assertEquals(processed, Db.count("volunteer-points-service", "SELECT count(*) FROM inbox_event"), "no event applied twice");
        org.junit.jupiter.api.Assertions.assertTrue(redelivered >= 7, "redelivered " + redelivered + " member events");
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + extra).then().statusCode(200);
    }

    @Test
    @Order(3)
    void anEventThatCannotBeProcessedGoesToTheDeadLetterTopicAndThePartitionMovesOn() {
        String poison = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"dangjian.member.registered.v1\"}";
        String key = DemoIds.LAKESIDE_BRANCH_1.toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (int partition = 0; partition < 3; partition++) { // one on every partition, so the next member meets one
                producer.send(new ProducerRecord<>(MEMBERS_TOPIC, partition, key, poison));
            }
            producer.flush();
        }
        String after = DemoDistrict.registerMember(DemoUsers.DISTRICT_ADMIN, DemoIds.LAKESIDE_BRANCH_1);
        Eventually.within(Duration.ofSeconds(60), "account of " + after + " opened past the poison messages",
                () -> as(DemoUsers.DISTRICT_ADMIN).when().get("/api/points/accounts/" + after).then().extract().statusCode() == 200);
        List<ConsumerRecord<String, String>> dead = new ArrayList<>();
        Properties config = consumerConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-check-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(MEMBERS_TOPIC + ".dlq"));
            Eventually.within(Duration.ofSeconds(30), "poison messages on " + MEMBERS_TOPIC + ".dlq", () -> {
                consumer.poll(Duration.ofMillis(500)).forEach(dead::add);
                return dead.stream().filter(r -> poison.equals(r.value())).count() >= 3;
            });
        }
        ConsumerRecord<String, String> first = dead.stream().filter(r -> poison.equals(r.value())).findFirst().orElseThrow();
        var reason = first.headers().lastHeader("dead-letter-reason");
        org.junit.jupiter.api.Assertions.assertNotNull(reason, "the reason travels with the dead letter");
        org.junit.jupiter.api.Assertions.assertTrue(new String(reason.value()).contains("required"), new String(reason.value()));
    }

    /** Copies every record of the topic onto its end again, unchanged (same event ids), as a redelivery would. */
    private static int redeliverAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            for (ConsumerRecord<String, String> record : records) {
                producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
            }
            producer.flush();
        }
        return records.size();
    }

    /** Waits until volunteer-points-service's consumer group has committed up to the end of the members topic. */
    private static void awaitConsumed() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrap());
        try (Admin admin = Admin.create(config)) {
            Eventually.within(Duration.ofSeconds(60), "volunteer-points-service consumed " + MEMBERS_TOPIC, () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(POINTS_GROUP)
                            .partitionsToOffsetAndMetadata().get();
                    var partitions = admin.describeTopics(List.of(MEMBERS_TOPIC)).allTopicNames().get().get(MEMBERS_TOPIC).partitions();
                    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                    partitions.forEach(p -> latest.put(new TopicPartition(MEMBERS_TOPIC, p.partition()), OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                            || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset()));
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    private static Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    private static Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka().bootstrap());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }
}
