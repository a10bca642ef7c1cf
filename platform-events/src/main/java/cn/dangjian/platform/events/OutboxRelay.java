package cn.dangjian.platform.events;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in {@code seq} order with an idempotent producer (acks=all), then
 * stamps them published. Only one instance of a service relays at a time (a PostgreSQL advisory lock held for
 * the batch's transaction), so with two instances running no key's events overtake each other. A row is
 * stamped only after the broker acknowledged it: a crash in between re-sends it, which consumers absorb
 * through their inbox (at least once, never lost).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: each service has its own database. */
    public static final long RELAY_LOCK = 0x0dA9_1A9L;

    @Inject
    AgroalDataSource dataSource;

    /**
     * The kafka.* configuration Quarkus gives the Kafka connector (bootstrap servers, security.protocol, sasl.*,
     * ssl.*, client.id…): the relay starts from it, so a secured cluster's settings reach the relay as they reach the
     * consumers.
     */
    @Inject
    @Identifier("default-kafka-broker")
    Instance<Map<String, Object>> kafkaConfiguration;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "dangjian")
    String applicationName;

    @ConfigProperty(name = "dangjian.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "dangjian.outbox.poll-interval", defaultValue = "PT0.5S")
    Duration pollInterval;

    @ConfigProperty(name = "dangjian.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @Inject
    Retention retention;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Producer<String, String> producer;
    private volatile String lastError;
    private volatile Instant lastPublishedAt;
    private Instant lastCleanup = Instant.EPOCH;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("Outbox relay disabled (dangjian.outbox.relay.enabled=false): events wait in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wakeUp.release();
        Thread current = worker;
        if (current != null) {
            try {
                current.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(2));
        }
    }

    /** Called after a transaction that wrote to the outbox commits. */
    public void wake() {
        wakeUp.release();
    }

    /** A short classification of the last failure ("broker unreachable"), never raw exception text; null when fine. */
    public String lastError() {
        return lastError;
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    private void run() {
        long backoffMillis = 500;
        while (running) {
            try {
                int sent = relayBatch();
                if (lastError != null) {
                    LOG.info("Outbox relay publishing again");
                }
                lastError = null;
                backoffMillis = 500;
                cleanupNowAndThen();
                if (sent < batchSize) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (lastError == null) {
                    LOG.warnf(e, "Outbox relay cannot publish (events wait in the outbox and go out when it can): %s", Failures.describe(e));
                }
                lastError = Failures.describe(e);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 10_000);
            }
        }
    }

    /** Publishes one batch; returns how many rows went out. */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<Long> seqs = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT seq, event_id, topic, event_key, event_type, payload FROM outbox_event "
                                + "WHERE published_at IS NULL ORDER BY seq LIMIT ?")) {
                    select.setInt(1, batchSize);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            ProducerRecord<String, String> record = new ProducerRecord<>(
                                    rows.getString("topic"), rows.getString("event_key"), rows.getString("payload"));
                            record.headers().add("ce_id", rows.getString("event_id").getBytes(StandardCharsets.UTF_8));
                            record.headers().add("ce_type", rows.getString("event_type").getBytes(StandardCharsets.UTF_8));
                            acks.add(producer().send(record));
                            seqs.add(rows.getLong("seq"));
                        }
                    }
                }
                if (seqs.isEmpty()) {
                    connection.rollback();
                    return 0;
                }
                producer().flush();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(30, TimeUnit.SECONDS);
                }
                try (PreparedStatement mark = connection.prepareStatement(
                        "UPDATE outbox_event SET published_at = now() WHERE seq = ANY (?)")) {
                    mark.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
                    mark.executeUpdate();
                }
                connection.commit();
                lastPublishedAt = Instant.now();
                return seqs.size();
            } catch (Exception e) {
                safeRollback(connection);
                throw e;
            }
        }
    }

    /** Rows waiting to be published, for health reporting and tests. */
    public long pending() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the outbox", e);
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void cleanupNowAndThen() {
        if (Instant.now().isBefore(lastCleanup.plus(Duration.ofHours(1)))) {
            return;
        }
        lastCleanup = Instant.now();
        retention.purgeOutbox();
        retention.purgeInbox();
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            Properties config = new Properties();
            config.putAll(producerSettings());
            p = new KafkaProducer<>(config);
            producer = p;
        }
        return p;
    }

    /**
     * The relay producer's effective settings: the connector's Kafka configuration (only what a producer knows), then
     * what the relay needs on top: idempotence, acks=all, bounded blocking, no batching delay.
     */
    public Map<String, Object> producerSettings() {
        Map<String, Object> settings = new TreeMap<>();
        Set<String> producerKeys = ProducerConfig.configNames();
        if (kafkaConfiguration.isResolvable()) {
            kafkaConfiguration.get().forEach((key, value) -> {
                if (value != null && producerKeys.contains(key)) {
                    settings.put(key, value);
                }
            });
        }
        settings.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        Object clientId = settings.get(ProducerConfig.CLIENT_ID_CONFIG);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, (clientId == null ? applicationName : clientId) + "-outbox-relay");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return settings;
    }

    private static void safeRollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is going back to the pool broken; the pool validates it
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
