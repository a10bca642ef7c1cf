package cn.dangjian.platform.testing;

import java.util.UUID;

/**
 * {@code activity.attendance-confirmed.v1} as activity-service will publish it (api-contract v1.1), for feeding the
 * moral bank's consumer until activity-service publishes confirmations itself.
 */
public final class AttendanceEventsFixture {

    private AttendanceEventsFixture() {
    }

    /**
     * @param hours        service hours as the organiser confirmed them, written as a JSON number, e.g. {@code "2.00"} ({@code "0.00"} for a meeting)
     * @param confirmedAt  an ISO instant, e.g. {@code "2026-11-27T02:00:00Z"}
     */
    public static String confirmed(UUID eventId, UUID activityId, UUID holderId, String attendeeKind, UUID organisationId,
                                   String activityType, String hours, String confirmedBy, String confirmedAt) {
        return OrganisationEventsFixture.envelope(eventId, "dangjian.activity.attendance-confirmed.v1", activityId,
                        "{\"activityId\":\"" + activityId + "\",\"holderId\":\"" + holderId + "\",\"attendeeKind\":\"" + attendeeKind
                                + "\",\"memberId\":" + ("MEMBER".equals(attendeeKind) ? "\"" + holderId + "\"" : "null")
                                + ",\"organisationId\":\"" + organisationId + "\",\"activityType\":\"" + activityType
                                + "\",\"hours\":" + hours + ",\"confirmedBy\":\"" + confirmedBy + "\",\"confirmedAt\":\"" + confirmedAt + "\"}")
                .replace("/dangjian/organisation-service", "/dangjian/activity-service");
    }

    /** A member's attendance confirmed by the demo branch secretary. */
    public static String memberConfirmed(UUID activityId, UUID memberId, UUID organisationId, String activityType, String hours, String confirmedAt) {
        return confirmed(UUID.randomUUID(), activityId, memberId, "MEMBER", organisationId, activityType, hours, "branch-secretary", confirmedAt);
    }

    /** An organisation created with a given sector (the demo tree's fixture gives every organisation COMMUNITY). */
    public static String organisationCreated(UUID eventId, UUID id, String code, String name, String level, String sector,
                                             java.util.List<UUID> path) {
        return OrganisationEventsFixture.created(id, code, name, level, path)
                .replace("\"sector\":\"COMMUNITY\"", "\"sector\":\"" + sector + "\"")
                .replaceFirst("\"id\":\"[0-9a-f-]{36}\",\"source\"", "\"id\":\"" + eventId + "\",\"source\"");
    }
}
