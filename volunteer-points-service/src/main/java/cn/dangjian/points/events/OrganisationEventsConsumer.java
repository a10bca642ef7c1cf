package cn.dangjian.points.events;

import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.InboxProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the organisation directory (scope checks, organisation references) from organisation events. */
@ApplicationScoped
public class OrganisationEventsConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    OrganisationDirectory directory;

    @Incoming("organisations")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.process(message, directory::apply);
    }
}
