package cn.dangjian.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The Idempotency-Key store's housekeeping and waiting ({@code dangjian.idempotency.*}). */
@ConfigMapping(prefix = "dangjian.idempotency")
public interface IdempotencySettings {

    @WithDefault("PT10M")
    Duration purgeInterval();

    @WithDefault("true")
    boolean purgeEnabled();

    /** How long a retry waits for the first request with the same key before it is answered 409 + Retry-After. */
    @WithDefault("PT10S")
    Duration waitForFirst();
}
