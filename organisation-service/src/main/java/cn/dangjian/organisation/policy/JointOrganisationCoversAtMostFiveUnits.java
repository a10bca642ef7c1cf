package cn.dangjian.organisation.policy;

/** A joint organisation (联合组建) covers at most {@code jointMaxUnits} units (5 by default). */
public final class JointOrganisationCoversAtMostFiveUnits {

    public static final String RULE = "joint-covers-too-many-units";

    private JointOrganisationCoversAtMostFiveUnits() {
    }

    /** @param coveredAfter how many units the joint organisation would cover after the change */
    public static Decision check(long coveredAfter, OrganisationPolicies policies) {
        return coveredAfter <= policies.jointMaxUnits() ? Decision.allow()
                : Decision.refuse(RULE, "a joint organisation covers at most " + policies.jointMaxUnits() + " units; this would make " + coveredAfter);
    }
}
