package cn.dangjian.points.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import cn.dangjian.points.holder.HolderRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Feeds the consumer each member event type it handles twice: the second delivery must change nothing. */
@QuarkusTest
class MemberEventsConsumerTest {

    @Inject
    MemberEventsConsumer consumer;

    @Inject
    HolderRepository holders;

    @Test
    void registeredTwiceOpensOneAccount() {
        UUID member = UUID.randomUUID();
        String event = MemberEventsFixture.registered(UUID.randomUUID(), member, "王芳", DemoIds.LAKESIDE_BRANCH_1, null);
        consumer.consume(event);
        consumer.consume(event);
        // even a second, distinct registered event for the same member opens no second account
        consumer.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "王芳", DemoIds.LAKESIDE_BRANCH_1, null));
        assertEquals(1L, accounts(member));
    }

    @Test
    void updatedAndTransferredTwice() {
        UUID member = UUID.randomUUID();
        consumer.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "王芳", DemoIds.LAKESIDE_BRANCH_1, null));
        String updated = MemberEventsFixture.updated(UUID.randomUUID(), member, "王芳芳", DemoIds.LAKESIDE_BRANCH_1);
        consumer.consume(updated);
        consumer.consume(updated);
        String transferred = MemberEventsFixture.transferred(UUID.randomUUID(), member, DemoIds.LAKESIDE_BRANCH_1, DemoIds.HILLSIDE_BRANCH);
        consumer.consume(transferred);
        consumer.consume(transferred);
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("王芳芳", holders.findById(member).name);
            assertEquals(DemoIds.HILLSIDE_BRANCH, holders.findById(member).organisationId);
        });
        assertEquals(1L, accounts(member));
    }

    @Test
    void anOlderVersionDoesNotUndoANewerOneAndALateRegistrationStillOpensTheAccount() {
        UUID member = UUID.randomUUID();
        // the update (version 3) overtakes the registration (1) and an older update (2)
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.updated(UUID.randomUUID(), member, "新名字", DemoIds.HILLSIDE_BRANCH), 3));
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.updated(UUID.randomUUID(), member, "旧名字", DemoIds.LAKESIDE_BRANCH_1), 2));
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.registered(UUID.randomUUID(), member, "最旧", DemoIds.LAKESIDE_BRANCH_1, null), 1));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("新名字", holders.findById(member).name);
            assertEquals(DemoIds.HILLSIDE_BRANCH, holders.findById(member).organisationId);
        });
        assertEquals(1L, accounts(member));
    }

    @Test
    void malformedEventsAreRefusedForTheDeadLetterTopic() {
        assertThrows(MalformedEventException.class, () -> consumer.consume("not json"));
        assertThrows(MalformedEventException.class, () -> consumer.consume(
                MemberEventsFixture.registered(UUID.randomUUID(), UUID.randomUUID(), "x", DemoIds.LAKESIDE, null).replace("\"organisationId\"", "\"orgId\"")));
    }

    private long accounts(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> holders.getEntityManager()
                .createQuery("select count(a) from PointsAccount a where a.holderId = :h", Long.class).setParameter("h", member).getSingleResult());
    }
}
