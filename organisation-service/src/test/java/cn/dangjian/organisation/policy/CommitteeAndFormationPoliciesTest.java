package cn.dangjian.organisation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.platform.rules.Refusal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Term ends, who may hold a seat, and formation against covered units: each on both sides of its edge. */
class CommitteeAndFormationPoliciesTest {

    private static final OrganisationSettings P = Settings.defaults();

    @Test
    void aTermEndsTheDayBeforeItsAnniversary() {
        assertEquals(LocalDate.of(2029, 2, 28), TermLength.endOf(LocalDate.of(2024, 3, 1), Sector.COMMUNITY, P));
        assertEquals(LocalDate.of(2029, 2, 27), TermLength.endOf(LocalDate.of(2024, 2, 28), Sector.VILLAGE, P));
        assertEquals(LocalDate.of(2027, 2, 28), TermLength.endOf(LocalDate.of(2024, 3, 1), Sector.NON_PUBLIC_ENTERPRISE, P));
        // a term ending in a leap year: the day before 1 March is 29 February
        assertEquals(LocalDate.of(2028, 2, 29), TermLength.endOf(LocalDate.of(2023, 3, 1), Sector.COMMUNITY, P));
    }

    @Test
    void aTermStartingOnTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        assertEquals(LocalDate.of(2029, 2, 28), TermLength.endOf(LocalDate.of(2024, 2, 29), Sector.COMMUNITY, P), "not the 27th");
        assertEquals(LocalDate.of(2027, 2, 28), TermLength.endOf(LocalDate.of(2024, 2, 29), null, P));
        // an anniversary in a leap year (4 years): still the 28th, the day before 29 February
        assertEquals(LocalDate.of(2028, 2, 28), TermLength.endOf(LocalDate.of(2024, 2, 29), Sector.COMMUNITY,
                Settings.with("termYearsVillageAndCommunity", 4)));
    }

    @Test
    void termLengthsArePolicySettings() {
        OrganisationSettings sixAndTwo = Settings.with(Map.of("termYearsVillageAndCommunity", 6, "termYearsOther", 2));
        assertEquals(LocalDate.of(2030, 2, 28), TermLength.endOf(LocalDate.of(2024, 3, 1), Sector.VILLAGE, sixAndTwo));
        assertEquals(LocalDate.of(2026, 2, 28), TermLength.endOf(LocalDate.of(2024, 3, 1), Sector.PARK, sixAndTwo));
    }

    @Test
    void aFullActiveMemberInNormalStandingHoldsASeat() {
        assertTrue(SeatHolderEligible.check("FULL", "NORMAL", true, false).isEmpty());
        assertTrue(SeatHolderEligible.check("FULL", null, true, false).isEmpty(), "a standing not known yet is taken as NORMAL");
    }

    @Test
    void probationaryInactiveOtherStandingsAndLeaversDoNot() {
        Refusal probationary = SeatHolderEligible.check("PROBATIONARY", "NORMAL", true, false).orElseThrow();
        assertEquals("seat-holder-not-eligible", probationary.slug());
        assertTrue(probationary.detail().contains("probationary"));
        Refusal inactive = SeatHolderEligible.check("FULL", "EXPELLED", false, false).orElseThrow();
        assertEquals("is no longer an active member (standing EXPELLED) and cannot hold a seat", inactive.detail());
        assertTrue(SeatHolderEligible.check("FULL", "NORMAL", false, false).isPresent(), "member-service's active=false decides");
        assertTrue(SeatHolderEligible.check("FULL", "PROBATION_IN_PARTY", true, false).orElseThrow().detail().contains("被选举权"));
        assertTrue(SeatHolderEligible.check("FULL", "NORMAL", true, true).orElseThrow().detail().contains("left the platform"));
    }

    @Test
    void formedAloneOneUnitFitsTwoDoNot() {
        assertEquals(Optional.empty(), FormationFitsCoveredUnits.check(Formation.SINGLE, 0, P));
        assertEquals(Optional.empty(), FormationFitsCoveredUnits.check(Formation.SINGLE, 1, P));
        Refusal two = FormationFitsCoveredUnits.check(Formation.SINGLE, 2, P).orElseThrow();
        assertEquals("single-covers-one-unit", two.slug());
        assertEquals("an organisation formed alone (SINGLE) covers one unit, not 2: form it jointly (JOINT) or let other organisations "
                + "cover the others", two.detail());
    }

    @Test
    void formedJointlyFiveUnitsFitSixDoNot() {
        assertEquals(Optional.empty(), FormationFitsCoveredUnits.check(Formation.JOINT, 1, P));
        assertEquals(Optional.empty(), FormationFitsCoveredUnits.check(Formation.JOINT, 5, P));
        assertEquals("joint-covers-too-many-units", FormationFitsCoveredUnits.check(Formation.JOINT, 6, P).orElseThrow().slug());
        assertTrue(FormationFitsCoveredUnits.check(Formation.JOINT, 4, Settings.with("jointMaxUnits", 3)).isPresent());
    }
}
