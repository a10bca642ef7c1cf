package cn.dangjian.activity.attendance;

/** MEMBER: a party member (holder id = member id); VOLUNTEER: a resident announced by volunteer-points-service. */
public enum AttendeeKind {
    MEMBER,
    VOLUNTEER
}
