package cn.dangjian.organisation;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Replaces the service's clock in tests, so time-based rules are checked on both sides of their edges. */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    /** Noon China time on that day. */
    public void setToday(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(CHINA).toInstant();
    }

    /** An exact instant, e.g. just after midnight in China while it is still the day before in UTC. */
    public void setInstant(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        return fixed == null ? Instant.now() : fixed;
    }
}
