package cn.dangjian.activity.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityPeriodTest {

    private static final Instant NINE = Instant.parse("2026-11-28T01:00:00Z");

    @Test
    void endingAfterStartingIsAPeriod() {
        ActivityPeriod period = ActivityPeriod.of(NINE, NINE.plusSeconds(1));
        assertEquals(NINE, period.startsAt());
        assertEquals(NINE.plusSeconds(1), period.endsAt());
    }

    @Test
    void endingWhenItStartsOrBeforeBlamesEndsAt() {
        var same = assertThrows(ActivityPeriod.Invalid.class, () -> ActivityPeriod.of(NINE, NINE));
        assertEquals("endsAt", same.field());
        assertEquals("must be after startsAt", same.getMessage());
        var before = assertThrows(ActivityPeriod.Invalid.class, () -> ActivityPeriod.of(NINE, NINE.minusSeconds(3600)));
        assertEquals("endsAt", before.field());
    }

    @Test
    void bothEndsAreRequired() {
        assertEquals("startsAt", assertThrows(ActivityPeriod.Invalid.class, () -> ActivityPeriod.of(null, NINE)).field());
        assertEquals("endsAt", assertThrows(ActivityPeriod.Invalid.class, () -> ActivityPeriod.of(NINE, null)).field());
    }
}
