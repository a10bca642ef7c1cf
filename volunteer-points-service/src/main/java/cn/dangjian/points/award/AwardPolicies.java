package cn.dangjian.points.award;

import java.time.Instant;
import java.util.Optional;

/**
 * The award rules as named policies (domain.md: approval by a second person, a public notice period before the
 * points count). Each answers empty (allowed) or the reason it refuses; plain Java, tested on both sides of each edge.
 */
public final class AwardPolicies {

    private AwardPolicies() {
    }

    /** Four eyes: whoever nominated may not approve. */
    public static Optional<String> approvedBySomeoneElse(Award award, String approver) {
        if (award.state != AwardState.NOMINATED) {
            return Optional.of("award is " + award.state + ", only a NOMINATED award is approved");
        }
        if (award.nominatedBy.equals(approver)) {
            return Optional.of("four-eyes: the nominator may not approve their own nomination");
        }
        return Optional.empty();
    }

    /** Objections are raised while the notice runs, up to (not including) its end. */
    public static Optional<String> noticeStillRunning(Award award, Instant now) {
        if (award.state != AwardState.IN_NOTICE) {
            return Optional.of("award is " + award.state + ", objections are raised during the notice period only");
        }
        if (!now.isBefore(award.noticeEndsAt)) {
            return Optional.of("the notice period ended at " + award.noticeEndsAt);
        }
        return Optional.empty();
    }

    /** Credited once the notice has ended (at its end instant or later) and no objection is open or upheld. */
    public static Optional<String> dueForCrediting(Award award, Instant now, long openObjections, long upheldObjections) {
        if (award.state != AwardState.IN_NOTICE) {
            return Optional.of("award is " + award.state);
        }
        if (now.isBefore(award.noticeEndsAt)) {
            return Optional.of("the notice period runs until " + award.noticeEndsAt);
        }
        if (upheldObjections > 0) {
            return Optional.of("an objection was upheld");
        }
        if (openObjections > 0) {
            return Optional.of("an objection awaits a decision");
        }
        return Optional.empty();
    }
}
