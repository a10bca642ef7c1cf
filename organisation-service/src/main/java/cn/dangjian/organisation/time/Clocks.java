package cn.dangjian.organisation.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of the service, in China time (calendar days and months are Asia/Shanghai, api-contract). A bean,
 * so tests replace it and check the time-based rules on both sides of their edges.
 */
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(CHINA);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
