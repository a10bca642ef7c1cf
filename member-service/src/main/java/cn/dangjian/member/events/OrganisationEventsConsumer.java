package cn.dangjian.member.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.member.grid.GridDirectory;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the organisation directory (scope checks, organisation references) and the known grids from organisation events. */
@ApplicationScoped
public class OrganisationEventsConsumer extends TopicConsumer {

    @Inject
    OrganisationDirectory directory;

    @Inject
    GridDirectory grids;

    OrganisationEventsConsumer() {
        super(Topics.ORGANISATIONS);
    }

    @Incoming("organisations")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> {
            if (!grids.apply(event)) {
                directory.apply(event);
            }
        });
    }
}
