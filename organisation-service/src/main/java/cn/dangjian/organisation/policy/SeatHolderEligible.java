package cn.dangjian.organisation.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/**
 * A committee seat held by a member of the platform needs a full member (正式党员) who is still active and in normal
 * standing: probationary members cannot stand (domain.md), 留党察看 and the other standings carry no right to be
 * elected, and a member whose membership ended or who left the platform holds nothing.
 */
public final class SeatHolderEligible {

    public static final String RULE = "seat-holder-not-eligible";

    private SeatHolderEligible() {
    }

    /**
     * @param status   PROBATIONARY or FULL, as member events say (null if not known yet)
     * @param standing the member's standing (null if not known yet: taken as NORMAL)
     * @param active   whether the membership is active (member-service's {@code active}, or derived from the standing)
     * @param left     the member transferred out of the platform
     */
    public static Optional<Refusal> check(String status, String standing, boolean active, boolean left) {
        if (left) {
            return Refusal.refuse(RULE, "has left the platform (transferred out) and cannot hold a seat");
        }
        if (!active) {
            return Refusal.refuse(RULE, "is no longer an active member" + (standing == null ? "" : " (standing " + standing + ")")
                    + " and cannot hold a seat");
        }
        if (!"FULL".equals(status)) {
            return Refusal.refuse(RULE, "is a probationary member (预备党员): only full members stand for a committee seat");
        }
        if (standing != null && !"NORMAL".equals(standing)) {
            return Refusal.refuse(RULE, "is in standing " + standing + ", which carries no right to be elected (被选举权)");
        }
        return Optional.empty();
    }
}
