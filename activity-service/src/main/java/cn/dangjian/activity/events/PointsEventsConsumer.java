package cn.dangjian.activity.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.activity.roster.RosterVolunteerRepository;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the volunteers announced by volunteer-points-service (points.volunteer-registered.v1) in the roster beside the
 * members, once per event (inbox) and never older over newer (aggregateversion). Other points events are not ours.
 */
@ApplicationScoped
public class PointsEventsConsumer extends TopicConsumer {

    @Inject
    EventReader reader;

    @Inject
    RosterVolunteerRepository volunteers;

    PointsEventsConsumer() {
        super(Topics.POINTS);
    }

    @Incoming("points")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (!EventTypes.POINTS_VOLUNTEER_REGISTERED.equals(event.type())) {
            return;
        }
        JsonNode data = event.data();
        volunteers.upsert(reader.uuid(data, "holderId"), reader.text(data, "name"), reader.optionalText(data, "sub"),
                reader.optionalUuid(data, "organisationId"), event.aggregateversion() == null ? 0 : event.aggregateversion());
    }
}
