package cn.dangjian.platform.events;

import io.agroal.api.AgroalDataSource;
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

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "dangjian")
    String applicationName;

    @ConfigProperty(name = "dangjian.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "dangjian.outbox.poll-interval", defaultValue = "PT0.5S")
    Duration pollInterval;

    @ConfigProperty(name = "dangjian.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "dangjian.outbox.retention", defaultValue = "P7D")
    Duration retention;

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
                    LOG.warnf("Outbox relay cannot publish (events wait in the outbox and go out when it can): %s", e.toString());
                }
                lastError = e.toString();
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

    private void cleanupNowAndThen() throws SQLException {
        if (Instant.now().isBefore(lastCleanup.plus(Duration.ofHours(1)))) {
            return;
        }
        lastCleanup = Instant.now();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, retention.toSeconds());
            delete.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        Producer<String, String> p = producer;
        if (p == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            p = new KafkaProducer<>(config);
            producer = p;
        }
        return p;
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
