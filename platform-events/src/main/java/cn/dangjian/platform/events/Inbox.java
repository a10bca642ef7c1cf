package cn.dangjian.platform.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Remembers which events this service has applied, in the same transaction as their effect: a redelivered
 * event finds its id already there and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    /** @return true the first time this event id is seen (apply it); false for a redelivery (skip it) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(EventEnvelope event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO inbox_event (event_id, event_type, source) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.source());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + event.id() + " in the inbox", e);
        }
    }

    @Inject
    AgroalDataSource dataSource;
}
