package cn.dangjian.platform.events;

/** The v1 event catalogue of the contract (documented in docs/events.md). */
public final class EventTypes {

    public static final String ORGANISATION_CREATED = "dangjian.organisation.created.v1";
    public static final String ORGANISATION_UPDATED = "dangjian.organisation.updated.v1";
    public static final String ORGANISATION_MOVED = "dangjian.organisation.moved.v1";
    public static final String ORGANISATION_REVOKED = "dangjian.organisation.revoked.v1";

    public static final String MEMBER_REGISTERED = "dangjian.member.registered.v1";
    public static final String MEMBER_UPDATED = "dangjian.member.updated.v1";
    public static final String MEMBER_CONVERTED = "dangjian.member.converted.v1";
    public static final String MEMBER_STANDING_CHANGED = "dangjian.member.standing-changed.v1";
    public static final String MEMBER_TRANSFERRED = "dangjian.member.transferred.v1";
    public static final String MEMBER_DUES_DECLARED = "dangjian.member.dues-declared.v1";
    public static final String MEMBER_DUES_PAID = "dangjian.member.dues-paid.v1";

    public static final String ACTIVITY_PUBLISHED = "dangjian.activity.published.v1";
    public static final String ACTIVITY_UPDATED = "dangjian.activity.updated.v1";
    public static final String ACTIVITY_CANCELLED = "dangjian.activity.cancelled.v1";

    // organisation-service 1 of 2: what organisation-service consumes and publishes besides the tree
    public static final String ACTIVITY_COMPLIANCE_CHANGED = "dangjian.activity.compliance-changed.v1";
    public static final String GRID_CREATED = "dangjian.grid.created.v1";
    public static final String GRID_UPDATED = "dangjian.grid.updated.v1";
    public static final String GRID_RETIRED = "dangjian.grid.retired.v1";

    public static final String POINTS_ACCOUNT_OPENED = "dangjian.points.account-opened.v1";
    public static final String POINTS_CREDITED = "dangjian.points.credited.v1";
    public static final String POINTS_DEBITED = "dangjian.points.debited.v1";

    public static final String ACTIVITY_ENDED = "dangjian.activity.ended.v1";
    public static final String ACTIVITY_ATTENDANCE_CONFIRMED = "dangjian.activity.attendance-confirmed.v1";
    public static final String MEMBER_HOSTED = "dangjian.member.hosted.v1";
    public static final String MEMBER_HOSTING_ENDED = "dangjian.member.hosting-ended.v1";
    public static final String POINTS_VOLUNTEER_REGISTERED = "dangjian.points.volunteer-registered.v1";

    private EventTypes() {
    }
}
