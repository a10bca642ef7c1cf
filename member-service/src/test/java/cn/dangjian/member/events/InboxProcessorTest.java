package cn.dangjian.member.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Transient failures hold the partition and are retried; only hopeless events go to the dead-letter topic. */
@QuarkusTest
class InboxProcessorTest {

    @Inject
    InboxProcessor processor;

    @ConfigProperty(name = "dangjian.inbox.max-attempts", defaultValue = "6")
    int maxAttempts;

    @Test
    void aTransientFailureIsRetriedAndTheEffectLandsOnce() {
        AtomicInteger calls = new AtomicInteger();
        String event = event();
        processor.process(event, e -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("database away");
            }
        });
        assertEquals(3, calls.get());
        processor.process(event, e -> calls.incrementAndGet()); // a redelivery after success changes nothing
        assertEquals(3, calls.get());
    }

    @Test
    void aMalformedEventIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(MalformedEventException.class, () -> processor.process(event(), e -> {
            calls.incrementAndGet();
            throw new MalformedEventException("data.code is required");
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void aFailureThatPersistsIsGivenUpAfterTheLastAttemptAndLeavesNoInboxRecord() {
        AtomicInteger calls = new AtomicInteger();
        String event = event();
        assertThrows(IllegalStateException.class, () -> processor.process(event, e -> {
            calls.incrementAndGet();
            throw new IllegalStateException("still away");
        }));
        assertEquals(maxAttempts, calls.get());
        processor.process(event, e -> calls.incrementAndGet()); // not remembered as processed: a redelivery applies it
        assertEquals(maxAttempts + 1, calls.get());
    }

    private static String event() {
        UUID id = UUID.randomUUID();
        return OrganisationEventsFixture.created(id, "T-" + id, "测试", "BRANCH", List.of(id));
    }
}
