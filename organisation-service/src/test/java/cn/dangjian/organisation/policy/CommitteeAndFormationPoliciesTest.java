package cn.dangjian.organisation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Sector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Term ends, who may hold a seat, and formation against covered units: each on both sides of its edge. */
class CommitteeAndFormationPoliciesTest {

    private static final Policies P = Policies.defaults();

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
        assertEquals(LocalDate.of(2028, 2, 28), TermLength.endOf(LocalDate.of(2024, 2, 29), Sector.COMMUNITY, new Policies() {
            @Override public int termYearsVillageAndCommunity() { return 4; }
        }));
    }

    @Test
    void termLengthsArePolicySettings() {
        Policies sixAndTwo = new Policies() {
            @Override public int termYearsVillageAndCommunity() { return 6; }
            @Override public int termYearsOther() { return 2; }
        };
        assertEquals(LocalDate.of(2030, 2, 28), TermLength.endOf(LocalDate.of(2024, 3, 1), Sector.VILLAGE, sixAndTwo));
        assertEquals(LocalDate.of(2026, 2, 28), TermLength.endOf(LocalDate.of(2024, 3, 1), Sector.PARK, sixAndTwo));
    }

    @Test
    void aFullActiveMemberInNormalStandingHoldsASeat() {
        assertTrue(SeatHolderEligible.check("FULL", "NORMAL", true, false).allowed());
        assertTrue(SeatHolderEligible.check("FULL", null, true, false).allowed(), "a standing not known yet is taken as NORMAL");
    }

    @Test
    void probationaryInactiveOtherStandingsAndLeaversDoNot() {
        Decision probationary = SeatHolderEligible.check("PROBATIONARY", "NORMAL", true, false);
        assertTrue(probationary.refused());
        assertEquals("seat-holder-not-eligible", probationary.rule());
        assertTrue(probationary.reason().contains("probationary"));
        Decision inactive = SeatHolderEligible.check("FULL", "EXPELLED", false, false);
        assertEquals("is no longer an active member (standing EXPELLED) and cannot hold a seat", inactive.reason());
        assertTrue(SeatHolderEligible.check("FULL", "NORMAL", false, false).refused(), "member-service's active=false decides");
        assertTrue(SeatHolderEligible.check("FULL", "PROBATION_IN_PARTY", true, false).reason().contains("被选举权"));
        assertTrue(SeatHolderEligible.check("FULL", "NORMAL", true, true).reason().contains("left the platform"));
    }

    @Test
    void formedAloneOneUnitFitsTwoDoNot() {
        assertTrue(FormationFitsCoveredUnits.check(Formation.SINGLE, 0, P).allowed());
        assertTrue(FormationFitsCoveredUnits.check(Formation.SINGLE, 1, P).allowed());
        Decision two = FormationFitsCoveredUnits.check(Formation.SINGLE, 2, P);
        assertEquals("single-covers-one-unit", two.rule());
        assertEquals("an organisation formed alone (SINGLE) covers one unit, not 2: form it jointly (JOINT) or let other organisations "
                + "cover the others", two.reason());
    }

    @Test
    void formedJointlyFiveUnitsFitSixDoNot() {
        assertTrue(FormationFitsCoveredUnits.check(Formation.JOINT, 1, P).allowed());
        assertTrue(FormationFitsCoveredUnits.check(Formation.JOINT, 5, P).allowed());
        assertEquals("joint-covers-too-many-units", FormationFitsCoveredUnits.check(Formation.JOINT, 6, P).rule());
        assertTrue(FormationFitsCoveredUnits.check(Formation.JOINT, 4, Policies.defaults().jointMaxUnits(3)).refused());
    }
}
