package cn.dangjian.points.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's clock, one bean so that deadlines (objection periods, expiry) can be tested on both sides. It keeps
 * instants (UTC); every day, month or quarter of the moral bank is China time, whatever the host's zone: take it from
 * {@link #chinaDay(Instant)} or {@link #CHINA}, never from the clock's zone.
 */
@ApplicationScoped
public class Clocks {

    /** Days, months and quarters of the moral bank are China time (honour-roll periods, daily caps). */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The China date of an instant: 2026-11-27T16:30:00Z is 28 November (00:30 in Beijing). */
    public static LocalDate chinaDay(Instant instant) {
        return instant.atZone(CHINA).toLocalDate();
    }
}
