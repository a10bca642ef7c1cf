package cn.dangjian.points.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderKind;
import cn.dangjian.points.holder.HolderRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A failure after the event row was written, in the same transaction as the state change, leaves neither: the outbox
 * writes on the transaction's own connection. (Checked once to go red with the outbox writing in a transaction of its
 * own, QuarkusTransaction.requiringNew() around its insert: the event row then survived the rollback.)
 */
@QuarkusTest
class OutboxAtomicityTest {

    @Inject
    Outbox outbox;

    @Inject
    HolderRepository holders;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFailureAfterTheEventIsWrittenRollsBackStateAndEvent() {
        UUID id = UUID.randomUUID();
        IllegalStateException forced = assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Holder holder = new Holder();
            holder.id = id;
            holder.kind = HolderKind.MEMBER;
            holder.name = "原子";
            holders.persistAndFlush(holder);
            outbox.publish(Topics.POINTS, "dangjian.points.test-atomicity.v1", id, Map.of("holderId", id.toString()));
            // inside the transaction both are there
            assertEquals(1L, count("SELECT count(*) FROM outbox_event WHERE event_key = ?", id));
            assertEquals(1L, count("SELECT count(*) FROM holder WHERE id = ?", id));
            throw new IllegalStateException("forced failure after the event row was written");
        }));
        assertEquals("forced failure after the event row was written", forced.getMessage());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> count("SELECT count(*) FROM outbox_event WHERE event_key = ?", id)),
                "the event did not survive the rollback");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> count("SELECT count(*) FROM holder WHERE id = ?", id)),
                "the state change did not survive the rollback");
    }

    private long count(String sql, UUID id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            // event_key is text, holder.id a uuid
            select.setObject(1, sql.contains("event_key") ? id.toString() : id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
