package cn.dangjian.member.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String HASH_KEY = Base64.getEncoder().encodeToString("hash-key-hash-key-hash-key-hash!".getBytes());
    static final String ID_NUMBER = "11010519491231002X";
    static final UUID MEMBER = UUID.fromString("6f0c2a4e-8d3b-4c51-9a77-1b2c3d4e5f60");
    static final UUID OTHER_MEMBER = UUID.fromString("0a1b2c3d-4e5f-4071-8293-a4b5c6d7e8f9");

    @Test
    void sealsUnderThePrimaryKeyAndOpensAgain() {
        IdentityCipher cipher = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY);
        String sealed = cipher.seal(ID_NUMBER, "idNumber", MEMBER);
        assertTrue(sealed.startsWith("1:"), sealed);
        assertFalse(sealed.contains(ID_NUMBER));
        assertNotEquals(sealed, cipher.seal(ID_NUMBER, "idNumber", MEMBER), "a fresh nonce for every seal");
        assertEquals(ID_NUMBER, cipher.open(sealed, "idNumber", MEMBER));
        byte[] ciphertext = Base64.getDecoder().decode(sealed.substring(2));
        assertEquals(1, ciphertext[0], "Tink's format: a version byte, then the key id");
        assertEquals(IdentityCipher.tinkIdOf("1"), java.nio.ByteBuffer.wrap(ciphertext, 1, 4).getInt());
    }

    @Test
    void aValueIsBoundToItsMemberAndField() {
        IdentityCipher cipher = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY);
        String sealed = cipher.seal(ID_NUMBER, "idNumber", MEMBER);
        UnreadableSealedValue moved = assertThrows(UnreadableSealedValue.class, () -> cipher.open(sealed, "idNumber", OTHER_MEMBER));
        assertFalse(moved.getMessage().contains(ID_NUMBER), "the message names no value");
        assertThrows(UnreadableSealedValue.class, () -> cipher.open(sealed, "phone", MEMBER), "an ID number's ciphertext is no phone number");
    }

    @Test
    void valuesSealedUnderKeyOneOpenAfterKeyTwoBecomesPrimary() {
        String old = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY).seal(ID_NUMBER, "idNumber", MEMBER);
        IdentityCipher rotated = new IdentityCipher("1:" + KEY_1 + ",2:" + KEY_2, "2", HASH_KEY);
        assertEquals(ID_NUMBER, rotated.open(old, "idNumber", MEMBER));
        assertFalse(rotated.underPrimaryKey(old), "to be resealed");
        String fresh = rotated.seal(ID_NUMBER, "idNumber", MEMBER);
        assertEquals("2", IdentityCipher.keyIdOf(fresh));
        assertTrue(rotated.underPrimaryKey(fresh));
    }

    @Test
    void aValueWhoseKeyWasRemovedOrThatWasAlteredDoesNotOpen() {
        String sealed = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY).seal(ID_NUMBER, "idNumber", MEMBER);
        IdentityCipher withoutKeyOne = new IdentityCipher("2:" + KEY_2, "2", HASH_KEY);
        assertEquals("1", assertThrows(UnreadableSealedValue.class, () -> withoutKeyOne.open(sealed, "idNumber", MEMBER)).keyId());
        IdentityCipher cipher = new IdentityCipher("1:" + KEY_1 + ",2:" + KEY_2, "1", HASH_KEY);
        char[] altered = sealed.toCharArray();
        altered[20] = altered[20] == 'A' ? 'B' : 'A';
        assertThrows(UnreadableSealedValue.class, () -> cipher.open(new String(altered), "idNumber", MEMBER));
        assertThrows(UnreadableSealedValue.class, () -> cipher.open("2" + sealed.substring(1), "idNumber", MEMBER),
                "the key named in front must be the key inside");
    }

    @Test
    void valuesInTheFormatBeforeV4_1OpenOnlyThroughTheLegacyReader() {
        LegacySealedValues legacy = new LegacySealedValues("1:" + KEY_1, "1");
        String old = legacy.seal(ID_NUMBER, "idNumber");
        assertEquals(ID_NUMBER, legacy.open(old, "idNumber"));
        assertThrows(UnreadableSealedValue.class, () -> new IdentityCipher("1:" + KEY_1, "1", HASH_KEY).open(old, "idNumber", MEMBER));
    }

    @Test
    void theHashIsStablePerKeyAndRevealsNothing() {
        IdentityCipher cipher = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY);
        IdentityCipher rotated = new IdentityCipher("1:" + KEY_1 + ",2:" + KEY_2, "2", HASH_KEY);
        assertEquals(cipher.hash(ID_NUMBER), rotated.hash(ID_NUMBER), "rotating the sealing key keeps uniqueness");
        assertNotEquals(cipher.hash(ID_NUMBER), cipher.hash("110105194912310037"));
        assertFalse(cipher.hash(ID_NUMBER).contains("1949"));
        String otherHashKey = Base64.getEncoder().encodeToString("another-hash-key-another-hash-ke".getBytes());
        assertNotEquals(cipher.hash(ID_NUMBER), new IdentityCipher("1:" + KEY_1, "1", otherHashKey).hash(ID_NUMBER), "keyed, not a plain digest");
    }

    @Test
    void badConfigurationStopsTheStartWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("", "1", HASH_KEY)).getMessage().contains("MEMBER_DATA_KEYS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher(null, "1", HASH_KEY)).getMessage().contains("MEMBER_DATA_KEYS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + KEY_1, "2", HASH_KEY)).getMessage().contains("MEMBER_DATA_PRIMARY_KEY_ID"));
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + shortKey, "1", HASH_KEY)).getMessage().contains("32 bytes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + KEY_1 + ",1:" + KEY_2, "1", HASH_KEY)).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + KEY_1, "1", shortKey)).getMessage().contains("MEMBER_DATA_HASH_KEY"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:not base64!", "1", HASH_KEY)).getMessage().contains("base64"));
    }
}
