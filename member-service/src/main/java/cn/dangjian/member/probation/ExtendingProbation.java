package cn.dangjian.member.probation;

import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MemberAccess;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Extending probation (延长预备期): once, by 6 to 12 whole months, by an org-admin in scope or platform-admin. */
@ApplicationScoped
@Transactional
public class ExtendingProbation {

    private static final Logger LOG = Logger.getLogger(ExtendingProbation.class);

    @Inject
    MemberAccess access;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Today today;

    public ProbationView extend(UUID memberId, ExtensionRequest request) {
        ProbationPolicies.extensionLength(request.months()).ifPresent(message -> {
            throw new InvalidInputException("months", message);
        });
        if (request.decidedOn().isAfter(today.date())) {
            throw new InvalidInputException("decidedOn", "must not be in the future");
        }
        Member member = access.forChange(memberId);
        Refusal.enforce(ProbationPolicies.stillProbationary(member.status, member.standing));
        Probation probation = ProbationRecords.findOrNew(em, member.id);
        Refusal.enforce(ProbationPolicies.onlyOneExtension(probation.extensionMonths));
        if (probation.conversionState() == ConversionState.AWAITING_APPROVAL) {
            // the pending resolution was taken for the unextended probation; it cannot stand beside an extension
            throw new ConflictException("conversion-awaiting-approval", "the branch resolution of "
                    + probation.branchResolutionOn + " awaits approval; extending probation would contradict it");
        }
        probation.extensionMonths = request.months();
        probation.extensionDecidedOn = request.decidedOn();
        probation.extensionReason = request.reason().trim();
        probation.extensionRecordedBy = caller.subject();
        probation.extensionRecordedBySub = caller.sub().orElse(null);
        probation.extensionRecordedAt = today.now();
        if (!em.contains(probation)) {
            em.persist(probation);
        }
        LOG.infof("Member %s: probation extended by %d months", member.id, request.months());
        return ProbationView.of(member, probation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProbationView read(UUID memberId) {
        Member member = access.forRead(memberId);
        return ProbationView.of(member, ProbationRecords.find(em, member.id));
    }
}
