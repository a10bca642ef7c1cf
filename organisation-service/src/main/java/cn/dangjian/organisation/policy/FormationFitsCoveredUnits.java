package cn.dangjian.organisation.policy;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/**
 * An organisation's formation and the units it covers agree: formed alone (SINGLE) it covers at most one unit, formed
 * jointly (JOINT) at most {@code jointMaxUnits} (5). Checked on every path that changes either side: a unit's
 * covering organisation (creating or changing a unit) and the organisation's formation.
 */
public final class FormationFitsCoveredUnits {

    private FormationFitsCoveredUnits() {
    }

    /** @param coveredAfter how many units the organisation would cover after the change */
    public static Optional<Refusal> check(Formation formation, long coveredAfter, OrganisationSettings settings) {
        return formation == Formation.JOINT
                ? JointOrganisationCoversAtMostFiveUnits.check(coveredAfter, settings)
                : SingleOrganisationCoversOneUnit.check(coveredAfter);
    }
}
