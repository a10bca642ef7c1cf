package cn.dangjian.platform.events;

import cn.dangjian.platform.events.replay.ReplayableConsumer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Checks once, in the background after start, that the inbox remembers event ids longer than the topics this service
 * consumes (and their dead-letter topics) keep records: otherwise an event could come back after its id was purged
 * and apply twice. A violation is logged and shown on {@code /q/health/group/events}; it does not stop the service.
 */
@ApplicationScoped
public class RetentionCheck {

    private static final Logger LOG = Logger.getLogger(RetentionCheck.class);

    @Inject
    Retention retention;

    @Inject
    @Any
    Instance<ReplayableConsumer> consumers;

    @Inject
    @Identifier("default-kafka-broker")
    Instance<Map<String, Object>> kafkaConfiguration;

    @Inject
    InboxSettings settings;

    @Inject
    ManagedExecutor executor;

    private volatile List<String> problems = List.of();

    void start(@Observes StartupEvent startup) {
        if (!settings.retentionCheck().enabled() || !consumers.iterator().hasNext()) {
            return;
        }
        // after start, off the start-up path: the broker may be slow or away, and the check only reports
        executor.execute(this::check);
    }

    /** Topics whose retention is not shorter than the inbox retention ("none" when all are fine or unchecked). */
    public List<String> problems() {
        return problems;
    }

    void check() {
        Properties config = new Properties();
        if (kafkaConfiguration.isResolvable()) {
            kafkaConfiguration.get().forEach((key, value) -> {
                if (value != null && AdminClientConfig.configNames().contains(key)) {
                    config.put(key, value);
                }
            });
        }
        List<ConfigResource> topics = new ArrayList<>();
        consumers.forEach(c -> {
            topics.add(new ConfigResource(ConfigResource.Type.TOPIC, c.topic()));
            topics.add(new ConfigResource(ConfigResource.Type.TOPIC, c.topic() + Topics.DLQ_SUFFIX));
        });
        try (Admin admin = Admin.create(config)) {
            List<String> found = new ArrayList<>();
            for (ConfigResource topic : topics) {
                try {
                    Config topicConfig = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
                    var entry = topicConfig.get(TopicConfig.RETENTION_MS_CONFIG);
                    String problem = problem(topic.name(), entry == null ? null : entry.value(), retention.inboxRetention());
                    if (problem != null) {
                        found.add(problem);
                    }
                } catch (Exception e) {
                    LOG.debugf(e, "cannot read the retention of %s (not created yet?)", topic.name());
                }
            }
            problems = List.copyOf(found);
            found.forEach(p -> LOG.warnf("Inbox retention too short: %s", p));
        } catch (RuntimeException e) {
            LOG.warnf("Could not check topic retention against the inbox retention: %s", Failures.describe(e));
        }
    }

    /** The problem with one topic's retention.ms, or null when the inbox outlives it. -1 means kept forever. */
    static String problem(String topic, String retentionMs, Duration inboxRetention) {
        if (retentionMs == null) {
            return null;
        }
        long millis = Long.parseLong(retentionMs.trim());
        if (millis < 0 || millis >= inboxRetention.toMillis()) {
            return topic + " keeps records " + (millis < 0 ? "forever" : Duration.ofMillis(millis).toString())
                    + ", not less than dangjian.inbox.retention " + inboxRetention;
        }
        return null;
    }
}
