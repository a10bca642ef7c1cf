package cn.dangjian.member.dues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.rules.Refusal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The dues policies on both sides of each edge: payment window (6 ahead, 6 behind, policy), paid up to, own record, approval, four eyes. */
class DuesPoliciesTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final LocalDate ADMITTED = LocalDate.of(2020, 7, 1);

    @Test
    void payingAheadReachesTheSixthMonthAfterTheCurrentOneNotTheSeventh() {
        assertTrue(DuesPolicies.payingAhead(YearMonth.of(2027, 5), NOV, 6).isEmpty());
        Refusal refusal = DuesPolicies.payingAhead(YearMonth.of(2027, 6), NOV, 6).orElseThrow();
        assertEquals("dues-payment-window", refusal.slug());
        assertTrue(refusal.detail().contains("2027-05"), refusal.detail());
    }

    @Test
    void anOrdinaryPaymentCoversMonthsUpToSixBeforeTheCurrentOneNotSeven() {
        assertTrue(DuesPolicies.payingBehind(YearMonth.of(2026, 5), NOV, 6, false).isEmpty(), "2026-05 is 6 months before 2026-11");
        Refusal refusal = DuesPolicies.payingBehind(YearMonth.of(2026, 4), NOV, 6, false).orElseThrow();
        assertEquals("dues-payment-window", refusal.slug());
        assertTrue(refusal.detail().contains("2026-05") && refusal.detail().contains("backPaymentReason"), refusal.detail());
        // the limit is on the debt, not on one payment: however short the payment, a month older than that is refused
        assertTrue(DuesPolicies.payingBehind(YearMonth.of(2020, 7), NOV, 6, false).isPresent());
        // only a back payment with a reason covers it
        assertTrue(DuesPolicies.payingBehind(YearMonth.of(2026, 4), NOV, 6, true).isEmpty());
        assertTrue(DuesPolicies.payingBehind(NOV, NOV, 6, false).isEmpty());
    }

    @Test
    void theLimitsAreSettings() {
        assertTrue(DuesPolicies.payingAhead(YearMonth.of(2027, 2), NOV, 3).isEmpty());
        assertTrue(DuesPolicies.payingAhead(YearMonth.of(2027, 3), NOV, 3).isPresent());
        assertTrue(DuesPolicies.payingBehind(YearMonth.of(2026, 9), NOV, 2, false).isEmpty());
        assertTrue(DuesPolicies.payingBehind(YearMonth.of(2026, 8), NOV, 2, false).isPresent());
    }

    @Test
    void paidUpToGivenAtRegistrationIsNeitherInTheFutureNorBeforeTheMonthBeforeAdmission() {
        assertTrue(DuesPolicies.paidUpToAtRegistration(NOV, ADMITTED, NOV).isEmpty(), "the current month may be paid already");
        assertTrue(DuesPolicies.paidUpToAtRegistration(YearMonth.of(2026, 12), ADMITTED, NOV).orElseThrow().contains("future"));
        assertTrue(DuesPolicies.paidUpToAtRegistration(YearMonth.of(2020, 6), ADMITTED, NOV).isEmpty());
        assertTrue(DuesPolicies.paidUpToAtRegistration(YearMonth.of(2020, 5), ADMITTED, NOV).orElseThrow().contains("2020-06"));
        assertEquals(YearMonth.of(2020, 6), DuesMonths.atRegistration(null, ADMITTED), "without one: the month before admission");
        assertEquals(YearMonth.of(2024, 1), DuesMonths.atRegistration(YearMonth.of(2024, 1), ADMITTED));
    }

    @Test
    void aMonthIsPaidOnce() {
        assertEquals("dues-already-paid", DuesPolicies.notYetPaid(NOV, NOV).orElseThrow().slug());
        assertTrue(DuesPolicies.notYetPaid(NOV, NOV.plusMonths(1)).isEmpty());
        assertTrue(DuesPolicies.notYetPaid(null, NOV).isEmpty());
    }

    @Test
    void nobodyActsOnTheirOwnRecord() {
        assertEquals("own-record", DuesPolicies.notOwnRecord("sub-1", "sub-1", "records a dues payment").orElseThrow().slug());
        assertTrue(DuesPolicies.notOwnRecord("sub-1", "sub-2", "records a dues payment").isEmpty());
        assertTrue(DuesPolicies.notOwnRecord(null, "sub-2", "records a dues payment").isEmpty(), "a member without a login is nobody's own record");
        assertTrue(DuesPolicies.notOwnRecord("sub-1", null, "records a dues payment").isPresent(), "a caller without a sub cannot show they are someone else");
    }

    @Test
    void movingIntoTheTwentyFenCategoriesNeedsAnotherPersonsApproval() {
        for (DuesCategory minimum : new DuesCategory[] {DuesCategory.STUDENT, DuesCategory.UNEMPLOYED, DuesCategory.MINIMUM_INCOME}) {
            assertTrue(DuesPolicies.needsApproval(minimum, 20, false, true), "the member's own: " + minimum);
            assertTrue(DuesPolicies.needsApproval(minimum, 20, true, true), "an org-admin's own: " + minimum);
            assertFalse(DuesPolicies.needsApproval(minimum, 20, true, false), "an org-admin in scope for someone else: " + minimum);
        }
        for (DuesCategory other : new DuesCategory[] {DuesCategory.IN_SERVICE, DuesCategory.RETIRED, DuesCategory.FARMER}) {
            assertFalse(DuesPolicies.needsApproval(other, 20, false, true), "a member declares " + other + " at 0.20 for themselves");
        }
    }

    /** Less than the 0.20 categories pay is no easier to have than they are: 0.19 waits for an org-admin, 0.20 does not. */
    @Test
    void aMembersOwnDeclarationBelowTwentyFenNeedsAnotherPersonsApproval() {
        long below = DuesCalculator.monthlyAmount(DuesCategory.IN_SERVICE, Fen.parse("38.99"), null);
        long atMinimum = DuesCalculator.monthlyAmount(DuesCategory.IN_SERVICE, Fen.parse("39.00"), null);
        assertEquals(19, below);
        assertEquals(20, atMinimum);
        assertTrue(DuesPolicies.needsApproval(DuesCategory.IN_SERVICE, below, false, true), "0.19, the member's own");
        assertFalse(DuesPolicies.needsApproval(DuesCategory.IN_SERVICE, atMinimum, false, true), "0.20, the member's own");
        assertTrue(DuesPolicies.needsApproval(DuesCategory.IN_SERVICE, 0, false, true), "income 0.00: 0.00 a month");
        assertTrue(DuesPolicies.needsApproval(DuesCategory.RETIRED, 19, true, true), "an org-admin's own");
        assertFalse(DuesPolicies.needsApproval(DuesCategory.IN_SERVICE, 0, true, false), "an org-admin in scope for someone else");
        assertTrue(DuesPolicies.lowDeclaration(DuesCategory.IN_SERVICE, 19));
        assertFalse(DuesPolicies.lowDeclaration(DuesCategory.IN_SERVICE, 20));
    }

    @Test
    void aReductionIsApprovedBySomeoneElseToldApartBySubOnly() {
        assertEquals("same-person", DuesPolicies.fourEyes("sub-1", "sub-1").orElseThrow().slug());
        assertTrue(DuesPolicies.fourEyes("sub-1", "sub-2").isEmpty());
        // without a sub nobody can tell; a username never decides
        assertTrue(DuesPolicies.fourEyes(null, "sub-2").isPresent());
        assertTrue(DuesPolicies.fourEyes("sub-1", null).isPresent());
    }

    @Test
    void monthsAreCountedWithBothEnds() {
        assertEquals(6, DuesMonths.between(YearMonth.of(2026, 5), YearMonth.of(2026, 10)));
        assertEquals(1, DuesMonths.between(NOV, NOV));
        assertEquals(0, DuesMonths.between(NOV, YearMonth.of(2026, 10)));
        assertEquals(YearMonth.of(2020, 6), DuesMonths.paidUpTo(null, ADMITTED));
    }

    @Test
    void arrearsAreTheUnpaidMonthsBeforeTheCurrentOne() {
        assertEquals(5, DuesMonths.inArrears(YearMonth.of(2026, 5), NOV), "June to October");
        assertEquals(0, DuesMonths.inArrears(YearMonth.of(2026, 10), NOV));
        assertEquals(0, DuesMonths.inArrears(NOV, NOV));
        assertEquals(0, DuesMonths.inArrears(YearMonth.of(2027, 2), NOV), "paid ahead");
    }
}
