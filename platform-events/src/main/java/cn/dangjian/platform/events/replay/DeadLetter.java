package cn.dangjian.platform.events.replay;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record of a dead-letter topic, and what replaying it here did (or would do). */
@Schema(description = "A dead-lettered event (死信) and its state in this service")
public record DeadLetter(
        @Schema(description = "Partition of the dead-letter topic", minimum = "0", maximum = "100000") int partition,
        @Schema(description = "Offset in that partition", minimum = "0") long offset,
        @Schema(description = "When it was dead-lettered") Instant deadLetteredAt,
        @Schema(description = "The event id (null when the record is not an event envelope)") UUID eventId,
        @Schema(description = "The event type", maxLength = 200) String type,
        @Schema(description = "Aggregate id", maxLength = 200) String subject,
        @Schema(description = "The event's aggregateversion, if any", minimum = "1") Long aggregateVersion,
        @Schema(description = "Why the consumer that dead-lettered it gave it up", maxLength = 1000) String reason,
        @Schema(description = "APPLIED_HERE (the inbox has it), NOT_APPLIED_HERE, MALFORMED, TOO_OLD (older than the inbox retention); "
                + "after a replay: APPLIED, ALREADY_APPLIED, REFUSED, FAILED, NOT_TRIED (the replay's time limit was reached first)",
                enumeration = {"APPLIED_HERE", "NOT_APPLIED_HERE", "MALFORMED", "TOO_OLD", "APPLIED", "ALREADY_APPLIED", "REFUSED", "FAILED", "NOT_TRIED"})
        String state,
        @Schema(description = "Why it was refused or failed, in a few words", maxLength = 300) String detail) {

    DeadLetter with(String newState, String newDetail) {
        return new DeadLetter(partition, offset, deadLetteredAt, eventId, type, subject, aggregateVersion, reason, newState, newDetail);
    }
}
