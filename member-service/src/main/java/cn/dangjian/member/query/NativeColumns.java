package cn.dangjian.member.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads the columns of native (report) query rows, whose Java type depends on the JDBC driver and Hibernate's mapping
 * ({@code java.sql.Date} or {@code LocalDate}, {@code Timestamp}, {@code OffsetDateTime} or {@code Instant}, a UUID or
 * its text): the one place that knows, for every report and directory query of the service.
 */
public final class NativeColumns {

    private NativeColumns() {
    }

    public static LocalDate localDate(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof LocalDate local) {
            return local;
        }
        return column instanceof java.sql.Date sql ? sql.toLocalDate() : LocalDate.parse(column.toString());
    }

    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return column instanceof OffsetDateTime offset ? offset.toInstant() : Instant.parse(column.toString());
    }

    public static UUID uuid(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof UUID id ? id : UUID.fromString(column.toString());
    }
}
