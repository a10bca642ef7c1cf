package cn.dangjian.organisation.policy;

import cn.dangjian.organisation.organisation.Level;

/** A child sits strictly below its parent's level (a branch cannot hold a general branch). */
public final class ChildSitsBelowParentLevel {

    public static final String RULE = "level-below-parent";

    private ChildSitsBelowParentLevel() {
    }

    public static Decision check(Level child, Level parent) {
        return child.mayBeChildOf(parent) ? Decision.allow()
                : Decision.refuse(RULE, child + " cannot sit under a " + parent);
    }
}
