package cn.dangjian.activity.policy;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of the service, in China time, so time-driven rules (lifecycle job, check-in windows, the day of
 * service) can be tested at fixed instants: a default bean, which a test clock replaces. Days are taken through
 * {@link ChinaTime}, never through the host's zone.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
