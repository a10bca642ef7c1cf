package cn.dangjian.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Records an event in the same database transaction as the state change it announces. Nothing is sent
 * here: {@link OutboxRelay} publishes committed rows, so a broker outage never fails or loses a write.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventSettings settings;

    /**
     * @param topic   one of {@link Topics}
     * @param type    full versioned type, e.g. {@code dangjian.member.registered.v1}
     * @param subject id of the aggregate; also the Kafka key, so one aggregate's events stay in order
     * @param data    the event's {@code data}: never ID numbers or phone numbers
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String type, Object subject, Object data) {
        JsonNode dataNode = mapper.valueToTree(data);
        try (Connection connection = dataSource.getConnection()) {
            long version = nextVersion(connection, subject.toString());
            EventEnvelope envelope = EventEnvelope.create(settings.source().orElse("/dangjian/" + settings.applicationName()), type,
                    subject.toString(), version, dataNode);
            insert(connection, topic, type, envelope);
            afterCommitWakeRelay();
            return envelope;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write event " + type + " to the outbox", e);
        }
    }

    /**
     * The aggregate's next version. The row lock taken by the upsert serialises concurrent writers of one aggregate
     * until they commit, so versions follow commit order and never repeat, even after outbox rows are purged.
     */
    private static long nextVersion(Connection connection, String aggregateId) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("""
                INSERT INTO outbox_aggregate_version (aggregate_id, version) VALUES (?, 1)
                ON CONFLICT (aggregate_id) DO UPDATE SET version = outbox_aggregate_version.version + 1
                RETURNING version""")) {
            next.setString(1, aggregateId);
            try (java.sql.ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void insert(Connection connection, String topic, String type, EventEnvelope envelope) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, envelope.id());
            insert.setString(2, topic);
            insert.setString(3, envelope.subject());
            insert.setString(4, type);
            insert.setString(5, mapper.writeValueAsString(envelope));
            insert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise event " + type, e);
        }
    }

    private void afterCommitWakeRelay() {
        // Wake the relay once this transaction has committed, instead of waiting for its next poll.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
