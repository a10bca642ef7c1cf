package cn.dangjian.activity.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The service hours an activity counts for (credited as volunteer service time): an exact decimal from 0 to 24
 * with at most two decimal places. Parsed once at the edge, never handled as a binary floating-point number.
 */
public record ServiceHours(BigDecimal value) {

    /** No activity counts for more than a day's hours. */
    public static final BigDecimal MAX = new BigDecimal("24");
    public static final int SCALE = 2;

    /** Thrown with a message fit for the client. */
    public static class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    /** @return the hours with two decimal places ({@code 2} becomes {@code 2.00}) */
    public static ServiceHours of(BigDecimal raw) {
        if (raw == null) {
            throw new Invalid("is required");
        }
        if (raw.signum() < 0) {
            throw new Invalid("must be 0 or more");
        }
        if (raw.compareTo(MAX) > 0) {
            throw new Invalid("must be at most " + MAX);
        }
        // 1.50 and 1.500 are the same amount; 1.234 is not representable in hundredths
        if (raw.stripTrailingZeros().scale() > SCALE) {
            throw new Invalid("must have at most " + SCALE + " decimal places");
        }
        return new ServiceHours(raw.setScale(SCALE, RoundingMode.UNNECESSARY));
    }
}
