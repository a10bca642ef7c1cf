package cn.dangjian.activity.events;

import cn.dangjian.activity.activity.Activity;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What activity-service announces, written to the outbox in the caller's transaction (the same one that changes
 * the state). Every event is keyed by the activity id. Drafts are never announced.
 */
@ApplicationScoped
public class ActivityEvents {

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    /** data of activity.published.v1 and activity.updated.v1; serviceHours is an exact decimal with two places, or null */
    public record ActivityData(UUID id, UUID organisationId, String type, Instant startsAt, Instant endsAt, String title,
                               BigDecimal serviceHours) {
    }

    /** data of activity.cancelled.v1 */
    public record CancelledData(UUID id, UUID organisationId, String type, Instant startsAt, Instant endsAt, String title,
                                String reason, Instant cancelledAt) {
    }

    /** data of activity.ended.v1; early when the organiser ended it before endsAt */
    public record EndedData(UUID id, UUID organisationId, String type, Instant startsAt, Instant endsAt, String title,
                            Instant endedAt, boolean early) {
    }

    public void published(Activity a) {
        outbox.publish(Topics.ACTIVITIES, EventTypes.ACTIVITY_PUBLISHED, a.id, data(a));
    }

    public void updated(Activity a) {
        outbox.publish(Topics.ACTIVITIES, EventTypes.ACTIVITY_UPDATED, a.id, data(a));
    }

    public void cancelled(Activity a) {
        outbox.publish(Topics.ACTIVITIES, EventTypes.ACTIVITY_CANCELLED, a.id,
                new CancelledData(a.id, a.organisationId, a.type.name(), a.startsAt, a.endsAt, a.title, a.cancelReason, a.cancelledAt));
    }

    public void ended(Activity a) {
        outbox.publish(Topics.ACTIVITIES, EventTypes.ACTIVITY_ENDED, a.id,
                new EndedData(a.id, a.organisationId, a.type.name(), a.startsAt, a.endsAt, a.title, a.endedAt,
                        a.endedAt != null && a.endedAt.isBefore(a.endsAt)));
    }

    /**
     * activity.attendance-confirmed.v1, once per attendee. Built by hand so that hours keep their two decimal places
     * on the wire ({@code 0.00}, {@code 2.50}): the default node factory would strip trailing zeros.
     */
    public void attendanceConfirmed(Activity a, UUID holderId, String attendeeKind, UUID memberId, BigDecimal hours, boolean makeUp,
                                    LocalDate servedOn, String confirmedBy, Instant confirmedAt) {
        ObjectNode data = mapper.createObjectNode();
        data.put("activityId", a.id.toString());
        data.put("holderId", holderId.toString());
        data.put("attendeeKind", attendeeKind);
        if (memberId != null) {
            data.put("memberId", memberId.toString());
        }
        data.put("organisationId", a.organisationId.toString());
        data.put("activityType", a.type.name());
        data.set("hours", DecimalNode.valueOf(hours));
        data.put("makeUp", makeUp);
        data.put("servedOn", servedOn.toString()); // the China-time day of service: the daily cap and drop-out count it
        data.put("confirmedBy", confirmedBy);
        data.put("confirmedAt", confirmedAt.toString());
        outbox.publish(Topics.ACTIVITIES, EventTypes.ACTIVITY_ATTENDANCE_CONFIRMED, a.id, data);
    }

    private static ActivityData data(Activity a) {
        return new ActivityData(a.id, a.organisationId, a.type.name(), a.startsAt, a.endsAt, a.title, a.serviceHours);
    }
}
