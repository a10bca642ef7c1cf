package cn.dangjian.member.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates a registration must fit, on both sides of each edge. */
class AdmissionPoliciesTest {

    private static final LocalDate BORN = LocalDate.of(2000, 6, 15);

    @Test
    void admittedOnThe18thBirthdayButNotTheDayBefore() {
        assertTrue(AdmissionPolicies.oldEnough(BORN, LocalDate.of(2018, 6, 15)).isEmpty(), "the 18th birthday is allowed");
        assertTrue(AdmissionPolicies.oldEnough(BORN, LocalDate.of(2018, 6, 16)).isEmpty());
        assertTrue(AdmissionPolicies.oldEnough(BORN, LocalDate.of(2018, 6, 14)).get().contains("18"), "the day before is refused");
    }

    @Test
    void bornOnThe29thOfFebruaryTurns18OnThe1stOfMarchInACommonYear() {
        LocalDate leapDay = LocalDate.of(2004, 2, 29);
        assertEquals(LocalDate.of(2022, 3, 1), AdmissionPolicies.eighteenthBirthday(leapDay));
        assertTrue(AdmissionPolicies.oldEnough(leapDay, LocalDate.of(2022, 2, 28)).isPresent(), "28 February: 18 full years not yet lived");
        assertTrue(AdmissionPolicies.oldEnough(leapDay, LocalDate.of(2022, 3, 1)).isEmpty());
        // 18 years after a leap year is never one, so every 29 February birthday turns 18 on 1 March
        assertEquals(LocalDate.of(1914, 3, 1), AdmissionPolicies.eighteenthBirthday(LocalDate.of(1896, 2, 29)));
        assertEquals(LocalDate.of(2018, 2, 28), AdmissionPolicies.eighteenthBirthday(LocalDate.of(2000, 2, 28)));
    }

    @Test
    void aFullMembersDateIsNotBeforeTheEndOfAYearsProbation() {
        LocalDate admitted = LocalDate.of(2020, 7, 1);
        assertTrue(AdmissionPolicies.fullMemberOnFits(MembershipStatus.FULL, admitted, LocalDate.of(2021, 7, 1)).isEmpty());
        assertTrue(AdmissionPolicies.fullMemberOnFits(MembershipStatus.FULL, admitted, LocalDate.of(2021, 6, 30)).get().contains("2021-07-01"));
        assertTrue(AdmissionPolicies.fullMemberOnFits(MembershipStatus.FULL, admitted, LocalDate.of(2022, 1, 1)).isEmpty(), "after an extension");
        assertTrue(AdmissionPolicies.fullMemberOnFits(MembershipStatus.FULL, admitted, null).isEmpty());
    }

    @Test
    void aProbationaryMemberHasNoFullMembershipDate() {
        LocalDate admitted = LocalDate.of(2026, 3, 1);
        assertTrue(AdmissionPolicies.fullMemberOnFits(MembershipStatus.PROBATIONARY, admitted, LocalDate.of(2027, 3, 1)).isPresent());
        assertTrue(AdmissionPolicies.fullMemberOnFits(MembershipStatus.PROBATIONARY, admitted, null).isEmpty());
        assertNull(AdmissionPolicies.fullMemberOn(MembershipStatus.PROBATIONARY, admitted, null));
    }

    @Test
    void withoutADateAFullMemberIsFullFromAYearAfterAdmission() {
        assertEquals(LocalDate.of(2021, 7, 1), AdmissionPolicies.fullMemberOn(MembershipStatus.FULL, LocalDate.of(2020, 7, 1), null));
        assertEquals(LocalDate.of(2022, 1, 1), AdmissionPolicies.fullMemberOn(MembershipStatus.FULL, LocalDate.of(2020, 7, 1), LocalDate.of(2022, 1, 1)));
    }

    @Test
    void aFullMembersProbationIsOverByToday() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertTrue(AdmissionPolicies.fullAfterProbation(MembershipStatus.FULL, LocalDate.of(2025, 12, 1), today).isEmpty(), "ends today");
        assertTrue(AdmissionPolicies.fullAfterProbation(MembershipStatus.FULL, LocalDate.of(2025, 12, 2), today).get().contains("2026-12-02"));
        assertTrue(AdmissionPolicies.fullAfterProbation(MembershipStatus.PROBATIONARY, LocalDate.of(2026, 11, 1), today).isEmpty());
    }
}
