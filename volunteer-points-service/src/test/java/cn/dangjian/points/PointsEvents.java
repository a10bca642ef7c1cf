package cn.dangjian.points;

import cn.dangjian.platform.testing.AttendanceEventsFixture;
import cn.dangjian.platform.testing.MemberEventsFixture;
import java.util.UUID;

/**
 * The fields added to v1 events for this service ({@code servedOn} on confirmations, {@code active} on member events),
 * on top of the shared fixtures, which publish the older shape.
 */
public final class PointsEvents {

    private PointsEvents() {
    }

    /** A member's volunteer service confirmed by the demo branch secretary, served on that China day. */
    public static String served(UUID activity, UUID member, UUID organisation, String hours, String servedOn, String confirmedAt) {
        return withData(AttendanceEventsFixture.memberConfirmed(activity, member, organisation, "VOLUNTEER_SERVICE", hours, confirmedAt),
                "servedOn", "\"" + servedOn + "\"");
    }

    public static String standingChanged(UUID member, UUID organisation, String standing, Boolean active) {
        String event = MemberEventsFixture.standingChanged(UUID.randomUUID(), member, organisation, standing, false);
        return active == null ? event : withData(event, "active", active.toString());
    }

    public static String updated(UUID member, String name, UUID organisation, String standing, Boolean active) {
        String event = MemberEventsFixture.updated(UUID.randomUUID(), member, name, organisation).replace("\"standing\":\"NORMAL\"", "\"standing\":\"" + standing + "\"");
        return active == null ? event : withData(event, "active", active.toString());
    }

    /** Adds a field to the event's data (the message ends with the data object's and the envelope's braces). */
    public static String withData(String message, String field, String json) {
        return message.substring(0, message.length() - 2) + ",\"" + field + "\":" + json + "}}";
    }
}
