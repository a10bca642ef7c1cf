package cn.dangjian.activity.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Feeds the consumer each organisation event type twice: the second delivery must change nothing. */
@QuarkusTest
class OrganisationEventsConsumerTest {

    @Inject
    OrganisationEventsConsumer consumer;

    @Inject
    OrganisationDirectory directory;

    @Test
    void createdTwice() {
        UUID root = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        String created = OrganisationEventsFixture.created(root, "R-" + root, "根", "DISTRICT_COMMITTEE", List.of(root));
        consumer.consume(created);
        consumer.consume(created);
        String childCreated = OrganisationEventsFixture.created(child, "C-" + child, "子", "BRANCH", List.of(root, child));
        consumer.consume(childCreated);
        consumer.consume(childCreated);
        assertEquals(List.of(root, child), directory.find(child).orElseThrow().path());
        assertEquals(Set.of(root, child), Set.copyOf(directory.subtreeIds(root)));
    }

    @Test
    void updatedTwiceDoesNotUndoALaterUpdate() {
        UUID org = UUID.randomUUID();
        consumer.consume(OrganisationEventsFixture.created(org, "U-" + org, "旧名称", "BRANCH", List.of(org)));
        String renamed = updated(org, "新名称");
        consumer.consume(renamed);
        consumer.consume(renamed);
        assertEquals("新名称", directory.find(org).orElseThrow().name());
        consumer.consume(updated(org, "最新名称"));
        consumer.consume(renamed); // a late redelivery of the first update
        assertEquals("最新名称", directory.find(org).orElseThrow().name());
        assertEquals(List.of(org), directory.find(org).orElseThrow().path());
    }

    @Test
    void movedTwiceRewritesTheSubtreeOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        consumer.consume(OrganisationEventsFixture.created(a, "A-" + a, "甲", "PARTY_COMMITTEE", List.of(a)));
        consumer.consume(OrganisationEventsFixture.created(b, "B-" + b, "乙", "PARTY_COMMITTEE", List.of(b)));
        consumer.consume(OrganisationEventsFixture.created(branch, "BR-" + branch, "支部", "BRANCH", List.of(a, branch)));
        consumer.consume(OrganisationEventsFixture.created(group, "G-" + group, "小组", "PARTY_GROUP", List.of(a, branch, group)));
        String moved = OrganisationEventsFixture.moved(UUID.randomUUID(), branch, List.of(a, branch), List.of(b, branch));
        consumer.consume(moved);
        consumer.consume(moved);
        assertEquals(List.of(b, branch, group), directory.find(group).orElseThrow().path());
        assertEquals(b, directory.find(branch).orElseThrow().parentId());
        assertEquals(Set.of(b, branch, group), Set.copyOf(directory.subtreeIds(b)));
        assertEquals(List.of(a), directory.subtreeIds(a));
    }

    @Test
    void revokedTwice() {
        UUID org = UUID.randomUUID();
        consumer.consume(OrganisationEventsFixture.created(org, "V-" + org, "撤销", "BRANCH", List.of(org)));
        String revoked = OrganisationEventsFixture.revoked(UUID.randomUUID(), org, "2026-11-01");
        consumer.consume(revoked);
        consumer.consume(revoked);
        assertTrue(directory.find(org).orElseThrow().revoked());
        assertEquals(LocalDate.of(2026, 11, 1), directory.find(org).orElseThrow().revokedOn());
    }

    @Test
    void aMalformedEventIsRefusedSoItGoesToTheDeadLetterTopic() {
        assertThrows(MalformedEventException.class, () -> consumer.consume("{not json"));
        assertThrows(MalformedEventException.class, () -> consumer.consume(
                OrganisationEventsFixture.envelope(UUID.randomUUID(), "dangjian.organisation.created.v1", UUID.randomUUID(), "{\"id\":\"x\"}")));
    }

    private static String updated(UUID org, String name) {
        return OrganisationEventsFixture.envelope(UUID.randomUUID(), "dangjian.organisation.updated.v1", org,
                "{\"id\":\"" + org + "\",\"code\":\"U-" + org + "\",\"name\":\"" + name + "\",\"level\":\"BRANCH\","
                        + "\"sector\":\"COMMUNITY\",\"formation\":\"SINGLE\",\"parentId\":null,\"path\":[\"" + org + "\"]}");
    }
}
