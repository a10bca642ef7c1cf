package cn.dangjian.organisation.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.organisation.committee.CommitteeService;
import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.platform.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps member counts per organisation from member events (once per event, order-proof), empties the committee seats of
 * members whose membership ended, and recomputes the findings that use them.
 */
@ApplicationScoped
public class MemberEventsConsumer extends TopicConsumer {

    @Inject
    MemberCounts counts;

    @Inject
    HealthService health;

    @Inject
    CommitteeService committees;

    MemberEventsConsumer() {
        super(Topics.MEMBERS);
    }

    @Incoming("members")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> {
            Set<UUID> touched = new LinkedHashSet<>(counts.apply(event));
            touched.addAll(committees.vacateSeatsOfDeparted(counts.memberOf(event)));
            health.recompute(touched);
        });
    }
}
