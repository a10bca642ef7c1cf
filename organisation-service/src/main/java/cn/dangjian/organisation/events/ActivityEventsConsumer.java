package cn.dangjian.organisation.events;

import cn.dangjian.organisation.health.ActivityRecords;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.events.replay.ReplayableConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps what health needs of activities (last ended, compliance) and recomputes the organisation and its parent. */
@ApplicationScoped
public class ActivityEventsConsumer implements ReplayableConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    ActivityRecords activities;

    @Inject
    HealthService health;

    /** Dead letters of this topic are replayed through {@link #consume(String)} (DeadLetterResource). */
    @Override
    public String topic() {
        return Topics.ACTIVITIES;
    }

    @Incoming("activities")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> health.recomputeWithParents(activities.apply(event)));
    }
}
