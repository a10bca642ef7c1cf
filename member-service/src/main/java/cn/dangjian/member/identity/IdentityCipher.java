package cn.dangjian.member.identity;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal identity data (ID and phone numbers) for storage, and hashes ID numbers for uniqueness.
 * <p>
 * Sealing is Google Tink's AEAD over a keyset of AES-256-GCM keys built from {@code MEMBER_DATA_KEYS}: Tink picks the
 * primary key for new values, writes the key's id into every ciphertext and opens each value with the key it names, so
 * older keys keep opening what they sealed while a new primary key seals new writes. Each configured key id becomes a
 * fixed Tink key id (derived from the name, never stored apart from the value). A stored value is
 * {@code <keyId>:<base64(Tink ciphertext)>}: the readable key id is for operators (which keys are still in use) and
 * must agree with the id inside the ciphertext.
 * <p>
 * Associated data binds a value to its field and to its member ({@code member <id> <field>}): an ID number's
 * ciphertext is no phone number, and one member's sealed values moved to another member's row do not open.
 * <p>
 * The uniqueness hash is HMAC-SHA256 under its own key, which never rotates: a rotated hash key would let the same ID
 * number register twice.
 */
public final class IdentityCipher {

    /** Field names sealed values are bound to. */
    public static final String ID_NUMBER = "idNumber";
    public static final String PHONE = "phone";

    private final Map<String, Integer> tinkIds = new HashMap<>();
    private final String primaryKeyId;
    private final Aead aead;
    private final SecretKeySpec hashKey;

    /**
     * @param keys         {@code id:base64key[,id:base64key…]}, each key 32 bytes (AES-256)
     * @param primaryKeyId the key that seals new values; must be among {@code keys}
     * @param hashKey      base64 of at least 32 bytes, for the uniqueness hash
     */
    public IdentityCipher(String keys, String primaryKeyId, String hashKey) {
        Map<String, byte[]> parsed = MemberDataKeys.parse(keys);
        if (primaryKeyId == null || !parsed.containsKey(primaryKeyId.trim())) {
            throw new IllegalArgumentException("MEMBER_DATA_PRIMARY_KEY_ID must name one of the keys in MEMBER_DATA_KEYS " + parsed.keySet());
        }
        this.primaryKeyId = primaryKeyId.trim();
        byte[] hash = MemberDataKeys.decode(hashKey, "MEMBER_DATA_HASH_KEY");
        if (hash.length < 32) {
            throw new IllegalArgumentException("MEMBER_DATA_HASH_KEY must be at least 32 bytes (base64)");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
        try {
            AeadConfig.register(); // Tink's AES-GCM key type, its serialization included (once per JVM; repeating it is harmless)
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.TINK).build();
            KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
            for (Map.Entry<String, byte[]> key : parsed.entrySet()) {
                int tinkId = tinkIdOf(key.getKey());
                if (tinkIds.containsValue(tinkId)) {
                    throw new IllegalArgumentException("MEMBER_DATA_KEYS: key ids " + key.getKey() + " and another map to the same key id; rename one");
                }
                tinkIds.put(key.getKey(), tinkId);
                AesGcmKey aesGcmKey = AesGcmKey.builder().setParameters(parameters).setIdRequirement(tinkId)
                        .setKeyBytes(SecretBytes.copyFrom(key.getValue(), InsecureSecretKeyAccess.get())).build();
                KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(aesGcmKey).withFixedId(tinkId);
                keyset.addEntry(key.getKey().equals(this.primaryKeyId) ? entry.makePrimary() : entry);
            }
            this.aead = keyset.build().getPrimitive(ConfigurationV0.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealing keys could not be loaded into a Tink keyset", e);
        }
    }

    /** Tink's 32-bit key id for a configured key id: the first four bytes of SHA-256 over the name (fixed: values carry it). */
    static int tinkIdOf(String keyId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("dangjian member-data key " + keyId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 4).getInt();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String primaryKeyId() {
        return primaryKeyId;
    }

    /** Seals {@code clear} under the primary key, bound to {@code field} of member {@code memberId}. */
    public String seal(String clear, String field, UUID memberId) {
        if (clear == null) {
            return null;
        }
        try {
            byte[] sealed = aead.encrypt(clear.getBytes(StandardCharsets.UTF_8), associatedData(field, memberId));
            return primaryKeyId + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    /**
     * Opens a value sealed under any configured key for this field of this member.
     *
     * @throws UnreadableSealedValue when its key is not configured, or it was altered, or it belongs to another field or member
     */
    public String open(String sealed, String field, UUID memberId) {
        if (sealed == null) {
            return null;
        }
        String keyId = keyIdOf(sealed);
        Integer tinkId = keyId == null ? null : tinkIds.get(keyId);
        if (tinkId == null) {
            throw new UnreadableSealedValue(field, keyId == null ? "?" : keyId, "MEMBER_DATA_KEYS does not hold that key", null);
        }
        byte[] ciphertext;
        try {
            ciphertext = Base64.getDecoder().decode(sealed.substring(keyId.length() + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSealedValue(field, keyId, "not base64", null);
        }
        if (ciphertext.length < 5 || ciphertext[0] != 1 || ByteBuffer.wrap(ciphertext, 1, 4).getInt() != tinkId) {
            throw new UnreadableSealedValue(field, keyId, "the key named in front is not the key inside", null);
        }
        try {
            return new String(aead.decrypt(ciphertext, associatedData(field, memberId)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new UnreadableSealedValue(field, keyId, "altered, or sealed for another field or member", e);
        }
    }

    /** Whether a stored value is sealed under the primary key (else it is resealed: key rotation). */
    public boolean underPrimaryKey(String sealed) {
        return primaryKeyId.equals(keyIdOf(sealed));
    }

    /** The key id a sealed value names (null when it names none). */
    public static String keyIdOf(String sealed) {
        int colon = sealed == null ? -1 : sealed.indexOf(':');
        return colon > 0 ? sealed.substring(0, colon) : null;
    }

    /** What a value is bound to: its member and its field. */
    static byte[] associatedData(String field, UUID memberId) {
        if (memberId == null) {
            throw new IllegalArgumentException("a sealed " + field + " is bound to a member: the member's id is needed");
        }
        return ("member " + memberId + " " + field).getBytes(StandardCharsets.UTF_8);
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
