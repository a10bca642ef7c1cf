package cn.dangjian.organisation.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/** A joint organisation (联合组建) covers at most {@code jointMaxUnits} units (5 by default). */
public final class JointOrganisationCoversAtMostFiveUnits {

    public static final String RULE = "joint-covers-too-many-units";

    private JointOrganisationCoversAtMostFiveUnits() {
    }

    /** @param coveredAfter how many units the joint organisation would cover after the change */
    public static Optional<Refusal> check(long coveredAfter, OrganisationSettings settings) {
        return coveredAfter <= settings.jointMaxUnits() ? Optional.empty()
                : Refusal.refuse(RULE, "a joint organisation covers at most " + settings.jointMaxUnits() + " units; this would make " + coveredAfter);
    }
}
