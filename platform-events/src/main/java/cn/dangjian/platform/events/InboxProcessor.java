package cn.dangjian.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * What every consumer does with a message: parse the envelope (a malformed one throws, so it goes to the
 * dead-letter topic), and apply its effect only on first delivery, in the caller's transaction.
 */
@ApplicationScoped
public class InboxProcessor {

    @Inject
    EventReader reader;

    @Inject
    Inbox inbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void process(String message, Consumer<EventEnvelope> effect) {
        EventEnvelope event = reader.parse(message);
        if (inbox.firstDelivery(event)) {
            effect.accept(event);
        }
    }
}
