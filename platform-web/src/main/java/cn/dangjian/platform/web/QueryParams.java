package cn.dangjian.platform.web;

import java.util.Arrays;
import java.util.UUID;

/**
 * Parses query parameters so that a bad value is a 400 naming the parameter (JAX-RS would answer 404 for a
 * query parameter it cannot convert).
 */
/** @deprecated declare query parameters with their type instead; {@link ParameterConverters} reads them for every service. */
@Deprecated(forRemoval = true)
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "is not a valid UUID");
        }
    }

    public static java.time.Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(raw.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(name, "is not a valid instant (ISO-8601, e.g. 2026-11-27T09:00:00Z)");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
