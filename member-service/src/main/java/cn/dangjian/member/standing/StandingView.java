package cn.dangjian.member.standing;

import cn.dangjian.member.member.ActiveMembership;
import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.member.member.Standing;
import cn.dangjian.member.member.VotingRights;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's standing now, their voting rights, and every change that led there (oldest first). No personal data. */
@Schema(name = "StandingRecord", description = "A member's standing (党籍状态) with its history")
public record StandingView(UUID memberId, MembershipStatus status, Standing standing,
                           @Schema(description = "Only a FULL member in standing NORMAL has voting rights") boolean votingRights,
                           @Schema(description = "false once the standing has ended (EXPELLED, DROPPED, DECEASED, QUALIFICATION_CANCELLED): "
                                   + "the member takes part in nothing") boolean active,
                           List<Change> history) {

    @Schema(name = "StandingChange", description = "One change: from, to, why, from when, on which decision, who decided (username) and when it was recorded")
    public record Change(Standing from, Standing to, String reason, LocalDate effectiveOn, String decisionReference,
                         String decidedBy, Instant recordedAt) {
    }

    static StandingView of(Member m, List<StandingChange> changes) {
        return new StandingView(m.id, m.status, m.standing, VotingRights.of(m), ActiveMembership.of(m), changes.stream()
                .map(c -> new Change(c.fromStanding, c.toStanding, c.reason, c.effectiveOn, c.decisionReference, c.decidedBy, c.recordedAt))
                .toList());
    }
}
