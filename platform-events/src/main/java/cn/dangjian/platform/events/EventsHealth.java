package cn.dangjian.platform.events;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Reports the outbox on its own health group ({@code /q/health/group/events}), deliberately not in readiness:
 * with the broker down the API keeps serving and events wait, so a load balancer must not take it out.
 */
@HealthGroup("events")
@ApplicationScoped
public class EventsHealth implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        String error = relay.lastError();
        return HealthCheckResponse.named("outbox-relay")
                .status(error == null)
                .withData("pending", relay.pending())
                .withData("lastPublishedAt", String.valueOf(relay.lastPublishedAt()))
                .withData("lastError", error == null ? "none" : error)
                .build();
    }
}
