package cn.dangjian.member.dropout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Warn at 3 months and flag at 6, against 2 and 5, for organisational life and for dues. */
class DropOutPoliciesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final LocalDate ADMITTED = LocalDate.of(2020, 7, 1);

    @Test
    void levelsAtTheEdges() {
        assertEquals(Optional.empty(), DropOutPolicies.level(2, 3, 6));
        assertEquals(Optional.of(RiskLevel.WARN), DropOutPolicies.level(3, 3, 6));
        assertEquals(Optional.of(RiskLevel.WARN), DropOutPolicies.level(5, 3, 6));
        assertEquals(Optional.of(RiskLevel.FLAG), DropOutPolicies.level(6, 3, 6));
    }

    @Test
    void organisationalLifeCountsWholeMonthsSinceTheLastMeeting() {
        assertEquals(2, DropOutPolicies.monthsWithoutOrganisationalLife(LocalDate.of(2026, 8, 16), ADMITTED, TODAY));
        assertEquals(3, DropOutPolicies.monthsWithoutOrganisationalLife(LocalDate.of(2026, 8, 15), ADMITTED, TODAY));
        assertEquals(5, DropOutPolicies.monthsWithoutOrganisationalLife(LocalDate.of(2026, 5, 16), ADMITTED, TODAY));
        assertEquals(6, DropOutPolicies.monthsWithoutOrganisationalLife(LocalDate.of(2026, 5, 15), ADMITTED, TODAY));
        assertEquals(0, DropOutPolicies.monthsWithoutOrganisationalLife(TODAY, ADMITTED, TODAY));
        // never attended: since admission
        assertEquals(1, DropOutPolicies.monthsWithoutOrganisationalLife(null, LocalDate.of(2026, 10, 15), TODAY));
    }

    @Test
    void duesCountTheMonthsInArrearsNotTheCurrentMonth() {
        YearMonth nov = YearMonth.from(TODAY);
        assertEquals(2, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 8), nov), "September and October; November is not due yet");
        assertEquals(3, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 7), nov));
        assertEquals(5, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 5), nov));
        assertEquals(6, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 4), nov));
        assertEquals(0, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 10), nov));
        assertEquals(0, DropOutPolicies.monthsWithoutDues(YearMonth.of(2027, 2), nov), "paid ahead");
        // the levels at those counts: paid up to 2026-08 none, 2026-07 WARN, 2026-05 WARN, 2026-04 FLAG
        assertEquals(Optional.empty(), DropOutPolicies.level(DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 8), nov), 3, 6));
        assertEquals(Optional.of(RiskLevel.WARN), DropOutPolicies.level(DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 5), nov), 3, 6));
        assertEquals(Optional.of(RiskLevel.FLAG), DropOutPolicies.level(DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 4), nov), 3, 6));
    }

    @Test
    void theListQueryReachesTheSameEdges() {
        YearMonth nov = YearMonth.from(TODAY);
        assertEquals(YearMonth.of(2026, 7), DropOutPolicies.paidUpToReaching(3, nov));
        assertEquals(YearMonth.of(2026, 4), DropOutPolicies.paidUpToReaching(6, nov));
        assertEquals(3, DropOutPolicies.monthsWithoutDues(DropOutPolicies.paidUpToReaching(3, nov), nov));
        assertEquals(2, DropOutPolicies.monthsWithoutDues(DropOutPolicies.paidUpToReaching(3, nov).plusMonths(1), nov));
    }
}
