package cn.dangjian.points.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.platform.events.MalformedEventException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The daily cap counts the day of service (China time), not the day of confirmation. */
class ServiceDayTest {

    @Test
    void theDayOfServiceWinsOverTheDayOfConfirmation() {
        assertEquals(LocalDate.of(2026, 11, 28), ServiceDay.of("2026-11-28", Instant.parse("2026-11-30T02:00:00Z")));
    }

    @Test
    void withoutItTheChinaDateOfTheConfirmationCounts() {
        // 00:30 on 28 November in Beijing is still 27 November in UTC
        assertEquals(LocalDate.of(2026, 11, 28), ServiceDay.of(null, Instant.parse("2026-11-27T16:30:00Z")));
        // 23:59 on 27 November in Beijing
        assertEquals(LocalDate.of(2026, 11, 27), ServiceDay.of(null, Instant.parse("2026-11-27T15:59:59Z")));
    }

    @Test
    void aMalformedDayIsRefusedForTheDeadLetterTopic() {
        assertThrows(MalformedEventException.class, () -> ServiceDay.of("28/11/2026", Instant.parse("2026-11-27T16:30:00Z")));
    }
}
