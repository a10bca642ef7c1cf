package cn.dangjian.organisation.health;

import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What health needs of activities, from activity events: per activity its organisation, when it ended and whether it
 * was cancelled (guarded by aggregateversion), and per organisation and year the organisational life behind schedule.
 * "Last activity" is derived from these rows (max), so a late or repeated event cannot move it backwards.
 */
@ApplicationScoped
public class ActivityRecords {

    @Inject
    ActivityRecordRepository records;

    @Inject
    EventReader reader;

    /** Applies one activity event; answers the organisations whose findings may change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> apply(EventEnvelope event) {
        JsonNode data = event.data();
        return switch (event.type()) {
            case EventTypes.ACTIVITY_PUBLISHED, EventTypes.ACTIVITY_UPDATED -> record(event, null, false);
            // endedAt (ended early or on time); endsAt from producers that do not send it
            case EventTypes.ACTIVITY_ENDED -> record(event, instant(data, data.hasNonNull("endedAt") ? "endedAt" : "endsAt"), false);
            case EventTypes.ACTIVITY_CANCELLED -> record(event, null, true);
            case EventTypes.ACTIVITY_COMPLIANCE_CHANGED -> compliance(event);
            default -> Set.of();
        };
    }

    private Set<UUID> record(EventEnvelope event, Instant endedAt, boolean cancelled) {
        JsonNode data = event.data();
        UUID activity = reader.uuid(data, "id");
        UUID organisation = reader.uuid(data, "organisationId");
        UUID before = records.organisationOf(activity);
        records.record(activity, organisation, endedAt, cancelled, version(event));
        return before == null || before.equals(organisation) ? Set.of(organisation) : Set.of(organisation, before);
    }

    private Set<UUID> compliance(EventEnvelope event) {
        JsonNode data = event.data();
        UUID organisation = reader.uuid(data, "organisationId");
        JsonNode yearNode = data.get("year");
        if (yearNode == null || !yearNode.canConvertToInt()) {
            throw new MalformedEventException("data.year must be a year");
        }
        JsonNode behindNode = data.get("behind");
        if (behindNode == null || !behindNode.isArray()) {
            throw new MalformedEventException("data.behind must be a list");
        }
        List<String> behind = new ArrayList<>();
        for (JsonNode item : behindNode) {
            behind.add(reader.text(item, "type") + " " + reader.text(item, "period"));
        }
        records.compliance(organisation, yearNode.asInt(), String.join(", ", behind), behind.size(), version(event));
        return Set.of(organisation);
    }

    private Instant instant(JsonNode data, String field) {
        try {
            return Instant.parse(reader.text(data, field));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("data." + field + " must be an ISO-8601 instant", e);
        }
    }

    private static long version(EventEnvelope event) {
        if (event.aggregateversion() == null) {
            throw new MalformedEventException("aggregateversion is required to keep activity facts order-proof");
        }
        return event.aggregateversion();
    }
}
