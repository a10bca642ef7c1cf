package cn.dangjian.member.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every band edge of domain.md, on both sides: the band's rate on the whole income, half-up to the fen. */
class DuesCalculatorTest {

    @ParameterizedTest(name = "in-service {0} → {1}")
    @CsvSource({
            "0.00, 0.00",
            "2999.99, 15.00",      // 14.99995 → 15.00 (half-up)
            "3000.00, 15.00",      // domain.md
            "3000.01, 30.00",      // domain.md: the whole income at 1%
            "4999.99, 50.00",
            "5000.00, 50.00",      // domain.md
            "5000.01, 75.00",      // domain.md: 75.00015 → 75.00
            "9999.99, 150.00",
            "10000.00, 150.00",    // domain.md
            "10000.01, 200.00",    // domain.md: 200.0002 → 200.00
            "1234.50, 6.17",       // 6.1725 → 6.17
            "1235.00, 6.18",       // 6.175 → 6.18: half-up, not half-even
            "8500.00, 127.50",
            "25000.00, 500.00"})
    void inService(String income, String expected) {
        assertEquals(expected, Fen.format(DuesCalculator.monthlyAmount(DuesCategory.IN_SERVICE, Fen.parse(income), null)));
    }

    @ParameterizedTest(name = "retired {0} → {1}")
    @CsvSource({
            "4999.99, 25.00",
            "5000.00, 25.00",      // domain.md
            "5000.01, 50.00",      // domain.md
            "3000.01, 15.00",      // the in-service edge is no edge for the retired
            "10000.01, 100.00"})
    void retired(String pension, String expected) {
        assertEquals(expected, Fen.format(DuesCalculator.monthlyAmount(DuesCategory.RETIRED, Fen.parse(pension), null)));
    }

    @ParameterizedTest(name = "{0} pays 0.20")
    @CsvSource({"STUDENT", "UNEMPLOYED", "MINIMUM_INCOME"})
    void fixedLowAmount(DuesCategory category) {
        assertEquals("0.20", Fen.format(DuesCalculator.monthlyAmount(category, null, null)));
    }

    @ParameterizedTest(name = "farmer declares {0}: allowed {1}")
    @CsvSource({"0.19, false", "0.20, true", "0.50, true", "1.00, true", "1.01, false", "0.00, false"})
    void farmerDeclaresBetweenTwentyFenAndOneYuan(String declared, boolean allowed) {
        assertEquals(allowed, DuesCalculator.farmerAmount(Fen.parse(declared)).isEmpty());
        if (allowed) {
            assertEquals(declared, Fen.format(DuesCalculator.monthlyAmount(DuesCategory.FARMER, null, Fen.parse(declared))));
        }
    }

    @Test
    void amountsAreExactFenAndRefuseWhatIsNotOne() {
        assertEquals(300001, Fen.parse("3000.01"));
        assertEquals(300000, Fen.parse("3000"));
        assertEquals(300000, Fen.parse("3000.000"));
        for (String bad : new String[] {"3000.001", "-1.00", "abc", "", "1e3", "100000000.00"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fen.parse(bad), bad);
            assertTrue(!e.getMessage().isBlank());
        }
        assertEquals("0.05", Fen.format(5));
    }
}
