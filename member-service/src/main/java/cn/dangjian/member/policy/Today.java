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

    /**
     * A clock that always reads this one, in China time, for what asks for a {@link Clock} once and keeps it (bean
     * validation's {@code @PastOrPresent} validators take their clock when they are first built).
     */
    public Clock clock() {
        return new Live(CHINA);
    }

    /** Reads the service's clock at every call, so that moving it (tests) moves every holder of this view. */
    private final class Live extends Clock {

        private final ZoneId zone;

        Live(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Live(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }

    /** For tests only: stand at another instant ({@code null}: back to the system clock). */
    public void useClock(Clock fixed) {
        clock = fixed == null ? Clock.system(CHINA) : fixed.withZone(CHINA);
    }
}
