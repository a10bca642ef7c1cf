package cn.dangjian.member.policy;

import cn.dangjian.platform.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" and "now" of the member rules (probation ends, no decision in the future), read from the platform clock in
 * China time (api-contract: calendar dates are Asia/Shanghai). Tests move the platform clock (TestClock).
 */
@ApplicationScoped
public class Today {

    public static final ZoneId CHINA = ChinaTime.ZONE;

    @Inject
    Clock clock;

    public LocalDate date() {
        return ChinaTime.today(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
