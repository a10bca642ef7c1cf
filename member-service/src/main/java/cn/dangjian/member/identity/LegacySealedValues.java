package cn.dangjian.member.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sealed format before migration V4_1, for migrations only: {@code <keyId>:<base64(iv ‖ ciphertext ‖ tag)>},
 * AES-256-GCM with the field name alone as associated data (so values could be swapped between members). V2_3 still
 * seals rows kept in clear in this format, and V4_1 opens every such value and seals it again with {@link IdentityCipher}.
 */
public final class LegacySealedValues {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, byte[]> keys;
    private final String primaryKeyId;

    public LegacySealedValues(String keys, String primaryKeyId) {
        this.keys = MemberDataKeys.parse(keys);
        this.primaryKeyId = primaryKeyId == null ? null : primaryKeyId.trim();
        if (!this.keys.containsKey(this.primaryKeyId)) {
            throw new IllegalArgumentException("MEMBER_DATA_PRIMARY_KEY_ID must name one of the keys in MEMBER_DATA_KEYS " + this.keys.keySet());
        }
    }

    public String seal(String clear, String field) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.get(primaryKeyId), "AES"), new GCMParameterSpec(128, iv));
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

    public String open(String sealed, String field) {
        String keyId = IdentityCipher.keyIdOf(sealed);
        byte[] key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            throw new UnreadableSealedValue(field, keyId == null ? "?" : keyId, "MEMBER_DATA_KEYS does not hold that key", null);
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(keyId.length() + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSealedValue(field, keyId, "altered, or not in the format before V4_1", e);
        }
    }
}
