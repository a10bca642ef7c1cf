package cn.dangjian.member.dues;

import java.math.BigDecimal;

/**
 * The monthly dues of domain.md (Membership): the band's rate applies to the whole income (not marginally), rounded
 * half-up to the fen. National regulation, so the bands are constants. Plain Java; every edge is tested on both sides
 * ({@code DuesCalculatorTest}).
 */
public final class DuesCalculator {

    /** Students, the unemployed and minimum-income recipients: 0.20 yuan a month. */
    public static final long FIXED_LOW_AMOUNT_FEN = 20;
    /** A farmer declares 0.20 to 1.00 yuan. */
    public static final long FARMER_MIN_FEN = 20;
    public static final long FARMER_MAX_FEN = 100;

    private static final long YUAN_3000 = 300_000;
    private static final long YUAN_5000 = 500_000;
    private static final long YUAN_10000 = 1_000_000;
    private static final BigDecimal HALF_PERCENT = new BigDecimal("0.005");
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    private static final BigDecimal ONE_AND_A_HALF_PERCENT = new BigDecimal("0.015");
    private static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    private DuesCalculator() {
    }

    /**
     * The monthly amount in fen.
     *
     * @param incomeFen        after-tax monthly income (in-service) or pension (retired); ignored otherwise
     * @param declaredFarmerFen the amount a farmer declares; ignored otherwise
     */
    public static long monthlyAmount(DuesCategory category, Long incomeFen, Long declaredFarmerFen) {
        return switch (category) {
            case IN_SERVICE -> Fen.times(incomeFen, inServiceRate(incomeFen));
            case RETIRED -> Fen.times(incomeFen, incomeFen <= YUAN_5000 ? HALF_PERCENT : ONE_PERCENT);
            case FARMER -> declaredFarmerFen;
            case STUDENT, UNEMPLOYED, MINIMUM_INCOME -> FIXED_LOW_AMOUNT_FEN;
        };
    }

    /** Up to and including 3000: 0.5%; to 5000: 1%; to 10000: 1.5%; above: 2%. */
    static BigDecimal inServiceRate(long incomeFen) {
        if (incomeFen <= YUAN_3000) {
            return HALF_PERCENT;
        }
        if (incomeFen <= YUAN_5000) {
            return ONE_PERCENT;
        }
        if (incomeFen <= YUAN_10000) {
            return ONE_AND_A_HALF_PERCENT;
        }
        return TWO_PERCENT;
    }

    /** FarmerAmount: declared between 0.20 and 1.00 yuan inclusive; anything else is invalid input (400). */
    public static java.util.Optional<String> farmerAmount(long declaredFen) {
        if (declaredFen < FARMER_MIN_FEN || declaredFen > FARMER_MAX_FEN) {
            return java.util.Optional.of("a farmer's dues are 0.20 to 1.00 yuan a month");
        }
        return java.util.Optional.empty();
    }
}
