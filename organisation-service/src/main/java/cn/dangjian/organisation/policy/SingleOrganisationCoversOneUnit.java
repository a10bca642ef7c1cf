package cn.dangjian.organisation.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/** An organisation formed alone (单独组建) covers its one unit; more units need a joint organisation. */
public final class SingleOrganisationCoversOneUnit {

    public static final String RULE = "single-covers-one-unit";

    private SingleOrganisationCoversOneUnit() {
    }

    /** @param coveredAfter how many units the organisation formed alone would cover after the change */
    public static Optional<Refusal> check(long coveredAfter) {
        return coveredAfter <= 1 ? Optional.empty()
                : Refusal.refuse(RULE, "an organisation formed alone (SINGLE) covers one unit, not " + coveredAfter
                        + ": form it jointly (JOINT) or let other organisations cover the others");
    }
}
