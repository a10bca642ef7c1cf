package cn.dangjian.member.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.events.InboxProcessor;
import cn.dangjian.platform.events.InboxSettings;
import cn.dangjian.platform.events.MalformedEventException;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Transient failures hold the partition and are retried; only hopeless events go to the dead-letter topic. */
@QuarkusTest
class InboxProcessorTest {

    @Inject
    InboxProcessor processor;

    @Inject
    InboxSettings settings;

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
        assertEquals(settings.maxAttempts(), calls.get());
        processor.process(event, e -> calls.incrementAndGet()); // not remembered as processed: a redelivery applies it
        assertEquals(settings.maxAttempts() + 1, calls.get());
    }

    @Test
    void underADeadlineATransientFailureIsRetriedOnlyUntilTheDeadline() {
        // a dead-letter replay runs inside an HTTP request: while the database is away it must answer, not hang
        AtomicInteger calls = new AtomicInteger();
        String event = event();
        Instant deadline = Instant.now().plusSeconds(2);
        RuntimeException failure = assertThrows(RuntimeException.class, () -> InboxProcessor.retryingUntil(deadline, () -> {
            processor.process(event, e -> {
                calls.incrementAndGet();
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            });
            return null;
        }));
        assertTrue(Instant.now().isBefore(deadline.plus(Duration.ofSeconds(10))), "gave up soon after the deadline");
        assertTrue(calls.get() > 1, "retried until the deadline: " + calls.get());
        assertTrue(failure.getCause() instanceof SQLException, "the transient failure itself is thrown");
        processor.process(event, e -> calls.incrementAndGet()); // not remembered as processed: a later replay applies it
    }

    private static String event() {
        UUID id = UUID.randomUUID();
        return OrganisationEventsFixture.created(id, "T-" + id, "测试", "BRANCH", List.of(id));
    }
}
