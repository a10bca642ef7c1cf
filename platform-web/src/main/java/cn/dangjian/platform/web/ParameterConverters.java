package cn.dangjian.platform.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way every service reads query and header parameters: declare them with their type ({@code Integer page},
 * {@code UUID organisationId}, an enum, {@code LocalDate}, {@code Instant}…) and a value that cannot be read is a 400
 * naming the parameter. Without this, Quarkus REST answers 404 for an unconvertible query parameter (as JAX-RS
 * prescribes). An empty value ({@code ?page=}) counts as absent. Path parameters keep the JAX-RS rule: a malformed id
 * in the path is an unknown resource (404).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private record Reader(Function<String, Object> parse, String expectation) {
    }

    private static final Map<Class<?>, Reader> READERS = Map.ofEntries(
            Map.entry(Integer.class, new Reader(Integer::valueOf, "is not a whole number between -2147483648 and 2147483647")),
            Map.entry(int.class, new Reader(Integer::valueOf, "is not a whole number between -2147483648 and 2147483647")),
            Map.entry(Long.class, new Reader(Long::valueOf, "is not a whole number")),
            Map.entry(long.class, new Reader(Long::valueOf, "is not a whole number")),
            Map.entry(UUID.class, new Reader(ParameterConverters::uuid, "is not a valid UUID")),
            Map.entry(LocalDate.class, new Reader(LocalDate::parse, "is not a valid date (YYYY-MM-DD)")),
            Map.entry(YearMonth.class, new Reader(YearMonth::parse, "is not a valid month (YYYY-MM)")),
            Map.entry(Instant.class, new Reader(Instant::parse, "is not a valid instant (ISO-8601, e.g. 2026-11-27T09:00:00Z)")),
            Map.entry(OffsetDateTime.class, new Reader(OffsetDateTime::parse, "is not a valid instant (ISO-8601, e.g. 2026-11-27T09:00:00Z)")),
            Map.entry(BigDecimal.class, new Reader(BigDecimal::new, "is not a decimal number")),
            Map.entry(Boolean.class, new Reader(ParameterConverters::bool, "must be true or false")),
            Map.entry(boolean.class, new Reader(ParameterConverters::bool, "must be true or false")));

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String expectation = "must be one of " + Arrays.toString(enumType.getEnumConstants());
            return (ParamConverter<T>) new Converter<>(name, new Reader(raw -> Enum.valueOf(enumType, raw), expectation));
        }
        Reader reader = READERS.get(rawType);
        return reader == null ? null : (ParamConverter<T>) new Converter<>(name, reader);
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof org.jboss.resteasy.reactive.RestQuery query) {
                return query.value();
            }
            if (annotation instanceof org.jboss.resteasy.reactive.RestHeader header) {
                return header.value();
            }
        }
        return null;
    }

    private static UUID uuid(String raw) {
        // UUID.fromString accepts short forms such as 1-2-3-4-5; ids are always the canonical 36 characters
        if (raw.length() != 36) {
            throw new IllegalArgumentException("not canonical");
        }
        return UUID.fromString(raw);
    }

    private static Boolean bool(String raw) {
        return switch (raw) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(raw);
        };
    }

    static final class Converter<T> implements ParamConverter<T> {

        private final String name;
        private final Reader reader;

        Converter(String name, Reader reader) {
            this.name = name;
            this.reader = reader;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return (T) reader.parse().apply(value.trim());
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                throw new QueryParameterException(name, reader.expectation());
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
