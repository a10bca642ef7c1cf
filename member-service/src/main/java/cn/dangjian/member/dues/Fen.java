package cn.dangjian.member.dues;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as whole fen (分) in a {@code long}: exact, never floating point. The API carries yuan as a decimal string
 * with two places ({@code "12.50"}, api-contract); this is the one place that converts.
 */
public final class Fen {

    /** Digits with an optional fraction: no exponent, sign or grouping. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\d{1,12}(\\.\\d+)?");

    private Fen() {
    }

    /** "3000.01" → 300001. Refuses negatives, more than two decimal places and anything that is not a plain decimal. */
    public static long parse(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String text = yuan.trim();
        if (text.startsWith("-")) {
            throw new IllegalArgumentException("must not be negative");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw new IllegalArgumentException("must be an amount in yuan such as \"3000.00\"");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("must have at most two decimal places (fen)");
        }
        if (value.compareTo(new BigDecimal("100000000")) >= 0) {
            throw new IllegalArgumentException("must be less than 100000000.00");
        }
        return value.movePointRight(2).longValueExact();
    }

    /** 300001 → "3000.01" */
    public static String format(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** {@code fen × rate}, rounded half-up to the fen. */
    public static long times(long fen, BigDecimal rate) {
        return BigDecimal.valueOf(fen).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
