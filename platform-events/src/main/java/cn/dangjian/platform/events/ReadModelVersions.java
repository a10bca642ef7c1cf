package cn.dangjian.platform.events;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * "Apply only newer versions" for a consumer's read model (contract: {@code aggregateversion}). Call it in the
 * effect's transaction, before changing the read model:
 * <pre>{@code if (versions.advance("roster", event)) { ...apply... } }</pre>
 * It records the event's version for (model, subject) and says whether the event is newer than the last one applied;
 * the row lock it takes serialises two consumers of the same aggregate. An event without a version (produced before
 * versions existed) is always applied and leaves the recorded version as it is.
 */
@ApplicationScoped
public class ReadModelVersions {

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advance(String model, EventEnvelope event) {
        return advance(model, event.subject(), event.aggregateversion());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advance(String model, String aggregateId, Long version) {
        if (version == null) {
            return true;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO read_model_version (model, aggregate_id, version) VALUES (?, ?, ?)
                     ON CONFLICT (model, aggregate_id) DO UPDATE SET version = EXCLUDED.version
                         WHERE read_model_version.version < EXCLUDED.version
                     RETURNING version""")) {
            upsert.setString(1, model);
            upsert.setString(2, aggregateId);
            upsert.setLong(3, version);
            try (ResultSet rs = upsert.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the version of " + model + " " + aggregateId, e);
        }
    }
}
