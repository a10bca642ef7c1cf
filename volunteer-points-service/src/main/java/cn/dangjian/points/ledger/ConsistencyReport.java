package cn.dangjian.points.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerConsistency", description = "Kept balances recomputed from the postings, and each issuer's balance against the points it has in circulation. "
        + "Every number but accounts and issuersChecked must be 0.")
public record ConsistencyReport(
        @Schema(description = "Accounts checked") long accounts,
        @Schema(description = "Journal entries whose postings do not sum to zero or that have fewer than two") long unbalancedEntries,
        @Schema(description = "Sum of every kept balance: issuance accounts hold minus the points in circulation, so 0", example = "0.00") BigDecimal sumOfBalances,
        @Schema(description = "Sum of |kept − recomputed| over all accounts", example = "0.00") BigDecimal drift,
        @Schema(description = "At most 100 accounts whose kept balance differs from their postings") List<Drift> drifting,
        @Schema(description = "Issuance accounts checked (one per community or village, and the platform's)") long issuersChecked,
        @Schema(description = "Sum over issuance accounts of |balance + points in circulation issued by it|: each issuer's balance is minus its points in circulation",
                example = "0.00") BigDecimal issuerDrift,
        @Schema(description = "At most 100 issuance accounts whose balance is not minus their points in circulation") List<IssuerDrift> driftingIssuers,
        @Schema(description = "Sum of |balance − points held by provenance| over non-issuance accounts, and of |lot − its movements| over lots",
                example = "0.00") BigDecimal provenanceDrift,
        @Schema(description = "Entries booked since provenance is kept whose postings differ from the provenance they moved, per account and issuer")
        long unattributedEntries) {

    public record Drift(UUID accountId, BigDecimal kept, BigDecimal recomputed) {
    }

    @Schema(name = "IssuerDrift")
    public record IssuerDrift(UUID issuerAccountId, @Schema(description = "The community or village; null for the platform's issuance account") UUID organisationId,
                              BigDecimal balance, @Schema(description = "Points issued by it that non-issuance accounts hold now") BigDecimal inCirculation) {
    }

    @com.fasterxml.jackson.annotation.JsonProperty("consistent")
    @Schema(description = "true when drift, unbalanced entries, the sum of balances, issuer drift, provenance drift and unattributed entries are all zero")
    public boolean consistent() {
        return unbalancedEntries == 0 && drift.signum() == 0 && sumOfBalances.signum() == 0 && issuerDrift.signum() == 0
                && provenanceDrift.signum() == 0 && unattributedEntries == 0;
    }
}
