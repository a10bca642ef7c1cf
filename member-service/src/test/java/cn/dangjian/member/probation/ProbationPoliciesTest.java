package cn.dangjian.member.probation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.member.member.Standing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbationPoliciesTest {

    private static final LocalDate ADMITTED = LocalDate.of(2025, 12, 1);

    @Test
    void probationIsOverOneYearToTheDayAfterAdmission() {
        assertEquals(LocalDate.of(2026, 12, 1), ProbationPolicies.probationEnds(ADMITTED, null));
        assertTrue(ProbationPolicies.probationOver(ADMITTED, null, LocalDate.of(2026, 12, 1)).isEmpty(), "the end day is allowed");
        assertTrue(ProbationPolicies.probationOver(ADMITTED, null, LocalDate.of(2026, 12, 2)).isEmpty());
        var refused = ProbationPolicies.probationOver(ADMITTED, null, LocalDate.of(2026, 11, 30));
        assertTrue(refused.isPresent(), "the day before is refused");
        assertEquals("probation-not-over", refused.get().slug());
        assertTrue(refused.get().detail().contains("2026-12-01"), refused.get().detail());
    }

    @Test
    void anExtensionMovesTheEndByItsMonths() {
        assertEquals(LocalDate.of(2027, 6, 1), ProbationPolicies.probationEnds(ADMITTED, 6));
        assertEquals(LocalDate.of(2027, 12, 1), ProbationPolicies.probationEnds(ADMITTED, 12));
        assertTrue(ProbationPolicies.probationOver(ADMITTED, 6, LocalDate.of(2027, 5, 31)).get().detail().contains("2027-06-01"));
        assertTrue(ProbationPolicies.probationOver(ADMITTED, 6, LocalDate.of(2027, 6, 1)).isEmpty());
    }

    @Test
    void admittedOnTheLeapDayIsOverOnThe28thOfFebruary() {
        assertEquals(LocalDate.of(2025, 2, 28), ProbationPolicies.probationEnds(LocalDate.of(2024, 2, 29), null));
    }

    @Test
    void anExtensionIsSixToTwelveWholeMonths() {
        assertTrue(ProbationPolicies.extensionLength(5).isPresent(), "5 refused");
        assertTrue(ProbationPolicies.extensionLength(6).isEmpty(), "6 allowed");
        assertTrue(ProbationPolicies.extensionLength(12).isEmpty(), "12 allowed");
        assertTrue(ProbationPolicies.extensionLength(13).isPresent(), "13 refused");
        assertTrue(ProbationPolicies.extensionLength(null).isPresent());
    }

    @Test
    void probationIsExtendedOnce() {
        assertTrue(ProbationPolicies.onlyOneExtension(null).isEmpty());
        assertEquals("probation-already-extended", ProbationPolicies.onlyOneExtension(6).get().slug());
    }

    @Test
    void onlyAProbationaryMemberInNormalStandingIsConvertedOrExtended() {
        assertTrue(ProbationPolicies.stillProbationary(MembershipStatus.PROBATIONARY, Standing.NORMAL).isEmpty());
        assertEquals("not-probationary", ProbationPolicies.stillProbationary(MembershipStatus.FULL, Standing.NORMAL).get().slug());
        assertEquals("standing-not-normal",
                ProbationPolicies.stillProbationary(MembershipStatus.PROBATIONARY, Standing.QUALIFICATION_CANCELLED).get().slug());
    }

    @Test
    void aPartyCommitteeOrHigherApprovesConversionNeverAGeneralBranch() {
        for (String level : new String[] {"PARTY_COMMITTEE", "WORKING_COMMITTEE", "DISTRICT_COMMITTEE"}) {
            assertTrue(ProbationPolicies.approvesConversion(level), level);
        }
        for (String level : new String[] {"GENERAL_BRANCH", "BRANCH", "PARTY_GROUP"}) {
            assertFalse(ProbationPolicies.approvesConversion(level), level);
        }
        assertFalse(ProbationPolicies.approvesConversion(null), "an organisation whose level is unknown here approves nothing");
    }

    @Test
    void nobodyRecordsTheirOwnConversion() {
        assertEquals("same-person", ProbationPolicies.notOwnConversion("sub-1", "sub-1").get().slug());
        assertTrue(ProbationPolicies.notOwnConversion("sub-2", "sub-1").isEmpty(), "another person");
        assertTrue(ProbationPolicies.notOwnConversion("sub-2", null).isEmpty(), "a member without a login");
        assertTrue(ProbationPolicies.notOwnConversion(null, null).isEmpty(), "a caller without sub is nobody's own");
    }
}
