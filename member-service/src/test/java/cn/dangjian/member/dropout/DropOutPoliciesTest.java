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
    void duesCountMonthsSinceTheMonthPaidUpTo() {
        YearMonth nov = YearMonth.from(TODAY);
        assertEquals(2, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 9), nov));
        assertEquals(3, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 8), nov));
        assertEquals(5, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 6), nov));
        assertEquals(6, DropOutPolicies.monthsWithoutDues(YearMonth.of(2026, 5), nov));
        assertEquals(0, DropOutPolicies.monthsWithoutDues(YearMonth.of(2027, 2), nov), "paid ahead");
    }
}
