package cn.dangjian.points.events;

import cn.dangjian.platform.testing.OrganisationDirectoryContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Each organisation event type, twice: the second delivery changes nothing (see the contract's tests). */
@QuarkusTest
class OrganisationEventsConsumerTest extends OrganisationDirectoryContract {

    @Inject
    OrganisationEventsConsumer consumer;

    @Override
    protected void consume(String message) {
        consumer.consume(message);
    }
}
