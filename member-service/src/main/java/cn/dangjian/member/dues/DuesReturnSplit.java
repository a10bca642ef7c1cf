package cn.dangjian.member.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dues returned (党费返还) to the organisation of a non-public enterprise: of the dues collected, the configured share is
 * returned (rounded half-up to the fen) and the rest is remitted upward. The remitted amount is the difference, never
 * computed on its own, so the three figures always add up exactly.
 */
public record DuesReturnSplit(long collectedFen, long remittedFen, long returnedFen) {

    public static DuesReturnSplit of(long collectedFen, BigDecimal returnedShare) {
        long returned = BigDecimal.valueOf(collectedFen).multiply(returnedShare).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new DuesReturnSplit(collectedFen, collectedFen - returned, returned);
    }

    public DuesReturnSplit plus(DuesReturnSplit other) {
        return new DuesReturnSplit(collectedFen + other.collectedFen, remittedFen + other.remittedFen, returnedFen + other.returnedFen);
    }
}
