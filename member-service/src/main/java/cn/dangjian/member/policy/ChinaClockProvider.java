package cn.dangjian.member.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean validation's clock ({@code @PastOrPresent} on request bodies) is the service's China-time clock: the default one
 * uses the host's time zone, which refused today's China date between midnight in China and midnight on a UTC host.
 */
@ApplicationScoped
public class ChinaClockProvider implements ClockProvider {

    @Inject
    Today today;

    @Override
    public Clock getClock() {
        return today.clock();
    }
}
