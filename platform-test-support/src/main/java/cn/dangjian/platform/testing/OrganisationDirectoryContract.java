package cn.dangjian.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.MalformedEventException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every consumer of organisation events must do, fed each event type twice: a service's
 * {@code OrganisationEventsConsumerTest} extends this (as a {@code @QuarkusTest}) and says how to feed its consumer.
 */
public abstract class OrganisationDirectoryContract {

    @Inject
    OrganisationDirectory directory;

    /** Hands one Kafka message to the service's organisation events consumer. */
    protected abstract void consume(String message);

    private void twice(String message) {
        consume(message);
        consume(message);
    }

    @Test
    void createdAndUpdatedTwice() {
        UUID root = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        twice(OrganisationEventsFixture.created(root, "R-" + root, "根", "DISTRICT_COMMITTEE", List.of(root)));
        twice(OrganisationEventsFixture.created(child, "C-" + child, "子", "BRANCH", List.of(root, child)));
        twice(OrganisationEventsFixture.created(child, "C-" + child, "子支部", "BRANCH", List.of(root, child))
                .replace("organisation.created.v1", "organisation.updated.v1"));
        assertEquals(List.of(root, child), directory.find(child).orElseThrow().path());
        assertEquals("子支部", directory.find(child).orElseThrow().name());
        assertEquals(Set.of(root, child), Set.copyOf(directory.subtreeIds(root)));
    }

    @Test
    void anUpdateRedeliveredLateDoesNotUndoANewerOne() {
        UUID org = UUID.randomUUID();
        consume(OrganisationEventsFixture.created(org, "U-" + org, "旧名称", "BRANCH", List.of(org)));
        String renamed = updated(org, "新名称");
        twice(renamed);
        consume(updated(org, "最新名称"));
        consume(renamed);
        assertEquals("最新名称", directory.find(org).orElseThrow().name());
    }

    private static String updated(UUID org, String name) {
        return OrganisationEventsFixture.created(org, "U-" + org, name, "BRANCH", List.of(org))
                .replace("organisation.created.v1", "organisation.updated.v1");
    }

    @Test
    void movedTwiceRewritesTheSubtreeOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        consume(OrganisationEventsFixture.created(a, "A-" + a, "甲", "PARTY_COMMITTEE", List.of(a)));
        consume(OrganisationEventsFixture.created(b, "B-" + b, "乙", "PARTY_COMMITTEE", List.of(b)));
        consume(OrganisationEventsFixture.created(branch, "BR-" + branch, "支部", "BRANCH", List.of(a, branch)));
        consume(OrganisationEventsFixture.created(group, "G-" + group, "小组", "PARTY_GROUP", List.of(a, branch, group)));
        twice(OrganisationEventsFixture.moved(UUID.randomUUID(), branch, List.of(a, branch), List.of(b, branch)));
        assertEquals(List.of(b, branch, group), directory.find(group).orElseThrow().path());
        assertEquals(b, directory.find(branch).orElseThrow().parentId());
        assertEquals(List.of(a), directory.subtreeIds(a));
    }

    @Test
    void aChildsStaleEventAfterItsParentsMoveKeepsTheRightPath() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        consume(OrganisationEventsFixture.withVersion(OrganisationEventsFixture.created(a, "A-" + a, "甲", "PARTY_COMMITTEE", List.of(a)), 1));
        consume(OrganisationEventsFixture.withVersion(OrganisationEventsFixture.created(b, "B-" + b, "乙", "PARTY_COMMITTEE", List.of(b)), 1));
        consume(OrganisationEventsFixture.withVersion(OrganisationEventsFixture.created(branch, "BR-" + branch, "支部", "BRANCH", List.of(a, branch)), 1));
        consume(OrganisationEventsFixture.withVersion(
                OrganisationEventsFixture.moved(UUID.randomUUID(), branch, List.of(a, branch), List.of(b, branch)), 2));
        // the group's events were written before the move and arrive after it (another partition)
        String groupCreated = OrganisationEventsFixture.withVersion(
                OrganisationEventsFixture.created(group, "G-" + group, "小组", "PARTY_GROUP", List.of(a, branch, group)), 1);
        consume(groupCreated);
        assertEquals(List.of(b, branch, group), directory.find(group).orElseThrow().path());
        consume(OrganisationEventsFixture.withVersion(OrganisationEventsFixture.withEventId(groupCreated, UUID.randomUUID())
                .replace("organisation.created.v1", "organisation.updated.v1"), 2));
        assertEquals(List.of(b, branch, group), directory.find(group).orElseThrow().path());
        assertEquals(Set.of(b, branch, group), Set.copyOf(directory.subtreeIds(b)));
        assertEquals(List.of(a), directory.subtreeIds(a));
    }

    @Test
    void aChildKnownBeforeItsParentFollowsTheParentsPath() {
        UUID root = UUID.randomUUID();
        UUID oldRoot = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        consume(OrganisationEventsFixture.created(root, "R-" + root, "根", "DISTRICT_COMMITTEE", List.of(root)));
        // the group arrives first with a path through an ancestor the branch no longer has
        consume(OrganisationEventsFixture.created(group, "G-" + group, "小组", "PARTY_GROUP", List.of(oldRoot, branch, group)));
        consume(OrganisationEventsFixture.created(branch, "BR-" + branch, "支部", "BRANCH", List.of(root, branch)));
        assertEquals(List.of(root, branch, group), directory.find(group).orElseThrow().path());
    }

    @Test
    void anOlderVersionNeverWinsOverANewerOne() {
        UUID org = UUID.randomUUID();
        String created = OrganisationEventsFixture.created(org, "O-" + org, "一", "BRANCH", List.of(org));
        consume(OrganisationEventsFixture.withVersion(created, 1));
        consume(OrganisationEventsFixture.withVersion(OrganisationEventsFixture.withEventId(updated(org, "三"), UUID.randomUUID()), 3));
        consume(OrganisationEventsFixture.withVersion(OrganisationEventsFixture.withEventId(updated(org, "二"), UUID.randomUUID()), 2));
        consume(OrganisationEventsFixture.withVersion(
                OrganisationEventsFixture.revoked(UUID.randomUUID(), org, "2026-11-01"), 2));
        DirectoryEntry entry = directory.find(org).orElseThrow();
        assertEquals("三", entry.name());
        assertTrue(!entry.revoked(), "an older revocation does not apply over a newer update");
        assertEquals("COMMUNITY", entry.sector());
        assertEquals("SINGLE", entry.formation());
    }

    @Test
    void revokedTwice() {
        UUID org = UUID.randomUUID();
        consume(OrganisationEventsFixture.created(org, "V-" + org, "撤销", "BRANCH", List.of(org)));
        twice(OrganisationEventsFixture.revoked(UUID.randomUUID(), org, "2026-11-01"));
        assertTrue(directory.find(org).orElseThrow().revoked());
    }

    @Test
    void aMalformedEventIsRefusedSoItGoesToTheDeadLetterTopic() {
        assertThrows(MalformedEventException.class, () -> consume("{not json"));
        assertThrows(MalformedEventException.class, () -> consume(
                OrganisationEventsFixture.envelope(UUID.randomUUID(), "dangjian.organisation.created.v1", UUID.randomUUID(), "{\"id\":\"x\"}")));
    }
}
