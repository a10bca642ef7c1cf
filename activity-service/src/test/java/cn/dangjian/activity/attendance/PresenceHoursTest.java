package cn.dangjian.activity.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Hours from presence on both sides of a quarter hour, of the activity's own time and of the service hours, without Quarkus. */
class PresenceHoursTest {

    private static final Instant STARTS = Instant.parse("2026-11-28T01:00:00Z"); // 09:00 China time
    private static final Instant ENDS = STARTS.plus(Duration.ofHours(3));

    private static BigDecimal after(Duration present) {
        return PresenceHours.between(STARTS, STARTS.plus(present), STARTS, ENDS);
    }

    @Test
    void roundedDownToTheQuarterHour() {
        assertEquals(new BigDecimal("1.00"), after(Duration.ofMinutes(74).plusSeconds(59)));
        assertEquals(new BigDecimal("1.25"), after(Duration.ofMinutes(75)));
        assertEquals(new BigDecimal("0.00"), after(Duration.ofMinutes(14).plusSeconds(59)));
        assertEquals(new BigDecimal("0.25"), after(Duration.ofMinutes(15)));
        assertEquals(new BigDecimal("2.75"), after(Duration.ofMinutes(179).plusSeconds(59)));
    }

    @Test
    void withoutACheckOutOrACheckInNothing() {
        assertEquals(new BigDecimal("0.00"), PresenceHours.between(STARTS, null, STARTS, ENDS));
        assertEquals(new BigDecimal("0.00"), PresenceHours.between(null, ENDS, STARTS, ENDS));
    }

    @Test
    void onlyTheActivitysOwnTimeCounts() {
        // checked in half an hour early: counted from the start
        assertEquals(new BigDecimal("1.00"), PresenceHours.between(STARTS.minus(Duration.ofMinutes(30)), STARTS.plus(Duration.ofHours(1)), STARTS, ENDS));
        // checked out long after the end: counted until the end, or until the organiser's earlier end
        assertEquals(new BigDecimal("3.00"), PresenceHours.between(STARTS, ENDS.plus(Duration.ofDays(2)), STARTS, ENDS));
        assertEquals(new BigDecimal("3.00"), PresenceHours.between(STARTS, ENDS, STARTS, ENDS));
        assertEquals(new BigDecimal("2.75"), PresenceHours.between(STARTS, ENDS.minusSeconds(1), STARTS, ENDS));
        assertEquals(new BigDecimal("1.50"), PresenceHours.between(STARTS, ENDS, STARTS, STARTS.plus(Duration.ofMinutes(90))));
        // all of it before the start (checked out before it began)
        assertEquals(new BigDecimal("0.00"), PresenceHours.between(STARTS.minus(Duration.ofMinutes(30)), STARTS.minusSeconds(1), STARTS, ENDS));
    }

    @Test
    void creditableIsThePresenceAtMostTheServiceHours() {
        assertEquals(new BigDecimal("1.25"), PresenceHours.creditable(new BigDecimal("1.25"), new BigDecimal("2.5")));
        assertEquals(new BigDecimal("2.50"), PresenceHours.creditable(new BigDecimal("2.50"), new BigDecimal("2.50")));
        assertEquals(new BigDecimal("2.50"), PresenceHours.creditable(new BigDecimal("2.75"), new BigDecimal("2.50")));
        assertEquals(new BigDecimal("0.00"), PresenceHours.creditable(new BigDecimal("2.75"), null), "a meeting counts no hours");
    }
}
