package cn.dangjian.member.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.member.dropout.OrganisationalLifeRecords;
import cn.dangjian.platform.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the organisational life members attended (drop-out risk) from activity events. */
@ApplicationScoped
public class ActivityEventsConsumer extends TopicConsumer {

    @Inject
    OrganisationalLifeRecords records;

    ActivityEventsConsumer() {
        super(Topics.ACTIVITIES);
    }

    @Incoming("activities")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, records::apply);
    }
}
