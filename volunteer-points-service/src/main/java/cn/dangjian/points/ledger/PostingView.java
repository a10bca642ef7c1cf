package cn.dangjian.points.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementLine", description = "One posting of an account's statement (对账单) with the balance after it")
public record PostingView(
        @Schema(description = "The journal entry this posting belongs to") UUID entryId,
        @Schema(description = "Positive credits, negative debits; never zero", example = "2.00") BigDecimal amount,
        @Schema(description = "Running balance after this posting", example = "12.50") BigDecimal balanceAfter,
        EntryCause cause,
        @Schema(description = "What caused it: event id, award id, order id or donation id") String causeRef,
        UUID activityId,
        String memo,
        @Schema(description = "Login or service that requested the entry") String requestedBy,
        @Schema(description = "Who approved it (awards: the second person; attendances: the confirming organiser)") String approvedBy,
        @Schema(description = "Set on a reversal: the entry it corrects") UUID reversalOf,
        Instant bookedAt) {
}
