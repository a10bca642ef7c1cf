package cn.dangjian.points.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.platform.events.Retention;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each purge at its boundary, with the clock set to a time long past so that only this test's rows can qualify: a row
 * exactly as old as the retention stays, one a second older goes. Defaults: outbox 7 days, inbox 30 days.
 */
@QuarkusTest
class RetentionTest {

    static final Instant NOW = Instant.parse("2001-03-01T00:00:00Z");

    @Inject
    cn.dangjian.platform.testing.TestClock clock;

    @Inject
    Retention retention;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void inboxRowsGoAfter30DaysNotBefore() throws Exception {
        UUID atBoundary = inbox(NOW.minus(Duration.ofDays(30)));
        UUID older = inbox(NOW.minus(Duration.ofDays(30)).minusSeconds(1));
        clock.set(NOW);
        retention.purgeInbox();
        assertEquals(1, count("SELECT count(*) FROM inbox_event WHERE event_id = ?", atBoundary), "exactly 30 days old: kept");
        assertEquals(0, count("SELECT count(*) FROM inbox_event WHERE event_id = ?", older), "a second older: purged");
    }

    @Test
    void publishedOutboxRowsGoAfter7DaysNotBefore() throws Exception {
        UUID atBoundary = outbox(NOW.minus(Duration.ofDays(7)));
        UUID older = outbox(NOW.minus(Duration.ofDays(7)).minusSeconds(1));
        clock.set(NOW);
        retention.purgeOutbox();
        assertEquals(1, count("SELECT count(*) FROM outbox_event WHERE event_id = ?", atBoundary), "exactly 7 days old: kept");
        assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE event_id = ?", older), "a second older: purged");
    }

    private UUID inbox(Instant processedAt) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO inbox_event (event_id, event_type, source, processed_at) VALUES (?, 'dangjian.test.v1', '/test', ?)")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(processedAt));
            insert.executeUpdate();
        }
        return id;
    }

    private UUID outbox(Instant publishedAt) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, created_at, published_at) "
                        + "VALUES (?, 'dangjian.test', 'k', 'dangjian.test.v1', '{}', ?, ?)")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(publishedAt));
            insert.setTimestamp(3, Timestamp.from(publishedAt));
            insert.executeUpdate();
        }
        return id;
    }

    private long count(String sql, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
