package cn.dangjian.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events a consumer is holding its partition for while a transient failure lasts (reported on
 * {@code /q/health/group/events}, never in readiness: the API keeps serving while a consumer waits).
 */
@ApplicationScoped
public class ConsumerStalls {

    /** One event being retried: since when, how often, and why in a few words (never raw exception text). */
    public record Stall(UUID eventId, String type, Instant since, int attempts, String reason) {
    }

    private final Map<UUID, Stall> stalls = new ConcurrentHashMap<>();

    void retrying(EventEnvelope event, Instant since, int attempts, Throwable failure) {
        stalls.put(event.id(), new Stall(event.id(), event.type(), since, attempts, Failures.describe(failure)));
    }

    void done(EventEnvelope event) {
        stalls.remove(event.id());
    }

    public List<Stall> current() {
        return List.copyOf(stalls.values());
    }
}
