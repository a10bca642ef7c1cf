package cn.dangjian.activity.events;

import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the organisation directory (scope checks, organisation references) from organisation events. */
@ApplicationScoped
public class OrganisationEventsConsumer {

    @Inject
    EventReader reader;

    @Inject
    Inbox inbox;

    @Inject
    OrganisationDirectory directory;

    @Incoming("organisations")
    @Blocking(ordered = true)
    @Transactional
    public void consume(String message) {
        EventEnvelope event = reader.parse(message);
        if (inbox.firstDelivery(event)) {
            directory.apply(event);
        }
    }
}
