package cn.dangjian.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of every service, in China time: rules about dates and deadlines take it by injection, so tests
 * replace it (platform-test-support's {@code TestClock}) and stand on either side of an edge. Bean Validation's
 * {@code @PastOrPresent} reads it too.
 */
public class PlatformClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }

    /**
     * Bean Validation's "now": the platform clock in China time. Without it Hibernate Validator uses the host's clock
     * and zone, so on a UTC host today's China date is "in the future" for eight hours a day. Hibernate Validator keeps
     * the Clock it is given once, so it gets one that reads the platform clock at every call.
     */
    @Produces
    @Singleton
    ClockProvider validationClock(Clock clock) {
        Clock live = new Live(clock, ChinaTime.ZONE);
        return () -> live;
    }

    private static final class Live extends Clock {

        private final Clock platform;
        private final ZoneId zone;

        Live(Clock platform, ZoneId zone) {
            this.platform = platform;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Live(platform, other);
        }

        @Override
        public Instant instant() {
            return platform.instant();
        }
    }
}
