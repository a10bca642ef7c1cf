package cn.dangjian.organisation.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @Test
    void theIssuesValidCode() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");
        assertEquals("91350100M000100Y43", code.value());
        assertEquals("M000100Y4", code.organisationCode());
    }

    @Test
    void theIssuesCodeWithAWrongGb32100CheckCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CreditCode.parse("91350100M000100Y44"));
        assertTrue(e.getMessage().contains("GB 32100"), e.getMessage());
    }

    @Test
    void theIssuesCodePassingGb32100ButFailingGb11714() {
        assertEquals('6', CreditCode.checkCharacter32100("91350100M000100Y5"), "the value really passes GB 32100");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CreditCode.parse("91350100M000100Y56"));
        assertTrue(e.getMessage().contains("GB 11714"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "11100000000013127D", "91310000MA1FL1GNX9"})
    void otherPublishedCodesAreValid(String value) {
        assertEquals(value, CreditCode.parse(value).value());
    }

    @Test
    void lowerCaseAndSpacesAreNormalised() {
        assertEquals("91350100M000100Y43", CreditCode.parse(" 91350100m000100y43 ").value());
    }

    @Test
    void anOrganisationCodeCheckOfTenIsX() {
        // 6 × 2 = 12 leaves 1 (mod 11), and 11 − 1 = 10 is written 'X'
        assertEquals('X', CreditCode.checkCharacter11714("00000006"));
        // a sum divisible by 11 gives 11, written '0'
        assertEquals('0', CreditCode.checkCharacter11714("00000000"));
    }

    @Test
    void theFirstSeventeenCharactersAreCoveredByTheCheck() {
        // one character changed anywhere breaks the check
        assertThrows(IllegalArgumentException.class, () -> CreditCode.parse("92350100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y431", "91350100I000100Y43", "91350100O000100Y43", "91350100M00010-Y43"})
    void wrongLengthOrCharactersAreRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.parse(value));
    }

    @Test
    void nullIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.parse(null));
    }
}
