package cn.dangjian.organisation.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.organisation.health.ActivityRecords;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps what health needs of activities (last ended, compliance) and recomputes the organisation and its parent. */
@ApplicationScoped
public class ActivityEventsConsumer extends TopicConsumer {

    @Inject
    ActivityRecords activities;

    @Inject
    HealthService health;

    ActivityEventsConsumer() {
        super(Topics.ACTIVITIES);
    }

    @Incoming("activities")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> health.recomputeWithParents(activities.apply(event)));
    }
}
