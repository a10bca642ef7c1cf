package cn.dangjian.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The CloudEvents 1.0 JSON envelope every event travels in (api-contract, "Events"). {@code subject} is the
 * id of the aggregate the event is about, which is also the Kafka key. {@code aggregateversion} (a CloudEvents
 * extension) grows with every event about that aggregate, so a consumer keeping state about it can ignore an older
 * event that arrives late (a replayed dead letter, another partition).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        Long aggregateversion,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String TYPE_PREFIX = "dangjian.";

    public static EventEnvelope create(String source, String type, String subject, long aggregateVersion, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), source, type, Instant.now(), subject, "application/json",
                aggregateVersion, data);
    }

    /** Checks what a consumer relies on; a message that fails this is sent to the dead-letter topic. */
    public EventEnvelope requireValid() {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("specversion must be 1.0, was " + specversion);
        }
        if (id == null || type == null || subject == null || data == null || data.isNull()) {
            throw new MalformedEventException("id, type, subject and data are required");
        }
        if (aggregateversion != null && aggregateversion < 1) {
            throw new MalformedEventException("aggregateversion must be 1 or more, was " + aggregateversion);
        }
        return this;
    }
}
