package cn.dangjian.platform.events;

import io.smallrye.health.api.HealthGroup;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * Reports the outbox and the consumers on their own health group ({@code /q/health/group/events}), deliberately not
 * in readiness: with the broker or this service's database away the API keeps serving and events wait, so a load
 * balancer must not take it out. Shows the outbox backlog, events a consumer holds its partition for (stall) and each
 * consumer channel's lag. Failures are described in a few words ("database unavailable"), never as exception text.
 */
@HealthGroup("events")
@ApplicationScoped
public class EventsHealth implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(EventsHealth.class);

    @Inject
    OutboxRelay relay;

    @Inject
    ConsumerStalls stalls;

    @Inject
    Instance<KafkaClientService> kafkaClients;

    @Inject
    RetentionCheck retentionCheck;

    @Override
    public HealthCheckResponse call() {
        String error = relay.lastError();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("events");
        boolean up = error == null;
        try {
            response.withData("outboxPending", relay.pending());
        } catch (RuntimeException e) {
            up = false;
            response.withData("outboxPending", "unknown: " + Failures.describe(e));
        }
        response.withData("outboxLastPublishedAt", String.valueOf(relay.lastPublishedAt()))
                .withData("outboxLastError", error == null ? "none" : error);
        var waiting = stalls.current();
        response.withData("consumersWaiting", waiting.size());
        for (ConsumerStalls.Stall stall : waiting) {
            up = false;
            response.withData("waiting." + stall.eventId(), stall.type() + " since " + stall.since() + " ("
                    + Duration.between(stall.since(), Instant.now()).toSeconds() + " s, " + stall.attempts() + " attempts): " + stall.reason());
        }
        lag().forEach(response::withData);
        var retentionProblems = retentionCheck.problems();
        response.withData("inboxRetention", retentionProblems.isEmpty() ? "ok" : String.join("; ", retentionProblems));
        return response.status(up).build();
    }

    /** Records each consumer channel still has to read (Kafka's records-lag-max), read on the polling thread. */
    private Map<String, String> lag() {
        Map<String, String> lag = new TreeMap<>();
        if (!kafkaClients.isResolvable()) {
            return lag;
        }
        KafkaClientService clients = kafkaClients.get();
        for (String channel : clients.getConsumerChannels()) {
            try {
                Double max = clients.getConsumer(channel).runOnPollingThread(consumer -> {
                    double value = Double.NaN;
                    for (Map.Entry<MetricName, ? extends Metric> metric : consumer.metrics().entrySet()) {
                        if (metric.getKey().name().equals("records-lag-max") && metric.getKey().group().equals("consumer-fetch-manager-metrics")
                                && !metric.getKey().tags().containsKey("topic")) {
                            Object v = metric.getValue().metricValue();
                            if (v instanceof Double d) {
                                value = d;
                            }
                        }
                    }
                    return value;
                }).await().atMost(Duration.ofSeconds(2));
                lag.put("lag." + channel, max == null || max.isNaN() || max.isInfinite() ? "unknown" : String.valueOf(max.longValue()));
            } catch (RuntimeException e) {
                LOG.debugf(e, "cannot read the lag of channel %s", channel);
                lag.put("lag." + channel, "unknown: " + Failures.describe(e));
            }
        }
        return lag;
    }
}
