package cn.dangjian.activity.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ServiceHoursTest {

    @Test
    void zeroAndTwentyFourAreTheBoundsAndBothAreAllowed() {
        assertEquals(new BigDecimal("0.00"), ServiceHours.of(BigDecimal.ZERO).value());
        assertEquals(new BigDecimal("24.00"), ServiceHours.of(new BigDecimal("24")).value());
        assertEquals(new BigDecimal("24.00"), ServiceHours.of(new BigDecimal("24.00")).value());
    }

    @Test
    void justOutsideTheBoundsIsRefused() {
        var above = assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(new BigDecimal("24.01")));
        assertEquals("must be at most 24", above.getMessage());
        var below = assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(new BigDecimal("-0.01")));
        assertEquals("must be 0 or more", below.getMessage());
        assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(new BigDecimal("-1")));
        assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(new BigDecimal("25")));
    }

    @Test
    void twoDecimalPlacesAtMost() {
        assertEquals(new BigDecimal("1.25"), ServiceHours.of(new BigDecimal("1.25")).value());
        assertEquals(new BigDecimal("0.01"), ServiceHours.of(new BigDecimal("0.01")).value());
        var tooFine = assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(new BigDecimal("1.234")));
        assertEquals("must have at most 2 decimal places", tooFine.getMessage());
        assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(new BigDecimal("0.001")));
    }

    @Test
    void trailingZerosAreTheSameAmountAndWholeHoursGainTwoPlaces() {
        assertEquals(new BigDecimal("1.50"), ServiceHours.of(new BigDecimal("1.500")).value());
        assertEquals(new BigDecimal("2.00"), ServiceHours.of(new BigDecimal("2")).value());
        assertEquals(new BigDecimal("10.00"), ServiceHours.of(new BigDecimal("1E+1")).value());
    }

    @Test
    void missingIsRefused() {
        assertThrows(ServiceHours.Invalid.class, () -> ServiceHours.of(null));
    }
}
