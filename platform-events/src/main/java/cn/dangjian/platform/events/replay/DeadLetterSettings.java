package cn.dangjian.platform.events.replay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Reading and replaying dead-letter topics from the operations endpoint ({@code dangjian.dead-letters.*}). */
@ConfigMapping(prefix = "dangjian.dead-letters")
public interface DeadLetterSettings {

    /** How long a list or replay may take to read a dead-letter topic to its end. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /**
     * How long one replay request may spend applying records. A record whose database is away stops retrying at
     * this limit and is answered FAILED, with the records after it NOT_TRIED: the request never hangs.
     */
    @WithDefault("PT20S")
    Duration replayTimeout();
}
