package cn.dangjian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every declared query parameter type: a good value reads, a bad one is a 400 naming the parameter. */
class ParameterConvertersTest {

    enum Colour { RED, GREEN }

    private final ParameterConverters provider = new ParameterConverters();

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "2147483648", "-2147483649", "1e3", "0x10"})
    void anUnreadableWholeNumberNamesTheParameter(String raw) {
        QueryParameterException e = assertThrows(QueryParameterException.class, () -> converter(Integer.class, query("page")).fromString(raw));
        assertEquals("page", e.parameter());
        assertEquals(400, e.getResponse().getStatus());
    }

    @Test
    void readsEachDeclaredType() {
        assertEquals(-1, converter(Integer.class, query("page")).fromString("-1"));
        assertEquals(7, converter(Integer.class, query("size")).fromString(" 7 "));
        assertNull(converter(Integer.class, query("page")).fromString(""));
        UUID id = UUID.randomUUID();
        assertEquals(id, converter(UUID.class, query("organisationId")).fromString(id.toString()));
        assertEquals(LocalDate.of(2026, 11, 30), converter(LocalDate.class, query("on")).fromString("2026-11-30"));
        assertEquals(Instant.parse("2026-11-30T10:00:00Z"), converter(Instant.class, query("from")).fromString("2026-11-30T10:00:00Z"));
        assertEquals(Colour.GREEN, converter(Colour.class, query("colour")).fromString("GREEN"));
    }

    @Test
    void badValuesOfEachTypeNameTheParameter() {
        assertEquals("organisationId", assertThrows(QueryParameterException.class,
                () -> converter(UUID.class, query("organisationId")).fromString("1-2-3-4-5")).parameter());
        assertEquals("on", assertThrows(QueryParameterException.class,
                () -> converter(LocalDate.class, query("on")).fromString("2026-02-30")).parameter());
        assertEquals("from", assertThrows(QueryParameterException.class,
                () -> converter(Instant.class, query("from")).fromString("yesterday")).parameter());
        QueryParameterException colour = assertThrows(QueryParameterException.class,
                () -> converter(Colour.class, query("colour")).fromString("red"));
        assertEquals("must be one of [RED, GREEN]", colour.getMessage());
    }

    @Test
    void pathParametersAndPlainStringsAreLeftToJaxRs() {
        assertNull(provider.getConverter(UUID.class, UUID.class, new Annotation[] {path("id")}));
        assertNull(provider.getConverter(String.class, String.class, new Annotation[] {query("name")}));
    }

    @SuppressWarnings("unchecked")
    private <T> ParamConverter<T> converter(Class<T> type, Annotation annotation) {
        return provider.getConverter(type, type, new Annotation[] {annotation});
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            public String value() { return name; }
            public Class<? extends Annotation> annotationType() { return QueryParam.class; }
        };
    }

    private static PathParam path(String name) {
        return new PathParam() {
            public String value() { return name; }
            public Class<? extends Annotation> annotationType() { return PathParam.class; }
        };
    }
}
