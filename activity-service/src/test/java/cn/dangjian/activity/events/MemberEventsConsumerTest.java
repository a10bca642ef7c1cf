package cn.dangjian.activity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.activity.roster.RosterMember;
import cn.dangjian.activity.roster.RosterMemberRepository;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.MemberEventsFixture;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Feeds the roster consumer each member event type it handles, twice each. */
@QuarkusTest
class MemberEventsConsumerTest {

    @Inject
    MemberEventsConsumer consumer;

    @Inject
    RosterMemberRepository roster;

    @Test
    void eachTypeTwice() {
        UUID member = UUID.randomUUID();
        twice(MemberEventsFixture.registered(UUID.randomUUID(), member, "陈静", DemoIds.LAKESIDE_BRANCH_1, "sub-" + member));
        twice(MemberEventsFixture.updated(UUID.randomUUID(), member, "陈静怡", DemoIds.LAKESIDE_BRANCH_1));
        twice(MemberEventsFixture.converted(UUID.randomUUID(), member, DemoIds.LAKESIDE_BRANCH_1, "2026-10-01"));
        twice(MemberEventsFixture.standingChanged(UUID.randomUUID(), member, DemoIds.LAKESIDE_BRANCH_1, "PROBATION_IN_PARTY", false));
        twice(MemberEventsFixture.transferred(UUID.randomUUID(), member, DemoIds.LAKESIDE_BRANCH_1, DemoIds.HILLSIDE_BRANCH));
        RosterMember kept = QuarkusTransaction.requiringNew().call(() -> roster.findById(member));
        assertEquals("陈静怡", kept.name);
        assertEquals("FULL", kept.status);
        assertEquals("PROBATION_IN_PARTY", kept.standing);
        assertEquals(DemoIds.HILLSIDE_BRANCH, kept.organisationId);
        assertEquals("sub-" + member, kept.sub, "an update without sub keeps the linked login");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> roster.count("id", member)));
    }

    @Test
    void anUpdateRedeliveredAfterANewerOneDoesNotUndoIt() {
        UUID member = UUID.randomUUID();
        consumer.consume(MemberEventsFixture.registered(UUID.randomUUID(), member, "甲", DemoIds.LAKESIDE_BRANCH_1, null));
        String older = MemberEventsFixture.updated(UUID.randomUUID(), member, "乙", DemoIds.LAKESIDE_BRANCH_1);
        consumer.consume(older);
        consumer.consume(MemberEventsFixture.updated(UUID.randomUUID(), member, "丙", DemoIds.LAKESIDE_BRANCH_1));
        consumer.consume(older);
        assertEquals("丙", QuarkusTransaction.requiringNew().call(() -> roster.findById(member).name));
    }

    @Test
    void anOlderVersionUnderAnotherEventIdDoesNotUndoANewerOne() {
        UUID member = UUID.randomUUID();
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.registered(UUID.randomUUID(), member, "甲", DemoIds.LAKESIDE_BRANCH_1, null), 1));
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.transferred(UUID.randomUUID(), member, DemoIds.LAKESIDE_BRANCH_1, DemoIds.HILLSIDE_BRANCH), 3));
        // a distinct, older event (replayed from a dead-letter topic, say): the inbox does not know it, the version does
        consumer.consume(OrganisationEventsFixture.withVersion(
                MemberEventsFixture.updated(UUID.randomUUID(), member, "乙", DemoIds.LAKESIDE_BRANCH_1), 2));
        RosterMember kept = QuarkusTransaction.requiringNew().call(() -> roster.findById(member));
        assertEquals("甲", kept.name);
        assertEquals(DemoIds.HILLSIDE_BRANCH, kept.organisationId);
    }

    @Test
    void malformedEventsAreRefusedForTheDeadLetterTopic() {
        assertThrows(MalformedEventException.class, () -> consumer.consume("[]"));
        assertThrows(MalformedEventException.class, () -> consumer.consume(
                MemberEventsFixture.registered(UUID.randomUUID(), UUID.randomUUID(), "x", DemoIds.LAKESIDE, null).replace("\"name\"", "\"nom\"")));
    }

    private void twice(String event) {
        consumer.consume(event);
        consumer.consume(event);
    }
}
