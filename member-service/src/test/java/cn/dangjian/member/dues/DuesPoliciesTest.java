package cn.dangjian.member.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The payment window (6 months ahead or behind, policy) at 6 and 7, and the other dues policies. */
class DuesPoliciesTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void payingAheadReachesTheSixthMonthAfterTheCurrentOneNotTheSeventh() {
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2026, 11), YearMonth.of(2027, 5), NOV, 6, 6).isEmpty());
        String refusal = DuesPolicies.paymentWindow(YearMonth.of(2026, 11), YearMonth.of(2027, 6), NOV, 6, 6).orElseThrow();
        assertTrue(refusal.contains("2027-05"), refusal);
        // already paid ahead: the limit is where the payment reaches, not how many months it holds
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2027, 5), YearMonth.of(2027, 6), NOV, 6, 6).isPresent());
    }

    @Test
    void onePaymentCoversSixMonthsBeforeTheCurrentOneNotSeven() {
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2026, 5), YearMonth.of(2026, 10), NOV, 6, 6).isEmpty());
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2026, 5), YearMonth.of(2027, 5), NOV, 6, 6).isEmpty(), "6 behind, current, 6 ahead");
        String refusal = DuesPolicies.paymentWindow(YearMonth.of(2026, 4), YearMonth.of(2026, 10), NOV, 6, 6).orElseThrow();
        assertTrue(refusal.contains("2026-09"), "says how far the first payment may reach: " + refusal);
        // the rest of older arrears in another payment
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2026, 4), YearMonth.of(2026, 9), NOV, 6, 6).isEmpty());
    }

    @Test
    void theLimitsAreSettings() {
        assertTrue(DuesPolicies.paymentWindow(NOV, YearMonth.of(2027, 2), NOV, 3, 6).isEmpty());
        assertTrue(DuesPolicies.paymentWindow(NOV, YearMonth.of(2027, 3), NOV, 3, 6).isPresent());
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2026, 9), NOV, NOV, 6, 2).isEmpty());
        assertTrue(DuesPolicies.paymentWindow(YearMonth.of(2026, 8), NOV, NOV, 6, 2).isPresent());
    }

    @Test
    void aMonthIsPaidOnce() {
        assertEquals("dues-already-paid", DuesPolicies.notYetPaid(NOV, NOV).orElseThrow().slug());
        assertTrue(DuesPolicies.notYetPaid(NOV, NOV.plusMonths(1)).isEmpty());
        assertTrue(DuesPolicies.notYetPaid(null, NOV).isEmpty());
    }

    @Test
    void aReductionIsApprovedBySomeoneElse() {
        assertEquals("same-person", DuesPolicies.fourEyes("sub-1", "branch-secretary", "sub-1", "branch-secretary").orElseThrow().slug());
        assertTrue(DuesPolicies.fourEyes("sub-1", "branch-secretary", "sub-2", "community-admin").isEmpty());
        // a renamed login is still the same person: the sub decides
        assertTrue(DuesPolicies.fourEyes("sub-1", "old-name", "sub-1", "new-name").isPresent());
        assertTrue(DuesPolicies.fourEyes(null, "a", null, "a").isPresent());
    }

    @Test
    void monthsAreCountedWithBothEnds() {
        assertEquals(6, DuesMonths.between(YearMonth.of(2026, 5), YearMonth.of(2026, 10)));
        assertEquals(1, DuesMonths.between(NOV, NOV));
        assertEquals(0, DuesMonths.between(NOV, YearMonth.of(2026, 10)));
        assertEquals(YearMonth.of(2020, 6), DuesMonths.paidUpTo(null, java.time.LocalDate.of(2020, 7, 1)));
    }
}
