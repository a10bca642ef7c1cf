package cn.dangjian.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Parses an envelope off the wire and reads typed fields from its data, failing as a malformed event. */
@ApplicationScoped
public class EventReader {

    @Inject
    ObjectMapper mapper;

    public EventEnvelope parse(String json) {
        try {
            return mapper.readValue(json, EventEnvelope.class).requireValid();
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
    }

    public String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            throw new MalformedEventException("data." + field + " is required");
        }
        return node.asText();
    }

    public String optionalText(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    public UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(text(data, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("data." + field + " must be a UUID", e);
        }
    }

    public UUID optionalUuid(JsonNode data, String field) {
        String text = optionalText(data, field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("data." + field + " must be a UUID", e);
        }
    }
}
