package cn.dangjian.organisation;

/**
 * Member events with member-service's {@code active} flag (added to registered, updated and standing-changed v1),
 * built from the shared fixtures, which do not carry it: events without it are what older producers sent.
 */
public final class MemberEvents {

    private MemberEvents() {
    }

    /** The event with {@code "active": active} in its data (next to votingRights). */
    public static String withActive(String event, boolean active) {
        if (!event.contains("\"votingRights\":")) {
            throw new IllegalArgumentException("not a member event with votingRights");
        }
        return event.replace("\"votingRights\":", "\"active\":" + active + ",\"votingRights\":");
    }
}
