package cn.dangjian.organisation.policy;

import cn.dangjian.organisation.organisation.Sector;
import java.time.LocalDate;
import java.time.Month;

/**
 * Committee terms (任期): 5 years for village and community organisations, 3 for the others (policy). The last day of a
 * term is derived, never taken from a client: the day before the term's anniversary.
 */
public final class TermLength {

    private TermLength() {
    }

    public static int years(Sector sector, OrganisationSettings settings) {
        return sector == Sector.VILLAGE || sector == Sector.COMMUNITY ? settings.termYearsVillageAndCommunity() : settings.termYearsOther();
    }

    /**
     * The last day of a term that starts on {@code start}: the day before its anniversary. A term that starts on
     * 29 February ends on 28 February: its anniversary is 1 March in a common year and 29 February in a leap year,
     * and both have 28 February before them (plusYears would clamp to the 28th and end a day too early).
     */
    public static LocalDate endOf(LocalDate start, Sector sector, OrganisationSettings settings) {
        int years = years(sector, settings);
        if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29) {
            return LocalDate.of(start.getYear() + years, Month.FEBRUARY, 28);
        }
        return start.plusYears(years).minusDays(1);
    }
}
