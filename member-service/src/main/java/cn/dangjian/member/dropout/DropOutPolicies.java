package cn.dangjian.member.dropout;

import cn.dangjian.member.dues.DuesMonths;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The drop-out risk rules (domain.md, Membership: dropping out), each a named policy giving the level or nothing. They
 * only list members: the branch decides whether someone left, and the platform never changes a standing by itself.
 * Thresholds are policy ({@link DropOutSettings}). Plain Java, tested on both sides of each edge.
 */
public final class DropOutPolicies {

    private DropOutPolicies() {
    }

    /** The level reached after {@code months} without something, or none below the warn threshold. */
    public static Optional<RiskLevel> level(long months, int warnMonths, int flagMonths) {
        if (months >= flagMonths) {
            return Optional.of(RiskLevel.FLAG);
        }
        if (months >= warnMonths) {
            return Optional.of(RiskLevel.WARN);
        }
        return Optional.empty();
    }

    /**
     * WithoutOrganisationalLife: whole months since the last organisational life the member attended (or since admission,
     * if none): last 2026-08-15, today 2026-11-14 → 2 months; 2026-11-15 → 3.
     */
    public static long monthsWithoutOrganisationalLife(LocalDate lastAttended, LocalDate admittedOn, LocalDate today) {
        LocalDate since = lastAttended != null ? lastAttended : admittedOn;
        return Math.max(0, ChronoUnit.MONTHS.between(since, today));
    }

    /**
     * WithoutDues: months in arrears, the same count as the arrears report: the unpaid months before the current one,
     * which is not due yet. Paid up to 2026-08 in 2026-11 → 2 months (September and October); 2026-05 → 5.
     */
    public static long monthsWithoutDues(YearMonth paidUpTo, YearMonth current) {
        return DuesMonths.inArrears(paidUpTo, current);
    }

    /**
     * The latest month paid up to that still gives at least {@code months} without dues in {@code current}: a query
     * lists members paid up to it or earlier (3 in 2026-11 → 2026-07).
     */
    public static YearMonth paidUpToReaching(long months, YearMonth current) {
        return current.minusMonths(months + 1);
    }
}
