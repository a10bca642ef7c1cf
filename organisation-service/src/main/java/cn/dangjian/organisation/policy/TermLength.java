package cn.dangjian.organisation.policy;

import cn.dangjian.organisation.organisation.Sector;
import java.time.LocalDate;

/** Committee terms (任期): 5 years for village and community organisations, 3 for the others (policy). */
public final class TermLength {

    private TermLength() {
    }

    public static int years(Sector sector, OrganisationPolicies policies) {
        return sector == Sector.VILLAGE || sector == Sector.COMMUNITY ? policies.termYearsVillageAndCommunity() : policies.termYearsOther();
    }

    /** The last day of a term that starts on {@code start}. */
    public static LocalDate endOf(LocalDate start, Sector sector, OrganisationPolicies policies) {
        return start.plusYears(years(sector, policies)).minusDays(1);
    }
}
