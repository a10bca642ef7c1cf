package cn.dangjian.platform.testing;

/** Demo logins of the realm (deploy/keycloak/dangjian-realm.json), each standing for a role. */
public final class DemoUsers {

    public static final String DISTRICT_ADMIN = "district-admin";     // platform-admin
    public static final String STREET_ADMIN = "street-admin";         // org-admin of DemoIds.STREET
    public static final String COMMUNITY_ADMIN = "community-admin";   // org-admin of DemoIds.LAKESIDE
    public static final String BRANCH_SECRETARY = "branch-secretary"; // org-admin of DemoIds.LAKESIDE_BRANCH_1
    public static final String BRANCH2_SECRETARY = "branch2-secretary"; // org-admin of DemoIds.LAKESIDE_BRANCH_2 (sibling of branch 1)
    public static final String MEMBER_ZHANG = "member-zhang";         // member
    public static final String VOLUNTEER_WANG = "volunteer-wang";     // volunteer
    public static final String AUDITOR_ZHAO = "auditor-zhao";         // auditor
    public static final String MERCHANT_CHEN = "merchant-chen";       // merchant

    private DemoUsers() {
    }
}
