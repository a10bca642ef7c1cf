package cn.dangjian.organisation.events;

import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.events.replay.ReplayableConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps member counts per organisation from member events (once per event, order-proof) and the findings that use them. */
@ApplicationScoped
public class MemberEventsConsumer implements ReplayableConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    MemberCounts counts;

    @Inject
    HealthService health;

    /** Dead letters of this topic are replayed through {@link #consume(String)} (DeadLetterResource). */
    @Override
    public String topic() {
        return Topics.MEMBERS;
    }

    @Incoming("members")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> health.recompute(counts.apply(event)));
    }
}
