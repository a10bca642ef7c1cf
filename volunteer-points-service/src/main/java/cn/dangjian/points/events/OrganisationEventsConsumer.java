package cn.dangjian.points.events;

import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.points.account.IssuanceAccounts;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the organisation directory (scope checks, organisation references) from organisation events, and opens a
 * community's or village's issuance account when its organisation appears.
 */
@ApplicationScoped
public class OrganisationEventsConsumer {

    @Inject
    InboxProcessor inbox;

    @Inject
    OrganisationDirectory directory;

    @Inject
    IssuanceAccounts issuance;

    @Incoming("organisations")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.process(message, event -> {
            directory.apply(event);
            issuance.apply(event);
        });
    }
}
