package cn.dangjian.member.identity;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sealing keys an operator gives in {@code MEMBER_DATA_KEYS}: {@code id:base64key[,id:base64key…]}, each a
 * 32-byte AES-256 key under a short id (letters, digits, {@code _}, {@code -}; at most 16). Parsed once, with a reason
 * for every mistake, so that a bad setting stops the start instead of a request.
 */
public final class MemberDataKeys {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    private MemberDataKeys() {
    }

    /** Key id → key bytes, in the order given. */
    public static Map<String, byte[]> parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("MEMBER_DATA_KEYS is empty: give id:base64key[,id:base64key…]");
        }
        Map<String, byte[]> parsed = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("MEMBER_DATA_KEYS entries are id:base64key with an id of letters, digits, _ or - (at most 16)");
            }
            byte[] key = decode(parts[1], "MEMBER_DATA_KEYS key " + parts[0]);
            if (key.length != 32) {
                throw new IllegalArgumentException("MEMBER_DATA_KEYS key " + parts[0] + " must be 32 bytes (AES-256), base64");
            }
            if (parsed.put(parts[0], key) != null) {
                throw new IllegalArgumentException("MEMBER_DATA_KEYS names key " + parts[0] + " twice");
            }
        }
        return Collections.unmodifiableMap(parsed);
    }

    static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64");
        }
    }
}
