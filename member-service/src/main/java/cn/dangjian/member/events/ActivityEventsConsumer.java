package cn.dangjian.member.events;

import cn.dangjian.member.dropout.OrganisationalLifeRecords;
import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.events.replay.ReplayableConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the organisational life members attended (drop-out risk) from activity events. */
@ApplicationScoped
public class ActivityEventsConsumer implements ReplayableConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    OrganisationalLifeRecords records;

    /** Dead letters of this topic are replayed through {@link #consume(String)} (DeadLetterResource). */
    @Override
    public String topic() {
        return Topics.ACTIVITIES;
    }

    @Incoming("activities")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, records::apply);
    }
}
