package cn.dangjian.organisation.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/** Only the district organisation department (platform-admin) creates or moves organisations to the top. */
public final class OnlyPlatformAdminCreatesRoots {

    public static final String RULE = "root-by-platform-admin";

    private OnlyPlatformAdminCreatesRoots() {
    }

    public static Optional<Refusal> check(boolean platformAdmin) {
        return platformAdmin ? Optional.empty() : Refusal.refuse(RULE, "only platform-admin creates a root organisation");
    }
}
