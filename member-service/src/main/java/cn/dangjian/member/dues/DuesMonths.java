package cn.dangjian.member.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Month arithmetic of dues: months are stored as their first day (a DATE column) and read as {@link YearMonth}. */
public final class DuesMonths {

    private DuesMonths() {
    }

    /** Number of months from {@code from} through {@code through}, both included (0 when through is before from). */
    public static long between(YearMonth from, YearMonth through) {
        return Math.max(0, ChronoUnit.MONTHS.between(from, through) + 1);
    }

    public static LocalDate column(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    public static YearMonth of(LocalDate column) {
        return column == null ? null : YearMonth.from(column);
    }

    /**
     * The month a member counts as paid up to: the stored one, or, before any payment or declaration, the month before
     * admission (probationary members pay from admission).
     */
    public static YearMonth paidUpTo(LocalDate stored, LocalDate admittedOn) {
        return stored != null ? YearMonth.from(stored) : YearMonth.from(admittedOn).minusMonths(1);
    }
}
