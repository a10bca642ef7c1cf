package cn.dangjian.member.probation;

import cn.dangjian.member.events.MemberEvents;
import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MemberAccess;
import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Conversion (转正): the branch org-admin records the branch member meeting's resolution; an approver (platform-admin,
 * or an org-admin of a party committee or higher above the member's branch, never a general branch) records the
 * approval, and the member becomes FULL. An approver may record both in one call (api-contract: "converts at once when
 * the caller may approve it"). Nobody records a step of their own conversion. {@code fullMemberOn} is derived: the end
 * of probation, whatever day the approval is recorded (party age counts from then).
 */
@ApplicationScoped
@Transactional
public class ConvertingToFullMembership {

    private static final Logger LOG = Logger.getLogger(ConvertingToFullMembership.class);

    @Inject
    MemberAccess access;

    @Inject
    EntityManager em;

    @Inject
    MemberEvents events;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    OrganisationDirectory directory;

    public ProbationView convert(UUID memberId, ConversionRequest request) {
        ConversionRequest body = request == null ? new ConversionRequest(null, null, null) : request;
        Member member = access.forChange(memberId);
        boolean approver = mayApprove(access.pathOf(member));
        if (!approver && body.decidedOn() != null) {
            throw new AccessDeniedException("only the higher organisation approves a conversion (a party committee or higher above the branch, "
                    + "never a general branch; or platform-admin); record the branch resolution without decidedOn");
        }
        Refusal.enforce(ProbationPolicies.notOwnConversion(caller.sub().orElse(null), member.sub));
        Refusal.enforce(ProbationPolicies.stillProbationary(member.status, member.standing));
        Probation probation = ProbationRecords.findOrNew(em, member.id);
        LocalDate resolvedOn = body.branchResolutionOn();
        if (!approver) {
            if (resolvedOn == null) {
                throw new InvalidInputException("branchResolutionOn", "is required: the date of the branch member meeting's resolution");
            }
            if (probation.conversionState() == ConversionState.AWAITING_APPROVAL) {
                throw new ConflictException("conversion-awaiting-approval", "the branch resolution of "
                        + probation.branchResolutionOn + " already awaits the higher organisation's approval");
            }
        }
        if (resolvedOn == null) {
            resolvedOn = probation.branchResolutionOn; // recorded earlier by the branch, or (null) resolved with the approval
        }
        LocalDate decidedOn = approver ? Optional.ofNullable(body.decidedOn()).orElse(today.date()) : null;
        if (resolvedOn == null) {
            resolvedOn = decidedOn;
        }
        if (decidedOn != null) {
            notInFuture("decidedOn", decidedOn); // first: a resolution taken from it would otherwise be blamed
        }
        notInFuture("branchResolutionOn", resolvedOn);
        if (decidedOn != null) {
            if (decidedOn.isBefore(resolvedOn)) {
                throw new InvalidInputException("decidedOn", "must not be before the branch resolution of " + resolvedOn);
            }
        }
        Refusal.enforce(ProbationPolicies.probationOver(member.admittedOn, probation.extensionMonths, resolvedOn));

        if (probation.branchResolutionOn == null || body.branchResolutionOn() != null) {
            probation.branchResolutionOn = resolvedOn;
            probation.branchNote = body.note();
            probation.branchRecordedBy = caller.subject();
            probation.branchRecordedBySub = caller.sub().orElse(null);
            probation.branchRecordedAt = today.now();
        }
        if (approver) {
            probation.approvedOn = decidedOn;
            probation.approvalNote = body.note();
            probation.approvedBy = caller.subject();
            probation.approvedBySub = caller.sub().orElse(null);
            probation.approvedAt = today.now();
            member.status = MembershipStatus.FULL;
            // party age counts from the end of probation, not from the day the approval happens to be recorded
            member.fullMemberOn = ProbationPolicies.probationEnds(member.admittedOn, probation.extensionMonths);
            events.converted(member);
            LOG.infof("Member %s converted to full membership (approved on %s, full member from %s)", member.id, decidedOn, member.fullMemberOn);
        } else {
            LOG.infof("Member %s: branch resolution of %s recorded, awaiting approval", member.id, resolvedOn);
        }
        if (!em.contains(probation)) {
            em.persist(probation);
        }
        return ProbationView.of(member, probation);
    }

    /**
     * Approvers: platform-admin, or an org-admin of an organisation strictly above the member's own (its branch) whose
     * level may approve (a party committee or higher, by the organisation directory).
     */
    private boolean mayApprove(List<UUID> path) {
        if (caller.isPlatformAdmin()) {
            return true;
        }
        UUID administered = caller.has(Roles.ORG_ADMIN) ? caller.organisationId().orElse(null) : null;
        boolean above = administered != null && path.indexOf(administered) >= 0 && path.indexOf(administered) < path.size() - 1;
        return above && directory.find(administered).map(DirectoryEntry::level).filter(ProbationPolicies::approvesConversion).isPresent();
    }

    private void notInFuture(String field, LocalDate date) {
        if (date.isAfter(today.date())) {
            throw new InvalidInputException(field, "must not be in the future");
        }
    }
}
