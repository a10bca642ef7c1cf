package cn.dangjian.organisation.events;

import cn.dangjian.organisation.health.ActivityRecords;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.events.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps what health needs of activities (last ended, compliance) and recomputes the organisation and its parent. */
@ApplicationScoped
public class ActivityEventsConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    ActivityRecords activities;

    @Inject
    HealthService health;

    @Incoming("activities")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.process(message, event -> health.recomputeWithParents(activities.apply(event)));
    }
}
