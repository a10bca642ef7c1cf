package cn.dangjian.points.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Points going back to the issuance accounts that issued them (spent at a shop, or expired): the ledger takes them
 * from the account oldest issue first and books one credit per issuer, so each issuer's balance stays minus the points
 * it has in circulation.
 *
 * @param points       how many; null: every point issued before {@code issuedBefore} (expiry)
 * @param issuedBefore only points issued before this instant; null: any
 */
public record PointsReturn(EntryCause cause, String causeRef, String memo, String requestedBy, String approvedBy, UUID accountId,
                           BigDecimal points, Instant issuedBefore) {

    public PointsReturn {
        if (cause == null || requestedBy == null || requestedBy.isBlank() || accountId == null) {
            throw new IllegalArgumentException("a return needs a cause, who requested it and the account");
        }
        if (points == null ? issuedBefore == null : points.signum() <= 0 || points.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a return is of a positive number of points with two decimals, or of everything issued before an instant");
        }
    }
}
