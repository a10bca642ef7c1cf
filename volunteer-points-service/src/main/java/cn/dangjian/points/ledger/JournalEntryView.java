package cn.dangjian.points.ledger;

import cn.dangjian.points.account.AccountKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalEntry", description = "A journal entry (记账凭证) of the double-entry ledger and its postings, which sum to zero")
public record JournalEntryView(
        UUID entryId,
        EntryCause cause,
        @Schema(description = "What caused it: event id, award id, order id, or the entry a reversal corrects") String causeRef,
        UUID activityId,
        String memo,
        @Schema(description = "Login or service that requested the entry") String requestedBy,
        @Schema(description = "Who approved it") String approvedBy,
        @Schema(description = "Set on a reversal: the entry it corrects") UUID reversalOf,
        @Schema(description = "The entry that reversed this one, if any") UUID reversedBy,
        Instant bookedAt,
        List<Posting> postings) {

    @Schema(name = "JournalPosting", description = "One posting; holderId and balanceAfter of a holder's account are shown only to those who may read that account")
    public record Posting(UUID accountId, AccountKind kind,
                          @Schema(description = "Member or volunteer accounts (null when not yours to see)") UUID holderId,
                          @Schema(description = "Issuance and pool accounts: the community or village") UUID organisationId,
                          @Schema(description = "Positive credits, negative debits", example = "2.00") BigDecimal amount,
                          @Schema(description = "The account's balance after it (null when not yours to see)", example = "12.50") BigDecimal balanceAfter) {

        /** The same posting without what only readers of the holder's account see. */
        public Posting withoutHolder() {
            return new Posting(accountId, kind, null, organisationId, amount, null);
        }
    }
}
