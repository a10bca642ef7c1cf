package cn.dangjian.organisation.unit;

/** Valid credit codes for tests: a running number as organisation code body, with both check characters computed. */
public final class CreditCodes {

    private CreditCodes() {
    }

    public static String generate(long n) {
        String body = String.format("%08d", n % 100_000_000L);
        String first17 = "91330100" + body + CreditCode.checkCharacter11714(body);
        return first17 + CreditCode.checkCharacter32100(first17);
    }

    public static String random() {
        return generate(Math.floorMod(java.util.UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
