package cn.dangjian.activity.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The hours a verified presence is worth (domain.md, moral bank): the time between check-in and check-out, counted
 * only within the activity's own time, rounded down to the quarter hour; at most the activity's service hours. Plain
 * Java, derived, never taken from a caller.
 */
public final class PresenceHours {

    static final long QUARTER_SECONDS = Duration.ofMinutes(15).toSeconds();
    static final BigDecimal ZERO = new BigDecimal("0.00");

    private PresenceHours() {
    }

    /**
     * @param checkedIn  the in-person check-in (by code or location), or null
     * @param checkedOut the check-out, or null: without one there is no presence to count
     * @param startsAt   the activity's start: time before it is not service
     * @param end        when the activity ended (endsAt, or the organiser's earlier end): time after it is not service
     * @return quarter hours, two decimal places (1h14m59s → 1.00, 1h15m → 1.25); 0.00 without both check-in and check-out
     */
    public static BigDecimal between(Instant checkedIn, Instant checkedOut, Instant startsAt, Instant end) {
        if (checkedIn == null || checkedOut == null) {
            return ZERO;
        }
        Instant from = checkedIn.isAfter(startsAt) ? checkedIn : startsAt;
        Instant until = checkedOut.isBefore(end) ? checkedOut : end;
        if (!until.isAfter(from)) {
            return ZERO;
        }
        long quarters = Duration.between(from, until).toSeconds() / QUARTER_SECONDS; // integer division: rounds down
        return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4)).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** What presence allows to be credited: the presence, at most the service hours (0.00 when the activity counts none). */
    public static BigDecimal creditable(BigDecimal presence, BigDecimal serviceHours) {
        BigDecimal cap = serviceHours == null ? ZERO : serviceHours.setScale(2);
        return presence.min(cap).setScale(2);
    }
}
