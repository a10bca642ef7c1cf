package cn.dangjian.organisation.unit;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31-character set
 * {@code 0-9 A-H J-N P-R T-U W-Y}, of which positions 9–17 are the organisation code (组织机构代码, GB 11714-1997)
 * with its own check character, and position 18 is the check character over the first 17. Parsed once at the
 * edge; inside the service a unit's code is always a valid {@code CreditCode}.
 */
public final class CreditCode {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS_32100 = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] WEIGHTS_11714 = {3, 7, 9, 10, 5, 8, 4, 2};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException with the reason a person can act on */
    public static CreditCode parse(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("is required");
        }
        String code = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (code.length() != 18) {
            throw new IllegalArgumentException("must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " ('" + code.charAt(i) + "') is not allowed (no I, O, S, V, Z)");
            }
        }
        if (code.charAt(17) != checkCharacter32100(code.substring(0, 17))) {
            throw new IllegalArgumentException("fails the GB 32100 check character");
        }
        String organisationCode = code.substring(8, 17);
        if (organisationCode.charAt(8) != checkCharacter11714(organisationCode.substring(0, 8))) {
            throw new IllegalArgumentException("the organisation code inside it (" + organisationCode + ") fails the GB 11714 check");
        }
        return new CreditCode(code);
    }

    /** The GB 32100 check character over the first 17 characters. */
    static char checkCharacter32100(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS_32100[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The GB 11714 check character over the 8-character body of an organisation code ('X' for 10). */
    static char checkCharacter11714(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * WEIGHTS_11714[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** The nine-character organisation code (positions 9–17). */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
