package cn.dangjian.organisation.events;

import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.events.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps member counts per organisation from member events (once per event, order-proof) and the findings that use them. */
@ApplicationScoped
public class MemberEventsConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    MemberCounts counts;

    @Inject
    HealthService health;

    @Incoming("members")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.process(message, event -> health.recompute(counts.apply(event)));
    }
}
