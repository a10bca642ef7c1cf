package cn.dangjian.member.member;

/** A mainland mobile number: 11 digits starting 13–19. */
public record PhoneNumber(String value) {

    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String value = raw.replaceAll("[\\s-]", "");
        if (value.startsWith("+86")) {
            value = value.substring(3);
        }
        if (!value.matches("1[3-9]\\d{9}")) {
            throw new IllegalArgumentException("must be an 11-digit mobile number starting 13–19");
        }
        return new PhoneNumber(value);
    }

    /** {@code 138****5678} (api-contract). */
    public static String mask(String value) {
        if (value == null || value.length() != 11) {
            return "***";
        }
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
