package cn.dangjian.activity.attendance;

import java.util.UUID;

/** Someone who may attend: a member (holder id = member id) or a volunteer (their points holder id). */
public record Attendee(UUID holderId, AttendeeKind kind, UUID memberId, String name, UUID organisationId) {
}
