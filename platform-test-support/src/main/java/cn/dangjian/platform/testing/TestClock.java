package cn.dangjian.platform.testing;

import cn.dangjian.platform.time.ChinaTime;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform clock in every service's tests (it replaces platform-web's default clock bean), so that rules about
 * dates and deadlines are checked on both sides of their edges. Unset, it is the real clock; a test that sets it
 * resets it. Fixed with {@link #set} or {@link #setToday}; moved with {@link #advance} (a fixed clock moves, a real one
 * runs on ahead by that much).
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** Stands still at this instant. */
    public void set(Instant at) {
        fixed = at;
    }

    /** Stands still at noon China time on that day. */
    public void setToday(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    public void advance(Duration by) {
        Instant at = fixed;
        if (at != null) {
            fixed = at.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to the real clock. */
    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at != null ? Clock.fixed(at, zone) : Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now().plus(offset);
    }
}
