package cn.dangjian.platform.security;

/** Realm roles carried in {@code realm_access.roles}; see the roles table in the domain brief. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String ORG_ADMIN = "org-admin";
    public static final String MEMBER = "member";
    public static final String VOLUNTEER = "volunteer";
    public static final String INTEGRATION = "integration";
    public static final String MERCHANT = "merchant";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
