package cn.dangjian.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry, dead-letter and remember processed events ({@code dangjian.inbox.*}). */
@ConfigMapping(prefix = "dangjian.inbox")
public interface InboxSettings {

    /** Processed event ids are remembered this long; it must exceed the topics' retention. */
    @WithDefault("P30D")
    Duration retention();

    RetentionCheck retentionCheck();

    /** Attempts before a deterministic failure goes to the dead-letter topic (transient ones retry without limit). */
    @WithDefault("6")
    int maxAttempts();

    @WithDefault("250")
    long firstBackoffMillis();

    @WithDefault("PT10S")
    Duration maxBackoff();

    interface RetentionCheck {
        /** Compare the inbox retention with the consumed topics' retention once after start. */
        @WithDefault("true")
        boolean enabled();
    }
}
