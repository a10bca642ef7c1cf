package cn.dangjian.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes and how long published rows are kept ({@code dangjian.outbox.*}). */
@ConfigMapping(prefix = "dangjian.outbox")
public interface OutboxSettings {

    Relay relay();

    /** How often the relay looks for rows nobody woke it for (a commit wakes it at once). */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** Published rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** How often published rows and old inbox rows are purged. */
    @WithDefault("PT1H")
    Duration purgeInterval();

    interface Relay {
        /** Off: events wait in the outbox (tests that look at the outbox itself). */
        @WithDefault("true")
        boolean enabled();
    }
}
