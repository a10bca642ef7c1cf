package cn.dangjian.points.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The service's clock, one bean so that deadlines (objection periods, expiry) can be tested on both sides. */
@ApplicationScoped
public class Clocks {

    /** Days, months and quarters of the moral bank are China time (honour-roll periods, daily caps). */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
