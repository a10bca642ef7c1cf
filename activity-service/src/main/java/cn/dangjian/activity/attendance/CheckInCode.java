package cn.dangjian.activity.attendance;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rotating check-in code an organiser shows (签到码): HMAC-SHA256 of the activity id and the current time window
 * under a server secret, cut to 8 characters of a 32-letter alphabet (40 bits). A code is accepted in its own window
 * and the next (a code shown at the end of a window still works a moment later); it is useless for another activity
 * and after that, and cannot be computed without the secret. Compared in constant time.
 */
public final class CheckInCode {

    /** Upper-case letters and digits without 0/O and 1/I, which people mistype. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    public static final int LENGTH = 8;
    public static final String PATTERN = "^[A-Za-z2-9]{8}$";

    private final SecretKeySpec key;
    private final long windowMillis;

    /** What the organiser shows: the code and the window it belongs to. */
    @Schema(name = "CheckInCode", description = "The rotating check-in code to show (签到码) and the window it belongs to")
    public record Shown(UUID activityId, String code, Instant validFrom, Instant validUntil) {
    }

    public CheckInCode(String secret, Duration window) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the check-in code secret must have at least 16 characters");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the check-in code window must be positive");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.windowMillis = window.toMillis();
    }

    public Shown current(UUID activityId, Instant now) {
        long window = windowOf(now);
        return new Shown(activityId, code(activityId, window), Instant.ofEpochMilli(window * windowMillis),
                Instant.ofEpochMilli((window + 1) * windowMillis));
    }

    /** Whether {@code given} is this activity's code of the current or the previous window (case does not matter). */
    public boolean accepts(UUID activityId, String given, Instant now) {
        if (given == null) {
            return false;
        }
        byte[] offered = given.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        long window = windowOf(now);
        boolean current = MessageDigest.isEqual(code(activityId, window).getBytes(StandardCharsets.US_ASCII), offered);
        boolean previous = MessageDigest.isEqual(code(activityId, window - 1).getBytes(StandardCharsets.US_ASCII), offered);
        return current | previous; // both compared every time: how long it takes says nothing about which one matched
    }

    private long windowOf(Instant now) {
        return Math.floorDiv(now.toEpochMilli(), windowMillis);
    }

    private String code(UUID activityId, long window) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            mac = hmac.doFinal((activityId + ":" + window).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        char[] code = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            code[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(code);
    }
}
