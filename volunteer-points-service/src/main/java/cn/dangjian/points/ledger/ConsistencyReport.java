package cn.dangjian.points.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerConsistency", description = "Kept balances recomputed from the postings. drift must be 0, unbalancedEntries 0 and sumOfBalances 0.")
public record ConsistencyReport(
        @Schema(description = "Accounts checked") long accounts,
        @Schema(description = "Journal entries whose postings do not sum to zero or that have fewer than two") long unbalancedEntries,
        @Schema(description = "Sum of every kept balance: issuance accounts hold minus the points in circulation, so 0", example = "0.00") BigDecimal sumOfBalances,
        @Schema(description = "Sum of |kept − recomputed| over all accounts", example = "0.00") BigDecimal drift,
        @Schema(description = "At most 100 accounts whose kept balance differs from their postings") List<Drift> drifting) {

    public record Drift(UUID accountId, BigDecimal kept, BigDecimal recomputed) {
    }

    @com.fasterxml.jackson.annotation.JsonProperty("consistent")
    @Schema(description = "true when drift, unbalanced entries and the sum of balances are all zero")
    public boolean consistent() {
        return unbalancedEntries == 0 && drift.signum() == 0 && sumOfBalances.signum() == 0;
    }
}
