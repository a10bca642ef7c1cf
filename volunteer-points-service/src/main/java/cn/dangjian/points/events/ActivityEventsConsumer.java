package cn.dangjian.points.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.points.earning.CreditingAttendance;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Earning: each confirmed attendance (activity-service) is credited once, from the right issuance account. */
@ApplicationScoped
public class ActivityEventsConsumer extends TopicConsumer {

    @Inject
    CreditingAttendance crediting;

    ActivityEventsConsumer() {
        super(Topics.ACTIVITIES);
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
