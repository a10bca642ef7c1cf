package cn.dangjian.member.standing;

import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.member.member.Standing;
import cn.dangjian.member.policy.Refusal;
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
            return Optional.of(new Refusal("standing-unchanged", "the member's standing is already " + to));
        }
        if (!from.next().contains(to)) {
            return Optional.of(new Refusal("standing-change-not-allowed",
                    "a member whose standing is " + from + " cannot become " + to + (from.ends() ? ": " + from + " is final" : "")));
        }
        if (to == Standing.QUALIFICATION_CANCELLED && status != MembershipStatus.PROBATIONARY) {
            return Optional.of(new Refusal("not-probationary", "only a probationary member's qualification can be cancelled; "
                    + "a full member may be put on probation within the party (PROBATION_IN_PARTY) or expelled"));
        }
        if (to == Standing.PROBATION_IN_PARTY && status != MembershipStatus.FULL) {
            return Optional.of(new Refusal("not-full-member", "留党察看 (PROBATION_IN_PARTY) applies to full members only; "
                    + "a probationary member's qualification is cancelled instead (QUALIFICATION_CANCELLED)"));
        }
        return Optional.empty();
    }
}
