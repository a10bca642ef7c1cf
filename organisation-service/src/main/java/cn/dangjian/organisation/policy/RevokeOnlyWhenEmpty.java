package cn.dangjian.organisation.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/** An organisation is revoked only once it has no members and no live (unrevoked) children left. */
public final class RevokeOnlyWhenEmpty {

    public static final String RULE = "not-empty";

    private RevokeOnlyWhenEmpty() {
    }

    public static Optional<Refusal> check(long liveChildren, long members) {
        if (liveChildren == 0 && members == 0) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder("the organisation still has ");
        if (liveChildren > 0) {
            reason.append(liveChildren).append(liveChildren == 1 ? " live child organisation" : " live child organisations");
        }
        if (members > 0) {
            reason.append(liveChildren > 0 ? " and " : "").append(members).append(members == 1 ? " member" : " members");
        }
        return Refusal.refuse(RULE, reason.append("; move or revoke them first").toString());
    }
}
