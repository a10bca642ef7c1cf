package cn.dangjian.member.directory;

/** The words every list and report of the service uses for its scope parameters ({@link ListScope}), in one place. */
public final class ListScopeParameters {

    public static final String UNDER = "That organisation and everything below it";
    public static final String ORGANISATION = "That organisation alone";
    public static final String SCOPE = "`under`: that organisation and everything below it; `organisationId`: that organisation alone; "
            + "without either the org-admin's own subtree, or everywhere for the roles that read everywhere.";
    public static final String UNKNOWN = "`under` or `organisationId` names no organisation, or a filter or page is invalid (the parameter is named)";
    public static final String OUTSIDE = "`under` or `organisationId` is outside the caller's scope";

    private ListScopeParameters() {
    }
}
