package cn.dangjian.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The {@code idempotency_key} table: reserving a key, remembering the first answer, and forgetting keys after
 * 24 h (api-contract: "the same key … within 24 h"). Times come from {@link #clock}, so tests can stand at the
 * boundary; a scheduler job purges expired keys, because a key that never comes back must not be kept
 * (its answer may name a person).
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    /** Fixed by the API contract, not a local policy. */
    public static final Duration RETENTION = Duration.ofHours(24);
    static final String PURGE_JOB = "idempotency-key-purge";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencySettings settings;

    @Inject
    Scheduler scheduler;

    /** The platform clock: tests stand at the 24 h boundary with TestClock. */
    @Inject
    Clock clock;

    /** The first answer to a key, as stored (status null: reserved by a request whose work did not finish). */
    public record Stored(String methodPath, String bodyHash, Integer status, String location, String etag, String body) {
    }

    public Clock clock() {
        return clock;
    }

    Duration waitForFirst() {
        return settings.waitForFirst();
    }

    /**
     * Reserves the key in the caller's transaction. When another transaction holds the same key, waits for it
     * (at most {@code dangjian.idempotency.wait-for-first}, then SQL state 55P03) and answers false once it
     * committed; a reservation whose 24 h are over is taken over.
     */
    boolean reserve(Connection connection, String key, String caller, String methodPath, String bodyHash) throws SQLException {
        Instant now = clock.instant();
        String previous;
        try (PreparedStatement set = connection.prepareStatement(
                "SELECT current_setting('lock_timeout'), set_config('lock_timeout', ?, true)")) {
            set.setString(1, settings.waitForFirst().toMillis() + "ms");
            try (ResultSet rs = set.executeQuery()) {
                rs.next();
                previous = rs.getString(1);
            }
        }
        int taken;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_key (idem_key, caller, method_path, body_hash, created_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (idem_key, caller) DO UPDATE SET method_path = EXCLUDED.method_path, "
                        + "body_hash = EXCLUDED.body_hash, created_at = EXCLUDED.created_at, status = NULL, location = NULL, body = NULL "
                        + "WHERE idempotency_key.created_at <= ?")) {
            insert.setString(1, key);
            insert.setString(2, caller);
            insert.setString(3, methodPath);
            insert.setString(4, bodyHash);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now.minus(RETENTION)));
            taken = insert.executeUpdate();
        }
        try (PreparedStatement reset = connection.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
            reset.setString(1, previous);
            reset.executeQuery().close();
        }
        return taken == 1;
    }

    Optional<Stored> find(Connection connection, String key, String caller) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT method_path, body_hash, status, location, etag, body FROM idempotency_key WHERE idem_key = ? AND caller = ?")) {
            select.setString(1, key);
            select.setString(2, caller);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int status = rs.getInt(3);
                return Optional.of(new Stored(rs.getString(1), rs.getString(2), rs.wasNull() ? null : status,
                        rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        }
    }

    void complete(Connection connection, String key, String caller, int status, String location, String etag, String body)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE idempotency_key SET status = ?, location = ?, etag = ?, body = ? WHERE idem_key = ? AND caller = ?")) {
            update.setInt(1, status);
            update.setString(2, location);
            update.setString(3, etag);
            update.setString(4, body);
            update.setString(5, key);
            update.setString(6, caller);
            update.executeUpdate();
        }
    }

    /** Deletes every key whose 24 h are over at the clock's instant; answers how many. */
    public int purgeExpired() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_key WHERE created_at <= ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(RETENTION)));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("purging idempotency keys failed: " + e.getSQLState(), e);
        }
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.purgeEnabled()) {
            return;
        }
        scheduler.newJob(PURGE_JOB)
                .setInterval(settings.purgeInterval().toString())
                .setDelayed(settings.purgeInterval().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> purgeQuietly())
                .schedule();
    }

    private void purgeQuietly() {
        try {
            int purged = purgeExpired();
            if (purged > 0) {
                LOG.debugf("Purged %d idempotency keys older than %s", purged, RETENTION);
            }
        } catch (RuntimeException e) {
            // the database may be away for a while: the next round tries again
            LOG.warnf("Idempotency keys not purged this round (%s)", e.getMessage());
        }
    }
}
