package cn.dangjian.member.member;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mainland resident identity number (居民身份证号码, GB 11643-1999): 17 digits — region, birth date, sequence —
 * and an ISO 7064 MOD 11-2 check character (0-9 or X). Parsed once at the edge, passed around as this type.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** Thrown with a message fit for the client. */
    public static class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    public static IdNumber parse(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            throw new Invalid("is required");
        }
        String value = raw.trim().toUpperCase();
        if (!value.matches("\\d{17}[\\dX]")) {
            throw new Invalid("must be 18 characters: 17 digits and a digit or X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new Invalid("contains no valid birth date");
        }
        if (birth.isAfter(today) || birth.getYear() < 1900) {
            throw new Invalid("contains no plausible birth date");
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new Invalid("has a wrong check character");
        }
        return new IdNumber(value);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** {@code 110***********123X}: region's first three and the last four stay visible (api-contract). */
    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return "***";
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
