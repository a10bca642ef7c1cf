package cn.dangjian.points.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.points.account.IssuanceAccounts;
import cn.dangjian.platform.events.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the organisation directory (scope checks, organisation references) from organisation events, and opens a
 * community's or village's issuance account when its organisation appears.
 */
@ApplicationScoped
public class OrganisationEventsConsumer extends TopicConsumer {

    @Inject
    OrganisationDirectory directory;

    @Inject
    IssuanceAccounts issuance;

    OrganisationEventsConsumer() {
        super(Topics.ORGANISATIONS);
    }

    @Incoming("organisations")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, event -> {
            directory.apply(event);
            issuance.apply(event);
        });
    }
}
