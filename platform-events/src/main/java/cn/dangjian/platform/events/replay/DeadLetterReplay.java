package cn.dangjian.platform.events.replay;

import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventSettings;
import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.Failures;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.events.Retention;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Lists a dead-letter topic and replays its records through this service's own consumer and inbox
 * ({@link ReplayableConsumer}), never back onto the original topic: a record another service dead-lettered is applied
 * here at most once (the inbox), an older version never undoes a newer one (the read models' version guards), and a
 * record older than the inbox retention is refused, since its id may have been forgotten. Replaying twice changes
 * nothing the second time. Reads with a group-less consumer: nothing is committed, the topic keeps its records.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    public static final String TOPIC_PATTERN = "^dangjian\\.[a-z][a-z-]{0,40}\\.dlq$";
    private static final Pattern TOPIC = Pattern.compile(TOPIC_PATTERN);

    @Inject
    @Any
    Instance<ReplayableConsumer> consumers;

    @Inject
    @Identifier("default-kafka-broker")
    Instance<Map<String, Object>> kafkaConfiguration;

    @Inject
    EventReader reader;

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventSettings events;

    @Inject
    DeadLetterSettings settings;

    /** The dead-letter topics this service can replay: those of the topics it consumes. */
    public Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        consumers.forEach(c -> topics.add(c.topic() + Topics.DLQ_SUFFIX));
        return topics;
    }

    public DeadLetterPage list(String topic, UUID eventId, int limit) {
        ReplayableConsumer consumer = consumerOf(topic);
        Read read = read(topic, eventId, limit);
        List<DeadLetter> items = read.records.stream().map(r -> describe(r, consumer)).toList();
        return new DeadLetterPage(topic, items, read.scanned);
    }

    public DeadLetterPage replay(String topic, UUID eventId, int limit) {
        ReplayableConsumer consumer = consumerOf(topic);
        Read read = read(topic, eventId, limit);
        List<DeadLetter> items = new ArrayList<>();
        Instant deadline = Instant.now().plus(settings.replayTimeout());
        for (ConsumerRecord<String, String> record : read.records) {
            DeadLetter letter = describe(record, consumer);
            if (Instant.now().isAfter(deadline)) {
                items.add(letter.with("NOT_TRIED", "the replay's time limit (" + settings.replayTimeout() + ") was reached; replay again"));
                continue;
            }
            items.add(switch (letter.state()) {
                case "APPLIED_HERE" -> letter.with("ALREADY_APPLIED", "this service's inbox already has the event");
                case "MALFORMED", "TOO_OLD" -> letter.with("REFUSED", letter.detail());
                default -> InboxProcessor.retryingUntil(deadline, () -> apply(record, letter, consumer));
            });
        }
        LOG.infof("Replayed %d record(s) of %s through %s", items.size(), topic, consumer.getClass().getSimpleName());
        return new DeadLetterPage(topic, items, read.scanned);
    }

    private DeadLetter apply(ConsumerRecord<String, String> record, DeadLetter letter, ReplayableConsumer consumer) {
        try {
            consumer.consume(record.value());
            return letter.with("APPLIED", null);
        } catch (MalformedEventException e) {
            return letter.with("REFUSED", "malformed: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Replay of %s %d/%d failed", record.topic(), record.partition(), record.offset());
            return letter.with("FAILED", Failures.describe(e));
        }
    }

    private DeadLetter describe(ConsumerRecord<String, String> record, ReplayableConsumer consumer) {
        String reason = header(record, "dead-letter-reason");
        Instant at = Instant.ofEpochMilli(record.timestamp());
        EventEnvelope event;
        try {
            event = reader.parse(record.value());
        } catch (MalformedEventException e) {
            return new DeadLetter(record.partition(), record.offset(), at, null, null, null, null, reason, "MALFORMED", "malformed: " + e.getMessage());
        }
        DeadLetter letter = new DeadLetter(record.partition(), record.offset(), at, event.id(), event.type(), event.subject(),
                event.aggregateversion(), reason, null, null);
        if (inInbox(event.id())) {
            return letter.with("APPLIED_HERE", null);
        }
        Instant produced = event.time() == null ? at : event.time();
        if (produced.isBefore(retention.inboxCutoff())) {
            return letter.with("TOO_OLD", "older than the inbox retention (" + retention.inboxRetention()
                    + "): this service may have applied and forgotten it, so replaying could apply it twice");
        }
        return letter.with("NOT_APPLIED_HERE", null);
    }

    private ReplayableConsumer consumerOf(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new InvalidInputException("topic", "is required");
        }
        if (topic.length() > 100 || !TOPIC.matcher(topic).matches()) {
            throw new InvalidInputException("topic", "must be a dead-letter topic such as dangjian.members.dlq");
        }
        for (ReplayableConsumer consumer : consumers) {
            if (topic.equals(consumer.topic() + Topics.DLQ_SUFFIX)) {
                return consumer;
            }
        }
        throw new ResourceNotFoundException("dead-letter topic this service replays", topic);
    }

    private boolean inInbox(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT 1 FROM inbox_event WHERE event_id = ?")) {
            select.setObject(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the inbox", e);
        }
    }

    private record Read(List<ConsumerRecord<String, String>> records, long scanned) {
    }

    /** Reads the topic from its beginning to its current end (group-less, nothing committed). */
    private Read read(String topic, UUID eventId, int limit) {
        Instant deadline = Instant.now().plus(settings.readTimeout());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long scanned = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings())) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, settings.readTimeout());
            if (partitions == null || partitions.isEmpty()) {
                return new Read(List.of(), 0);
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(assigned, settings.readTimeout()));
            while (!reachedEnd(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new BrokerUnavailableException("could not read " + topic + " to its end in " + settings.readTimeout() + "; try again");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.getOrDefault(new TopicPartition(topic, record.partition()), Long.MAX_VALUE)) {
                        continue;
                    }
                    scanned++;
                    if (eventId == null || (record.value() != null && record.value().contains(eventId.toString()))) {
                        found.add(record);
                    }
                }
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new BrokerUnavailableException("the broker could not be read: " + Failures.describe(e));
        }
        found.sort(Comparator.comparingLong((ConsumerRecord<String, String> r) -> r.timestamp()).thenComparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return new Read(found.size() > limit ? List.copyOf(found.subList(0, limit)) : found, scanned);
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Properties consumerSettings() {
        Properties config = new Properties();
        Set<String> known = ConsumerConfig.configNames();
        if (kafkaConfiguration.isResolvable()) {
            kafkaConfiguration.get().forEach((key, value) -> {
                if (value != null && known.contains(key)) {
                    config.put(key, value);
                }
            });
        }
        config.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, events.applicationName() + "-dead-letters-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.readTimeout().toMillis());
        return config;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        return value.length() > 1000 ? value.substring(0, 1000) : value;
    }
}
