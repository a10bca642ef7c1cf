package cn.dangjian.points.earning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The earning rules on both sides of each edge (defaults: 4 h per activity, 8 h per person and day). */
class EarningPolicyTest {

    private final EarningPolicy policy = new EarningPolicy(new BigDecimal("4"), new BigDecimal("8"));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void onePointAnHourUpToFourHoursOfOneActivity() {
        assertEquals(d("4.00"), policy.earn(d("1"), d("4.00"), d("0")).points());
        assertEquals(d("4.00"), policy.earn(d("1"), d("4.01"), d("0")).points());
        assertEquals(d("3.99"), policy.earn(d("1"), d("3.99"), d("0")).points());
        assertTrue(policy.earn(d("1"), d("6"), d("0")).reason().contains("per activity"));
    }

    @Test
    void atMostEightHoursPerPersonAndDay() {
        assertEquals(d("2.00"), policy.earn(d("1"), d("3"), d("6")).points());
        assertEquals(d("1.00"), policy.earn(d("1"), d("1"), d("7")).points());
        assertEquals(d("0.00"), policy.earn(d("1"), d("1"), d("8")).points());
        assertTrue(policy.earn(d("1"), d("1"), d("8")).nothing());
        assertTrue(policy.earn(d("1"), d("3"), d("6")).reason().contains("per person and day"));
    }

    @Test
    void meetingsAndZeroHoursEarnNothing() {
        assertTrue(policy.earn(d("0"), d("2"), d("0")).nothing());
        assertTrue(policy.earn(d("1"), d("0.00"), d("0")).nothing());
        assertEquals(d("3.00"), policy.earn(d("1.5"), d("2"), d("0")).points());
    }
}
