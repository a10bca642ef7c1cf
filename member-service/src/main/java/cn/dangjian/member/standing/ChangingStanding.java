package cn.dangjian.member.standing;

import cn.dangjian.member.events.MemberEvents;
import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MemberAccess;
import cn.dangjian.member.member.Standing;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Changing a member's standing (党籍状态), cancelling a probationary member's qualification included: each change is
 * kept as history with its reason, date, decision and who decided, and announced as member.standing-changed.v1.
 */
@ApplicationScoped
@Transactional
public class ChangingStanding {

    private static final Logger LOG = Logger.getLogger(ChangingStanding.class);

    @Inject
    MemberAccess access;

    @Inject
    MemberEvents events;

    @Inject
    Caller caller;

    @Inject
    Today today;

    public StandingView change(UUID memberId, StandingChangeRequest request) {
        if (request.effectiveOn().isAfter(today.date())) {
            throw new InvalidInputException("effectiveOn", "must not be in the future");
        }
        Member member = access.forChange(memberId);
        Standing from = member.standing;
        Refusal.enforce(StandingPolicies.allowedChange(member.status, from, request.standing()));
        StandingChange change = new StandingChange();
        change.id = UUID.randomUUID();
        change.memberId = member.id;
        change.fromStanding = from;
        change.toStanding = request.standing();
        change.reason = request.reason().trim();
        change.effectiveOn = request.effectiveOn();
        change.decisionReference = request.decisionReference().trim();
        change.decidedBy = caller.subject();
        change.decidedBySub = caller.sub().orElse(null);
        change.recordedAt = today.now();
        change.persist();
        member.standing = request.standing();
        events.standingChanged(member, from.name(), change.effectiveOn);
        LOG.infof("Member %s: standing %s → %s", member.id, from, member.standing);
        return StandingView.of(member, StandingChange.of(member.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StandingView read(UUID memberId) {
        Member member = access.forRead(memberId);
        return StandingView.of(member, StandingChange.of(member.id));
    }
}
