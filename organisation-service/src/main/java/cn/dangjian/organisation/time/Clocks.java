package cn.dangjian.organisation.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The one clock of the service, in China time (calendar days and months are Asia/Shanghai, api-contract). A bean,
 * so tests replace it and check the time-based rules on both sides of their edges. Every "today", "this month" and
 * timestamp of the service comes from it, Bean Validation's {@code @PastOrPresent} included.
 */
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(CHINA);
    }

    /**
     * Bean Validation's "now" for {@code @PastOrPresent} and the like: the service's clock in China time. Without it,
     * Hibernate Validator uses the host's clock and zone, so on a UTC host a date that is already today in China is
     * "in the future" for eight hours a day.
     */
    @Produces
    @Singleton
    ClockProvider validationClock(Clock clock) {
        // Hibernate Validator keeps the Clock it gets once, so hand it one that reads the service clock at every call
        Clock china = new InChina(clock);
        return () -> china;
    }

    /** The service clock's instant, always seen in China time. */
    private static final class InChina extends Clock {

        private final Clock service;

        InChina(Clock service) {
            this.service = service;
        }

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return service.withZone(zone);
        }

        @Override
        public Instant instant() {
            return service.instant();
        }
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }

    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.now(clock.withZone(CHINA));
    }
}
