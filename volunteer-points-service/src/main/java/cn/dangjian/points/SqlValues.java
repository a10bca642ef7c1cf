package cn.dangjian.points;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * The values of this service's native SQL (the ledger's, the reports'), which runs through the EntityManager like every
 * other query: parameters that may be null carry their type (a bare null has none for PostgreSQL to infer), and
 * columns are read back as the types the code uses whichever JDBC type the driver reports.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static TypedParameterValue<UUID> uuid(UUID value) {
        return new TypedParameterValue<>(StandardBasicTypes.UUID, value);
    }

    public static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant i) {
            return i;
        }
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not an instant: " + column.getClass().getName());
    }

    public static LocalDate date(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) column;
    }

    public static UUID uuid(Object column) {
        return column == null ? null : column instanceof UUID u ? u : UUID.fromString(column.toString());
    }

    public static BigDecimal decimal(Object column) {
        return column == null ? null : column instanceof BigDecimal b ? b : new BigDecimal(column.toString());
    }

    public static long count(Object column) {
        return ((Number) column).longValue();
    }
}
