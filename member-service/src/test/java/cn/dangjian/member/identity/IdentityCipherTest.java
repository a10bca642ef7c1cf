package cn.dangjian.member.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String HASH_KEY = Base64.getEncoder().encodeToString("hash-key-hash-key-hash-key-hash!".getBytes());
    static final String ID_NUMBER = "11010519491231002X";

    @Test
    void sealsUnderThePrimaryKeyAndOpensAgain() {
        IdentityCipher cipher = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY);
        String sealed = cipher.seal(ID_NUMBER, "idNumber");
        assertTrue(sealed.startsWith("1:"), sealed);
        assertFalse(sealed.contains(ID_NUMBER));
        assertNotEquals(sealed, cipher.seal(ID_NUMBER, "idNumber"), "a fresh nonce for every seal");
        assertEquals(ID_NUMBER, cipher.open(sealed, "idNumber"));
    }

    @Test
    void valuesSealedUnderKeyOneOpenAfterKeyTwoBecomesPrimary() {
        String old = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY).seal(ID_NUMBER, "idNumber");
        IdentityCipher rotated = new IdentityCipher("1:" + KEY_1 + ",2:" + KEY_2, "2", HASH_KEY);
        assertEquals(ID_NUMBER, rotated.open(old, "idNumber"));
        assertEquals("2", IdentityCipher.keyIdOf(rotated.seal(ID_NUMBER, "idNumber")));
    }

    @Test
    void aValueWhoseKeyWasRemovedOrThatWasAlteredDoesNotOpen() {
        String sealed = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY).seal(ID_NUMBER, "idNumber");
        IdentityCipher withoutKeyOne = new IdentityCipher("2:" + KEY_2, "2", HASH_KEY);
        assertTrue(assertThrows(IllegalStateException.class, () -> withoutKeyOne.open(sealed, "idNumber")).getMessage().contains("'1'"));
        IdentityCipher cipher = new IdentityCipher("1:" + KEY_1, "1", HASH_KEY);
        char[] altered = sealed.toCharArray();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.open(new String(altered), "idNumber"));
        // bound to its field: an ID number's ciphertext is no phone number
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "phone"));
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
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + KEY_1, "2", HASH_KEY)).getMessage().contains("MEMBER_DATA_PRIMARY_KEY_ID"));
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + shortKey, "1", HASH_KEY)).getMessage().contains("32 bytes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + KEY_1 + ",1:" + KEY_2, "1", HASH_KEY)).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:" + KEY_1, "1", shortKey)).getMessage().contains("MEMBER_DATA_HASH_KEY"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new IdentityCipher("1:not base64!", "1", HASH_KEY)).getMessage().contains("base64"));
    }
}
