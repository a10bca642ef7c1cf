package cn.dangjian.platform.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long the outbox and the inbox keep their rows, and the purges (run by the relay's thread about hourly).
 * The inbox must remember an event id for longer than any copy of that event can come back: longer than the retention
 * of the topics and of their dead-letter topics (replay refuses records older than the inbox retention). The clock is
 * replaceable so that tests can put each purge exactly at its boundary.
 */
@ApplicationScoped
public class Retention {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxSettings outbox;

    @Inject
    InboxSettings inbox;

    /** The platform clock: tests stand at the retention boundaries with TestClock. */
    @Inject
    Clock clock;


    public Instant now() {
        return clock.instant();
    }

    public Duration inboxRetention() {
        return inbox.retention();
    }

    /** Events processed before this instant may have been forgotten by the inbox. */
    public Instant inboxCutoff() {
        return now().minus(inbox.retention());
    }

    /** Deletes published outbox rows older than the outbox retention; a row exactly at the boundary stays. */
    public int purgeOutbox() {
        return delete("DELETE FROM outbox_event WHERE published_at < ?", now().minus(outbox.retention()));
    }

    /** Deletes inbox rows processed longer ago than the inbox retention; a row exactly at the boundary stays. */
    public int purgeInbox() {
        return delete("DELETE FROM inbox_event WHERE processed_at < ?", inboxCutoff());
    }

    private int delete(String sql, Instant cutoff) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge", e);
        }
    }
}
