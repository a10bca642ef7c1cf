package cn.dangjian.activity.roster;

import java.util.Set;

/**
 * Whether a member is active when the member event does not say. member-service decides {@code active} and puts it in
 * member.registered/updated/standing-changed.v1; this is compatibility only, for events published before it did (and
 * for rows kept before this service stored it): the standings that end membership make a member inactive.
 */
public final class MemberStandings {

    /** 开除, 自行脱党, 去世, 取消预备党员资格: membership has ended. */
    static final Set<String> ENDED = Set.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED");

    private MemberStandings() {
    }

    /** Compatibility only (events without {@code active}): inactive exactly when the standing ends membership. */
    public static boolean activeByStanding(String standing) {
        return !ENDED.contains(standing);
    }
}
