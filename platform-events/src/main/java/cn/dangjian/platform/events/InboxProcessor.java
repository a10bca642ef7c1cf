package cn.dangjian.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What every consumer does with a message: parse the envelope, then, in one transaction, record its id in the inbox
 * and apply its effect, only on first delivery.
 * <ul>
 * <li>A message that can never be processed (malformed) is refused at once: it goes to the dead-letter topic.</li>
 * <li>A transient failure ({@link Failures#isTransient}: the database or broker away, a deadlock) is retried without
 * limit, with backoff capped at {@code dangjian.inbox.max-backoff}, holding the partition: later events never overtake
 * it and it never goes to the dead-letter topic (contract v1.1). The connector keeps polling with the partition paused
 * and the record-age check is off (see microprofile-config.properties), so the wait neither fails the channel nor
 * triggers a rebalance. The wait shows on {@code /q/health/group/events} ({@link ConsumerStalls}).</li>
 * <li>Any other failure is retried {@code dangjian.inbox.max-attempts} times (a lost race passes on the next try),
 * then given up to the dead-letter topic with its reason.</li>
 * </ul>
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

    @Inject
    EventReader reader;

    @Inject
    Inbox inbox;

    @Inject
    ConsumerStalls stalls;

    @Inject
    InboxSettings settings;

    /**
     * Set on the thread of a dead-letter replay (an HTTP request): transient failures are retried only until this
     * instant, then thrown, so the request answers instead of hanging while the database is away. A thread-local,
     * because the replay reaches this processor through each service's own consumer, which knows nothing of it.
     */
    private static final ThreadLocal<Instant> RETRY_UNTIL = new ThreadLocal<>();

    private volatile boolean shuttingDown;

    /** Runs {@code work} with transient failures retried only until {@code deadline}. */
    public static <T> T retryingUntil(Instant deadline, Supplier<T> work) {
        Instant outer = RETRY_UNTIL.get();
        RETRY_UNTIL.set(deadline);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                RETRY_UNTIL.remove();
            } else {
                RETRY_UNTIL.set(outer);
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        shuttingDown = true;
    }

    public void process(String message, Consumer<EventEnvelope> effect) {
        process(reader.parse(message), effect);
    }

    /** Applies an already parsed event (replay of a dead letter goes through here too). */
    public void process(EventEnvelope event, Consumer<EventEnvelope> effect) {
        long backoff = settings.firstBackoffMillis();
        int deterministicFailures = 0;
        Instant since = null;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(event)) {
                        effect.accept(event);
                    }
                });
                if (since != null) {
                    LOG.infof("Event %s (%s) applied after waiting %s", event.id(), event.type(), Duration.between(since, Instant.now()));
                    stalls.done(event);
                }
                return;
            } catch (MalformedEventException e) {
                stalls.done(event);
                throw e;
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    if (since == null) {
                        since = Instant.now();
                        LOG.warnf("Event %s (%s) waits: %s; retrying until it passes, holding its partition", event.id(), event.type(), Failures.describe(e));
                    }
                    Instant until = RETRY_UNTIL.get();
                    if (until != null && Instant.now().isAfter(until)) {
                        stalls.done(event);
                        throw e;
                    }
                    if (shuttingDown) {
                        // not applied and not dead-lettered: the offset is not committed, so it is redelivered on restart
                        throw new ShuttingDownException(event, e);
                    }
                    stalls.retrying(event, since, attempt, e);
                    LOG.debugf(e, "Event %s transient failure (attempt %d)", event.id(), attempt);
                } else {
                    deterministicFailures++;
                    if (deterministicFailures >= settings.maxAttempts()) {
                        stalls.done(event);
                        LOG.errorf("Giving event %s (%s) up to the dead-letter topic after %d attempts: %s", event.id(), event.type(),
                                deterministicFailures, e);
                        throw e;
                    }
                    LOG.warnf("Event %s (%s) failed (attempt %d of %d), retrying in %d ms: %s", event.id(), event.type(),
                            deterministicFailures, settings.maxAttempts(), backoff, e);
                }
                sleep(backoff);
                backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
            }
        }
    }

    /** Thrown only when the service stops while an event waits on a transient failure. */
    public static class ShuttingDownException extends RuntimeException {
        ShuttingDownException(EventEnvelope event, Throwable cause) {
            super("service stopping while event " + event.id() + " waits on a transient failure", cause);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
