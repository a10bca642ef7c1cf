package cn.dangjian.points.events;

import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.events.replay.ReplayableConsumer;
import cn.dangjian.points.earning.CreditingAttendance;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Earning: each confirmed attendance (activity-service) is credited once, from the right issuance account. */
@ApplicationScoped
public class ActivityEventsConsumer implements ReplayableConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    CreditingAttendance crediting;

    /** Dead letters of this topic are replayed through {@link #consume(String)} (DeadLetterResource). */
    @Override
    public String topic() {
        return Topics.ACTIVITIES;
    }

    @Incoming("activities")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> {
            if (EventTypes.ACTIVITY_ATTENDANCE_CONFIRMED.equals(event.type())) {
                crediting.credit(event);
            }
            // other activity events carry nothing the moral bank keeps
        });
    }
}
