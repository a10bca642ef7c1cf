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
     * Months in arrears (欠缴): the unpaid months before the current one, which is not due yet: paid up to 2026-05 in
     * 2026-11 → 5 (June to October). The arrears report, a member's dues and the drop-out risk all count with this.
     */
    public static long inArrears(YearMonth paidUpTo, YearMonth current) {
        return between(paidUpTo.plusMonths(1), current.minusMonths(1));
    }

    /**
     * "Paid up to" when a member is registered: the month given (dues kept before the platform, checked by
     * DuesPolicies.paidUpToAtRegistration), else the month before admission. Declarations never move it; payments do.
     */
    public static YearMonth atRegistration(YearMonth given, LocalDate admittedOn) {
        return given != null ? given : YearMonth.from(admittedOn).minusMonths(1);
    }

    /**
     * The month a member counts as paid up to: the stored one, or for a row kept before registration derived it (V4_0
     * filled them all), the month before admission (probationary members pay from admission).
     */
    public static YearMonth paidUpTo(LocalDate stored, LocalDate admittedOn) {
        return stored != null ? YearMonth.from(stored) : YearMonth.from(admittedOn).minusMonths(1);
    }
}
