package cn.dangjian.platform.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness of the service's database, in place of Quarkus' own check (switched off with
 * {@code quarkus.datasource.health.enabled=false}), which puts the driver's exception message into the health
 * answer: host names, user names and SQL text are nobody's business on an unauthenticated endpoint. The answer says
 * up or down and the SQL state; the message goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class);
    private static final int VALID_WITHIN_SECONDS = 3;

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALID_WITHIN_SECONDS);
            return HealthCheckResponse.named("database").status(valid).withData("state", valid ? "reachable" : "not valid").build();
        } catch (SQLException e) {
            LOG.warnf("Database not ready: %s (SQL state %s)", e.getMessage(), e.getSQLState());
            return HealthCheckResponse.named("database").down()
                    .withData("state", "unreachable")
                    .withData("sqlState", e.getSQLState() == null ? "unknown" : e.getSQLState())
                    .build();
        } catch (RuntimeException e) {
            LOG.warnf("Database not ready: %s", e.toString());
            return HealthCheckResponse.named("database").down().withData("state", "unreachable").build();
        }
    }
}
