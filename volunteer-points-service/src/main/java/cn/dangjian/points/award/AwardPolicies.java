package cn.dangjian.points.award;

import cn.dangjian.points.policy.FourEyes;
import cn.dangjian.platform.rules.Refusal;
import java.time.Instant;
import java.util.Optional;

/**
 * The award rules as named policies (domain.md: approval by a second person, a public notice period before the
 * points count, nobody approves their own record). Each answers empty (allowed) or a {@link Refusal}; people are
 * compared by token subject ({@link FourEyes}). Plain Java, tested on both sides of each edge.
 */
public final class AwardPolicies {

    private AwardPolicies() {
    }

    /** Four eyes: neither whoever nominated nor the holder who would receive the points approves. */
    public static Optional<Refusal> approvedBySomeoneElse(Award award, String holderSub, String approverSub, String approverName) {
        if (award.state != AwardState.NOMINATED) {
            return Refusal.refuse("award-not-nominated", "award is " + award.state + ", only a NOMINATED award is approved");
        }
        return FourEyes.notTheRequester("nominated an award", award.nominatedBySub, award.nominatedBy, approverSub, approverName)
                .or(() -> FourEyes.notTheBeneficiary("the award", holderSub, approverSub));
    }

    /** Objections are raised while the notice runs, up to (not including) its end. */
    public static Optional<Refusal> noticeStillRunning(Award award, Instant now) {
        if (award.state != AwardState.IN_NOTICE) {
            return Refusal.refuse("notice-not-running", "award is " + award.state + ", objections are raised during the notice period only");
        }
        if (!now.isBefore(award.noticeEndsAt)) {
            return Refusal.refuse("notice-not-running", "the notice period ended at " + award.noticeEndsAt);
        }
        return Optional.empty();
    }

    /** An objection is decided neither by whoever raised it nor by the holder of the award it is about. */
    public static Optional<Refusal> decidedBySomeoneElse(AwardObjection objection, String holderSub, String deciderSub, String deciderName) {
        return FourEyes.notTheRequester("raised an objection", objection.raisedBySub, objection.raisedBy, deciderSub, deciderName)
                .or(() -> FourEyes.notTheBeneficiary("the award objected to", holderSub, deciderSub));
    }

    /** Credited once the notice has ended (at its end instant or later) and no objection is open or upheld. */
    public static Optional<Refusal> dueForCrediting(Award award, Instant now, long openObjections, long upheldObjections) {
        if (award.state != AwardState.IN_NOTICE) {
            return Refusal.refuse("award-not-in-notice", "award is " + award.state);
        }
        if (now.isBefore(award.noticeEndsAt)) {
            return Refusal.refuse("notice-running", "the notice period runs until " + award.noticeEndsAt);
        }
        if (upheldObjections > 0) {
            return Refusal.refuse("objection-upheld", "an objection was upheld");
        }
        if (openObjections > 0) {
            return Refusal.refuse("objection-open", "an objection awaits a decision");
        }
        return Optional.empty();
    }

    /** Only a credited award is revoked (its points taken back), and never by its holder. */
    public static Optional<Refusal> revocable(Award award, String holderSub, String revokerSub) {
        if (award.state != AwardState.CREDITED) {
            return Refusal.refuse("award-not-credited", "award is " + award.state + ": only a CREDITED award is revoked"
                    + (award.state == AwardState.IN_NOTICE ? " (during the notice, uphold an objection instead)" : ""));
        }
        return FourEyes.notTheBeneficiary("the award", holderSub, revokerSub);
    }
}
