package cn.dangjian.member.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal identity data (ID and phone numbers) with AES-256-GCM for storage, and hashes ID numbers for uniqueness.
 * <p>
 * A sealed value is {@code <keyId>:<base64(iv ‖ ciphertext ‖ tag)>}: the key id says which key opens it, so a new
 * primary key seals new writes while every older key still opens the rows written under it (rotation without a big-bang
 * rewrite). The field name is the associated data, so an ID number's ciphertext cannot be passed off as a phone number.
 * <p>
 * The uniqueness hash is HMAC-SHA256 under its own key, which never rotates: a rotated hash key would let the same ID
 * number register twice. Hand-written on the JDK's own AES-GCM and HMAC because no library we use offers envelope
 * sealing with key ids; it is a few lines over {@code javax.crypto}.
 */
public final class IdentityCipher {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String primaryKeyId;
    private final SecretKeySpec hashKey;

    /**
     * @param keys         {@code id:base64key[,id:base64key…]}, each key 32 bytes (AES-256)
     * @param primaryKeyId the key that seals new values; must be among {@code keys}
     * @param hashKey      base64 of at least 32 bytes, for the uniqueness hash
     */
    public IdentityCipher(String keys, String primaryKeyId, String hashKey) {
        this.keys = parseKeys(keys);
        if (primaryKeyId == null || !this.keys.containsKey(primaryKeyId.trim())) {
            throw new IllegalArgumentException("MEMBER_DATA_PRIMARY_KEY_ID must name one of the keys in MEMBER_DATA_KEYS " + this.keys.keySet());
        }
        this.primaryKeyId = primaryKeyId.trim();
        byte[] hash = decode(hashKey, "MEMBER_DATA_HASH_KEY");
        if (hash.length < 32) {
            throw new IllegalArgumentException("MEMBER_DATA_HASH_KEY must be at least 32 bytes (base64)");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
    }

    private static Map<String, SecretKeySpec> parseKeys(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("MEMBER_DATA_KEYS is empty: give id:base64key[,id:base64key…]");
        }
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("MEMBER_DATA_KEYS entries are id:base64key with an id of letters, digits, _ or - (at most 16)");
            }
            byte[] key = decode(parts[1], "MEMBER_DATA_KEYS key " + parts[0]);
            if (key.length != 32) {
                throw new IllegalArgumentException("MEMBER_DATA_KEYS key " + parts[0] + " must be 32 bytes (AES-256), base64");
            }
            if (parsed.put(parts[0], new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException("MEMBER_DATA_KEYS names key " + parts[0] + " twice");
            }
        }
        return parsed;
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not base64");
        }
    }

    public String primaryKeyId() {
        return primaryKeyId;
    }

    /** Seals {@code clear} under the primary key, bound to {@code field}. */
    public String seal(String clear, String field) {
        if (clear == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(primaryKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return primaryKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens a value sealed under any configured key; fails loudly on an unknown key id or a value that was tampered with. */
    public String open(String sealed, String field) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        SecretKeySpec key = colon > 0 ? keys.get(sealed.substring(0, colon)) : null;
        if (key == null) {
            throw new IllegalStateException("a " + field + " is sealed under key '" + (colon > 0 ? sealed.substring(0, colon) : "?")
                    + "', which MEMBER_DATA_KEYS does not hold");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed " + field + " does not open: wrong key or altered data", e);
        }
    }

    /** The key id a sealed value names (null when it names none). */
    public static String keyIdOf(String sealed) {
        int colon = sealed == null ? -1 : sealed.indexOf(':');
        return colon > 0 ? sealed.substring(0, colon) : null;
    }

    /** The keyed hash that keeps ID numbers unique without storing them in clear. */
    public String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
