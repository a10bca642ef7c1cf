package cn.dangjian.points.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * A journal entry to be booked: its cause, who requested and who approved it, and its legs. The constructor is the
 * first guard of the ledger's rules (the database is the last): at least two legs, none zero, summing to zero, in
 * points with two decimals.
 */
public record Booking(EntryCause cause, String causeRef, UUID activityId, String memo, String requestedBy, String approvedBy,
                      UUID reversalOf, List<Leg> legs) {

    public Booking {
        if (cause == null || requestedBy == null || requestedBy.isBlank()) {
            throw new IllegalArgumentException("a journal entry needs a cause and who requested it");
        }
        if (legs == null || legs.size() < 2) {
            throw new IllegalArgumentException("a journal entry needs at least two postings");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Leg leg : legs) {
            if (leg.amount().signum() == 0) {
                throw new IllegalArgumentException("a posting of zero points is never booked");
            }
            if (leg.amount().stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("points have at most two decimals: " + leg.amount());
            }
            sum = sum.add(leg.amount());
        }
        if (sum.signum() != 0) {
            throw new IllegalArgumentException("postings must sum to zero, they sum to " + sum);
        }
        legs = legs.stream().map(l -> new Leg(l.accountId(), l.amount().setScale(2, RoundingMode.UNNECESSARY))).toList();
    }

    /** The common case: points move from one account to another. */
    public static Booking transfer(EntryCause cause, String causeRef, UUID activityId, String memo, String requestedBy,
                                   String approvedBy, UUID from, UUID to, BigDecimal points) {
        return new Booking(cause, causeRef, activityId, memo, requestedBy, approvedBy, null,
                List.of(Leg.debit(from, points), Leg.credit(to, points)));
    }
}
