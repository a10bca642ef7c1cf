package cn.dangjian.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days are China-time days whatever the host's zone, on both sides of midnight in Beijing. */
class ChinaTimeTest {

    @Test
    void aDayBeginsAtMidnightChinaTime() {
        assertEquals(LocalDate.parse("2026-11-27"), ChinaTime.dateOf(Instant.parse("2026-11-27T15:59:59Z")), "23:59:59 in Beijing");
        assertEquals(LocalDate.parse("2026-11-28"), ChinaTime.dateOf(Instant.parse("2026-11-27T16:00:00Z")), "00:00 in Beijing");
        assertEquals(LocalDate.parse("2026-11-28"), ChinaTime.dateOf(Instant.parse("2026-11-27T16:30:00Z")), "00:30 in Beijing, still the 27th in UTC");
    }

    @Test
    void theServiceClockIsChinaTime() {
        assertEquals(ChinaTime.ZONE, new PlatformClock().clock().getZone());
    }
}
