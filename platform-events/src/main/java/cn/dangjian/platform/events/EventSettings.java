package cn.dangjian.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** What this service calls itself in the events it publishes ({@code dangjian.events.*}). */
@ConfigMapping(prefix = "dangjian.events")
public interface EventSettings {

    /** The envelope's {@code source}: {@code /dangjian/<service>} unless configured otherwise. */
    Optional<String> source();

    /** The service's name (the relay's Kafka client id, the dead-letter reader's group): the application's name. */
    @WithDefault("${quarkus.application.name}")
    String applicationName();
}
