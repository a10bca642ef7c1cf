package cn.dangjian.platform.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in {@code seq} order with an idempotent producer (acks=all), then
 * stamps them published. Only one instance of a service relays at a time (a PostgreSQL advisory lock held for
 * the batch's transaction), so with two instances running no key's events overtake each other. A row is
 * stamped only after the broker acknowledged it: a crash in between re-sends it, which consumers absorb
 * through their inbox (at least once, never lost).
 *
 * <p>It runs as a job of the Quarkus scheduler ({@code dangjian.outbox.poll-interval}), and a commit that wrote
 * to the outbox wakes it at once on the managed executor; one drain runs at a time. After a failure it waits with
 * a growing backoff (up to 10 s) before it tries again.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: each service has its own database. */
    public static final long RELAY_LOCK = 0x0dA9_1A9L;
    static final String JOB = "outbox-relay";
    static final String PURGE_JOB = "outbox-inbox-purge";
    private static final long FIRST_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

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

    @Inject
    EventSettings events;

    @Inject
    OutboxSettings settings;

    @Inject
    Retention retention;

    @Inject
    Scheduler scheduler;

    @Inject
    ManagedExecutor executor;

    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean wokenWhileDraining;
    private volatile boolean running;
    private volatile Producer<String, String> producer;
    private volatile String lastError;
    private volatile Instant lastPublishedAt;
    private volatile Instant nextAttemptAt = Instant.EPOCH;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;

    void start(@Observes StartupEvent startup) {
        if (!settings.relay().enabled()) {
            LOG.info("Outbox relay disabled (dangjian.outbox.relay.enabled=false): events wait in the outbox");
            return;
        }
        running = true;
        scheduler.newJob(JOB)
                .setInterval(settings.pollInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> drain())
                .schedule();
        scheduler.newJob(PURGE_JOB)
                .setInterval(settings.purgeInterval().toString())
                .setDelayed("PT1M")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> purge())
                .schedule();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        for (String job : List.of(JOB, PURGE_JOB)) {
            if (scheduler.getScheduledJob(job) != null) {
                scheduler.unscheduleJob(job);
            }
        }
        Producer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(2));
        }
    }

    /** Called after a transaction that wrote to the outbox commits: publish now rather than at the next poll. */
    public void wake() {
        if (running) {
            executor.execute(this::drain);
        }
    }

    /** A short classification of the last failure ("broker unreachable"), never raw exception text; null when fine. */
    public String lastError() {
        return lastError;
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    /** Publishes until the outbox is empty; one drain at a time (a wake-up during a drain makes it go round again). */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            wokenWhileDraining = true;
            return;
        }
        try {
            do {
                wokenWhileDraining = false;
                if (!running || Instant.now().isBefore(nextAttemptAt)) {
                    return;
                }
                drainOnce();
            } while (wokenWhileDraining && running);
        } finally {
            draining.set(false);
        }
    }

    private void drainOnce() {
        try {
            while (running && relayBatch() >= settings.batchSize()) {
                // a full batch: more may be waiting
            }
            if (lastError != null) {
                LOG.info("Outbox relay publishing again");
            }
            lastError = null;
            backoffMillis = FIRST_BACKOFF_MILLIS;
            nextAttemptAt = Instant.EPOCH;
        } catch (Exception e) {
            if (lastError == null) {
                LOG.warnf(e, "Outbox relay cannot publish (events wait in the outbox and go out when it can): %s", Failures.describe(e));
            }
            lastError = Failures.describe(e);
            nextAttemptAt = Instant.now().plusMillis(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
        }
    }

    /** Published outbox rows and old inbox rows go every {@code dangjian.outbox.purge-interval}. */
    void purge() {
        try {
            retention.purgeOutbox();
            retention.purgeInbox();
        } catch (RuntimeException e) {
            // the database may be away for a while: the next round tries again
            LOG.warnf("Outbox and inbox not purged this round (%s)", Failures.describe(e));
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
                    select.setInt(1, settings.batchSize());
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
        Map<String, Object> config = new TreeMap<>();
        Set<String> producerKeys = ProducerConfig.configNames();
        if (kafkaConfiguration.isResolvable()) {
            kafkaConfiguration.get().forEach((key, value) -> {
                if (value != null && producerKeys.contains(key)) {
                    config.put(key, value);
                }
            });
        }
        config.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        Object clientId = config.get(ProducerConfig.CLIENT_ID_CONFIG);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, (clientId == null ? events.applicationName() : clientId) + "-outbox-relay");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    private static void safeRollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is going back to the pool broken; the pool validates it
        }
    }

}
