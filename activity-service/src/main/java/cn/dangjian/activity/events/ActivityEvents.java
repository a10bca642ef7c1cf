package cn.dangjian.activity.events;

import cn.dangjian.activity.activity.Activity;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What activity-service announces, written to the outbox in the caller's transaction. Drafts are never announced. */
@ApplicationScoped
public class ActivityEvents {

    @Inject
    Outbox outbox;

    /** data of activity.published.v1; serviceHours is an exact decimal with two places, or null */
    public record ActivityData(UUID id, UUID organisationId, String type, Instant startsAt, Instant endsAt, String title,
                               BigDecimal serviceHours) {
    }

    public void published(Activity a) {
        outbox.publish(Topics.ACTIVITIES, EventTypes.ACTIVITY_PUBLISHED, a.id,
                new ActivityData(a.id, a.organisationId, a.type.name(), a.startsAt, a.endsAt, a.title, a.serviceHours));
    }
}
