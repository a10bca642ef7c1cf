package cn.dangjian.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading the member events of the contract the same way in every consumer, events published before a field existed
 * included. member-service decides {@code active} and puts it in member.registered/updated/standing-changed.v1; the
 * other services never work it out, except for older events without the field.
 */
public final class MemberEventFields {

    /**
     * 开除, 自行脱党, 去世, 取消预备党员资格: the standings that ended a membership, for member events written before
     * member-service published {@code active} (compatibility only: remove once no such event can be replayed).
     */
    public static final Set<String> ENDED_STANDINGS = Set.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED");

    private MemberEventFields() {
    }

    /** {@code active} as the event says; absent, derived from the standing (absent too: active). */
    public static boolean active(Boolean activeInEvent, String standing) {
        if (activeInEvent != null) {
            return activeInEvent;
        }
        return standing == null || !ENDED_STANDINGS.contains(standing);
    }

    /** {@code active} of a member event's data. */
    public static boolean active(JsonNode data) {
        JsonNode active = data.get("active");
        JsonNode standing = data.get("standing");
        return active(active != null && active.isBoolean() ? active.booleanValue() : null,
                standing != null && standing.isTextual() ? standing.textValue() : null);
    }

    /** The same rule for rows kept before a read model stored {@code active}: an SQL condition on its columns. */
    public static String activeSql(String activeColumn, String standingColumn) {
        return "coalesce(" + activeColumn + ", coalesce(" + standingColumn + ", 'NORMAL') NOT IN ("
                + ENDED_STANDINGS.stream().sorted().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + "))";
    }
}
