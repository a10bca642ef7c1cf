package cn.dangjian.organisation.policy;

/** Only the district organisation department (platform-admin) creates or moves organisations to the top. */
public final class OnlyPlatformAdminCreatesRoots {

    public static final String RULE = "root-by-platform-admin";

    private OnlyPlatformAdminCreatesRoots() {
    }

    public static Decision check(boolean platformAdmin) {
        return platformAdmin ? Decision.allow() : Decision.refuse(RULE, "only platform-admin creates a root organisation");
    }
}
