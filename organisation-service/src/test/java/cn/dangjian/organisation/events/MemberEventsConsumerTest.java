package cn.dangjian.organisation.events;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.organisation.MemberEvents;
import cn.dangjian.organisation.Tree;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Member counts from member events: idempotent, order-proof (aggregateversion), recounted rather than incremented. */
@QuarkusTest
class MemberEventsConsumerTest {

    @Inject
    MemberEventsConsumer consumer;

    UUID branch;
    UUID other;

    @BeforeEach
    void branches() {
        Tree.demo();
        branch = Tree.create("BRANCH", DemoIds.LAKESIDE);
        other = Tree.create("BRANCH", DemoIds.LAKESIDE);
    }

    @Test
    void eachEventTypeCountsAndARedeliveryChangesNothing() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String registered = VersionedMemberEventsFixture.registered(1, a, branch, "PROBATIONARY", "NORMAL", false);
        consumer.consume(registered);
        consumer.consume(registered);
        consumer.consume(VersionedMemberEventsFixture.registered(1, b, branch, "FULL", "NORMAL", true));
        counts(branch, 1, 1, 1, 0);
        consumer.consume(VersionedMemberEventsFixture.converted(2, a, branch));
        counts(branch, 2, 0, 1, 0);
        consumer.consume(VersionedMemberEventsFixture.standingChanged(3, a, branch, "NORMAL", true));
        counts(branch, 2, 0, 2, 0);
        consumer.consume(VersionedMemberEventsFixture.standingChanged(2, b, branch, "EXPELLED", false));
        counts(branch, 1, 0, 1, 0);
        consumer.consume(VersionedMemberEventsFixture.transferred(4, a, branch, other));
        counts(branch, 0, 0, 0, 0);
        counts(other, 1, 0, 1, 0);
        consumer.consume(VersionedMemberEventsFixture.transferred(5, a, other, null));
        counts(other, 0, 0, 0, 0);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        UUID a = UUID.randomUUID();
        // conversion (v2) overtakes registration (v1): the member is FULL, and the late registration only fills the gaps
        consumer.consume(VersionedMemberEventsFixture.converted(2, a, branch));
        consumer.consume(VersionedMemberEventsFixture.registered(1, a, branch, "PROBATIONARY", "NORMAL", false));
        counts(branch, 1, 0, 0, 0);
        // a transfer (v3) then a replayed update from before it (v1, a new event id): the member stays transferred
        consumer.consume(VersionedMemberEventsFixture.transferred(3, a, branch, other));
        consumer.consume(VersionedMemberEventsFixture.updated(1, a, branch, "PROBATIONARY", "NORMAL", false));
        counts(branch, 0, 0, 0, 0);
        counts(other, 1, 0, 0, 0);
    }

    @Test
    void memberServicesActiveFlagDecidesWhoCountsAndTheStandingOnlyWithoutIt() {
        UUID a = UUID.randomUUID();
        consumer.consume(MemberEvents.withActive(VersionedMemberEventsFixture.registered(1, a, branch, "FULL", "NORMAL", true), false));
        counts(branch, 0, 0, 0, 0);
        consumer.consume(MemberEvents.withActive(VersionedMemberEventsFixture.updated(2, a, branch, "FULL", "NORMAL", true), true));
        counts(branch, 1, 0, 1, 0);
        // an event from before member-service sent `active`: an ended standing ends the count
        consumer.consume(VersionedMemberEventsFixture.standingChanged(3, a, branch, "DROPPED", false));
        counts(branch, 0, 0, 0, 0);
    }

    @Test
    void hostedMembersAreCountedAtTheHostUntilTheHostingEnds() {
        UUID a = UUID.randomUUID();
        consumer.consume(VersionedMemberEventsFixture.registered(1, a, other, "FULL", "NORMAL", true));
        consumer.consume(VersionedMemberEventsFixture.hosted(2, a, branch, "FLOATING"));
        counts(branch, 0, 0, 0, 1);
        counts(other, 1, 0, 1, 0);
        consumer.consume(VersionedMemberEventsFixture.hostingEnded(3, a, branch, "FLOATING"));
        consumer.consume(VersionedMemberEventsFixture.hosted(2, a, branch, "FLOATING"));
        counts(branch, 0, 0, 0, 0);
    }

    @Test
    void malformedEventsAreRefusedForTheDeadLetterTopic() {
        assertThrows(MalformedEventException.class, () -> consumer.consume("{}"));
        assertThrows(MalformedEventException.class, () -> consumer.consume(
                VersionedMemberEventsFixture.registered(1, UUID.randomUUID(), branch, "FULL", "NORMAL", true).replace("\"aggregateversion\":1,", "")));
        assertThrows(MalformedEventException.class, () -> consumer.consume(
                VersionedMemberEventsFixture.registered(1, UUID.randomUUID(), branch, "FULL", "NORMAL", true).replace("\"organisationId\"", "\"orgId\"")));
    }

    @Test
    void countsAreReadByRoleAndScope() {
        as(DemoUsers.BRANCH_SECRETARY).when().get("/api/organisations/" + branch + "/member-counts").then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/organisations/" + branch + "/member-counts").then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/organisations/" + branch + "/member-counts").then().statusCode(200);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/organisations/" + branch + "/member-counts").then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + UUID.randomUUID() + "/member-counts").then().statusCode(404);
    }

    private static void counts(UUID organisation, int full, int probationary, int withVote, int hosted) {
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/organisations/" + organisation + "/member-counts").then().statusCode(200)
                .body("fullMembers", is(full)).body("probationary", is(probationary)).body("withVote", is(withVote)).body("hosted", is(hosted));
    }
}
