package cn.dangjian.activity.attendance;

import java.util.UUID;

/**
 * Someone who may attend: a member (holder id = member id) or a volunteer (their points holder id). {@code active} is
 * false for a member whose standing has ended; {@code sub} is their login's subject, if linked (four-eyes compares it).
 */
public record Attendee(UUID holderId, AttendeeKind kind, UUID memberId, String name, UUID organisationId, boolean active, String sub) {
}
