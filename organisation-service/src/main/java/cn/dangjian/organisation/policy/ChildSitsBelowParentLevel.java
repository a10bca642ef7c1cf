package cn.dangjian.organisation.policy;

import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/** A child sits strictly below its parent's level (a branch cannot hold a general branch). */
public final class ChildSitsBelowParentLevel {

    public static final String RULE = "level-below-parent";

    private ChildSitsBelowParentLevel() {
    }

    public static Optional<Refusal> check(Level child, Level parent) {
        return child.mayBeChildOf(parent) ? Optional.empty()
                : Refusal.refuse(RULE, child + " cannot sit under a " + parent);
    }
}
