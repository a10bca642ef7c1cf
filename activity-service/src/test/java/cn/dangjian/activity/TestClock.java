package cn.dangjian.activity;

import cn.dangjian.activity.policy.ChinaTime;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Replaces the service's clock in tests (ClockProducer is a default bean), so presence, windows and days of service are
 * checked at fixed instants on both sides of their edges. Unset, it is the real clock; tests that set it reset it.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant at) {
        fixed = at;
    }

    public void advance(Duration by) {
        fixed = instant().plus(by);
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
