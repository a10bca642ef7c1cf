package cn.dangjian.activity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void activeIsWhatMemberServiceSaysAndTheStandingOnlyWhenAnOlderEventDoesNotSay() {
        UUID member = UUID.randomUUID();
        consumer.consume(member(member, "registered", "\"name\":\"丁\",\"status\":\"FULL\",\"standing\":\"NORMAL\",\"votingRights\":true,"
                + "\"active\":true,\"admittedOn\":\"2020-07-01\",\"sub\":null"));
        assertTrue(active(member));
        consumer.consume(member(member, "standing-changed", "\"standing\":\"EXPELLED\",\"votingRights\":false,\"active\":false"));
        assertFalse(active(member));
        // member-service decides: whatever the standing, its word counts
        consumer.consume(member(member, "updated", "\"name\":\"丁\",\"status\":\"FULL\",\"standing\":\"SUSPENDED\",\"votingRights\":false,"
                + "\"active\":false,\"admittedOn\":\"2020-07-01\",\"sub\":null"));
        assertFalse(active(member));
        // events from before member-service said so: the standings that end membership (compatibility only)
        consumer.consume(member(member, "standing-changed", "\"standing\":\"NORMAL\",\"votingRights\":true"));
        assertTrue(active(member));
        for (String ended : java.util.List.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED")) {
            consumer.consume(member(member, "standing-changed", "\"standing\":\"" + ended + "\",\"votingRights\":false"));
            assertFalse(active(member), ended);
            consumer.consume(member(member, "updated", "\"name\":\"丁\",\"status\":\"FULL\",\"standing\":\"RETAINED\","
                    + "\"votingRights\":false,\"admittedOn\":\"2020-07-01\",\"sub\":null"));
            assertTrue(active(member), "RETAINED");
        }
    }

    private boolean active(UUID member) {
        return QuarkusTransaction.requiringNew().call(() -> roster.findById(member).active);
    }

    private static String member(UUID member, String what, String fields) {
        return OrganisationEventsFixture.envelope(UUID.randomUUID(), "dangjian.member." + what + ".v1", member,
                "{\"id\":\"" + member + "\",\"organisationId\":\"" + DemoIds.LAKESIDE_BRANCH_1 + "\"," + fields + "}")
                .replace("/dangjian/organisation-service", "/dangjian/member-service");
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
