package cn.dangjian.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of every service, in China time: rules about dates and deadlines take it by injection, so tests
 * replace it (platform-test-support's {@code TestClock}) and stand on either side of an edge.
 */
public class PlatformClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
