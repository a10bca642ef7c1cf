package cn.dangjian.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What every consumer does with a message: parse the envelope, then, in one transaction, record its id in the inbox
 * and apply its effect, only on first delivery. A message that can never be processed (malformed) is refused at
 * once, so it goes to the dead-letter topic; any other failure (the database away, a lost race) is retried in a new
 * transaction with backoff, holding the partition, before the message is given up to the dead-letter topic.
 */
@ApplicationScoped
public class InboxProcessor {

    private static final Logger LOG = Logger.getLogger(InboxProcessor.class);

    @Inject
    EventReader reader;

    @Inject
    Inbox inbox;

    @ConfigProperty(name = "dangjian.inbox.max-attempts", defaultValue = "6")
    int maxAttempts;

    @ConfigProperty(name = "dangjian.inbox.first-backoff-millis", defaultValue = "250")
    long firstBackoffMillis;

    public void process(String message, Consumer<EventEnvelope> effect) {
        EventEnvelope event = reader.parse(message);
        long backoff = firstBackoffMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(event)) {
                        effect.accept(event);
                    }
                });
                return;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    LOG.errorf("Giving event %s (%s) up to the dead-letter topic after %d attempts: %s", event.id(), event.type(), attempt, e);
                    throw e;
                }
                LOG.warnf("Event %s (%s) failed (attempt %d of %d), retrying in %d ms: %s", event.id(), event.type(), attempt, maxAttempts, backoff, e);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
            }
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
