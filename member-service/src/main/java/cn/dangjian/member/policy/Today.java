package cn.dangjian.member.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's one clock, in China time (api-contract: calendar dates are Asia/Shanghai). Rules about dates
 * (probation ends, no decision in the future) ask it, so tests can stand on either side of an edge.
 */
@ApplicationScoped
public class Today {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Clock clock = Clock.system(CHINA);

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** For tests only: stand at another instant ({@code null}: back to the system clock). */
    public void useClock(Clock fixed) {
        clock = fixed == null ? Clock.system(CHINA) : fixed.withZone(CHINA);
    }
}
