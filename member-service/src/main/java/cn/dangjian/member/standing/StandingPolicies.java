package cn.dangjian.member.standing;

import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.member.member.Standing;
import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/** The standing rules: which changes are allowed (the transitions live on {@link Standing}). */
public final class StandingPolicies {

    private StandingPolicies() {
    }

    /**
     * AllowedStandingChange: a change to another standing that the current one allows. 留党察看 (PROBATION_IN_PARTY) is for
     * full members only; a probationary member's qualification is cancelled instead (QUALIFICATION_CANCELLED, which is for
     * probationary members only).
     */
    public static Optional<Refusal> allowedChange(MembershipStatus status, Standing from, Standing to) {
        if (from == to) {
            return Refusal.refuse("standing-unchanged", "the member's standing is already " + to);
        }
        if (!from.next().contains(to)) {
            return Refusal.refuse("standing-change-not-allowed",
                    "a member whose standing is " + from + " cannot become " + to + (from.ends() ? ": " + from + " is final" : ""));
        }
        if (to == Standing.QUALIFICATION_CANCELLED && status != MembershipStatus.PROBATIONARY) {
            return Refusal.refuse("not-probationary", "only a probationary member's qualification can be cancelled; "
                    + "a full member may be put on probation within the party (PROBATION_IN_PARTY) or expelled");
        }
        if (to == Standing.PROBATION_IN_PARTY && status != MembershipStatus.FULL) {
            return Refusal.refuse("not-full-member", "留党察看 (PROBATION_IN_PARTY) applies to full members only; "
                    + "a probationary member's qualification is cancelled instead (QUALIFICATION_CANCELLED)");
        }
        return Optional.empty();
    }
}
