package cn.dangjian.points.award;

import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.points.SqlValues;
import cn.dangjian.points.honour.NameMask;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import cn.dangjian.points.PointsSettings;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.account.IssuanceAccounts;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderRepository;
import cn.dangjian.points.holder.HolderStanding;
import cn.dangjian.points.ledger.Booking;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.Ledger;
import cn.dangjian.platform.rules.Refusal;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The good-deed award workflow: nominating (an org-admin of the holder's community), approving (another person, not
 * the holder), objecting during the notice period, deciding objections (neither the objector nor the holder),
 * crediting once the notice has ended, and revoking a credited award (its entry reversed).
 */
@ApplicationScoped
@Transactional
public class AwardService {

    private static final Logger LOG = Logger.getLogger(AwardService.class);

    @Inject
    AwardRepository awards;

    @Inject
    AwardObjectionRepository objections;

    @Inject
    HolderRepository holders;

    @Inject
    AccountService accounts;

    @Inject
    IssuanceAccounts issuance;

    @Inject
    Ledger ledger;

    @Inject
    PointsSettings settings;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Award nominate(AwardViews.Nomination request) {
        Holder holder = holders.findByIdOptional(request.holderId())
                .orElseThrow(() -> new UnknownReferenceException("holderId", "points holder", request.holderId()));
        if (holder.organisationId == null) {
            throw new ConflictException("holder-without-organisation", "holder " + holder.id + " belongs to no organisation; no community can nominate them");
        }
        caller.requireManage(accounts.pathOf(holder));
        Refusal.enforce(HolderStanding.mayEarn(holder));
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.holderId = holder.id;
        award.organisationId = holder.organisationId;
        award.category = request.category();
        award.points = request.points().setScale(2);
        award.reason = request.reason().strip();
        award.state = AwardState.NOMINATED;
        award.nominatedBy = caller.subject();
        award.nominatedBySub = caller.sub().orElse(null);
        award.nominatedAt = clock.instant();
        awards.persist(award);
        return award;
    }

    public Award approve(UUID id) {
        Award award = manageable(id);
        Refusal.enforce(AwardPolicies.approvedBySomeoneElse(award, holderSub(award), caller.sub().orElse(null), caller.subject()));
        award.state = AwardState.IN_NOTICE;
        award.approvedBy = caller.subject();
        award.approvedBySub = caller.sub().orElse(null);
        award.approvedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
        award.noticeEndsAt = award.approvedAt.plus(settings.objectionPeriod());
        LOG.infof("Award %s approved; in notice until %s", award.id, award.noticeEndsAt);
        return award;
    }

    /** Anyone signed in may object while the notice runs (公示期内异议). */
    public AwardObjection object(UUID id, AwardViews.Objection request) {
        Award award = award(id, LockModeType.PESSIMISTIC_WRITE);
        Refusal.enforce(AwardPolicies.noticeStillRunning(award, clock.instant()));
        AwardObjection objection = new AwardObjection();
        objection.id = UUID.randomUUID();
        objection.awardId = award.id;
        objection.reason = request.reason().strip();
        objection.raisedBy = caller.subject();
        objection.raisedBySub = caller.sub().orElse(null);
        objection.raisedAt = clock.instant();
        objection.state = AwardObjection.OPEN;
        objections.persist(objection);
        return objection;
    }

    public AwardObjection decide(UUID awardId, UUID objectionId, boolean upheld) {
        Award award = manageable(awardId);
        AwardObjection objection = objections.findById(objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (objection == null || !objection.awardId.equals(awardId)) {
            throw new ResourceNotFoundException("objection", objectionId);
        }
        if (!AwardObjection.OPEN.equals(objection.state)) {
            throw new ConflictException("objection-decided", "objection " + objectionId + " was " + objection.state + " already");
        }
        if (award.state != AwardState.IN_NOTICE) {
            throw new ConflictException("award-not-in-notice", "award is " + award.state);
        }
        Refusal.enforce(AwardPolicies.decidedBySomeoneElse(objection, holderSub(award), caller.sub().orElse(null), caller.subject()));
        objection.state = upheld ? AwardObjection.UPHELD : AwardObjection.DISMISSED;
        objection.decidedBy = caller.subject();
        objection.decidedBySub = caller.sub().orElse(null);
        objection.decidedAt = clock.instant();
        if (upheld) {
            award.state = AwardState.WITHDRAWN;
            award.closedReason = "objection upheld: " + objection.reason;
            LOG.infof("Award %s withdrawn: objection %s upheld", award.id, objection.id);
        }
        return objection;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Award read(UUID id) {
        Award award = award(id, LockModeType.NONE);
        Holder holder = holders.findById(award.holderId);
        if (!accounts.isOwn(holder) && !caller.mayRead(accounts.pathOf(holder))) {
            throw new AccessDeniedException("this award is neither yours nor in your scope");
        }
        return award;
    }

    /**
     * An objection, for whoever raised it and whoever may read the award (its holder, org-admins in scope,
     * platform-admin, auditor).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AwardObjection readObjection(UUID awardId, UUID objectionId) {
        Award award = award(awardId, LockModeType.NONE);
        AwardObjection objection = objections.findByIdOptional(objectionId).filter(o -> o.awardId.equals(award.id))
                .orElseThrow(() -> new ResourceNotFoundException("objection", objectionId));
        boolean raisedIt = objection.raisedBySub != null ? caller.sub().filter(objection.raisedBySub::equals).isPresent()
                : objection.raisedBy.equals(caller.subject());
        if (!raisedIt) {
            read(awardId);
        }
        return objection;
    }

    /** The public notice (公示): awards in their notice period for holders in the subtree, newest first, names masked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AwardViews.NoticeView> notices(List<UUID> subtree, PageRequest page) {
        String prefix = OrganisationPath.encode(subtree) + "%";
        List<Object[]> rows = awards.inNoticeUnder(prefix, page.offset(), page.size());
        java.util.Map<UUID, Award> byId = rows.isEmpty() ? java.util.Map.of()
                : awards.list("id in ?1", rows.stream().map(r -> SqlValues.uuid(r[0])).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a));
        List<AwardViews.NoticeView> items = rows.stream()
                .map(r -> AwardViews.NoticeView.of(byId.get(SqlValues.uuid(r[0])), NameMask.mask((String) r[1])))
                .toList();
        return new PageResponse<>(items, page.page(), page.size(), awards.inNoticeUnderCount(prefix));
    }

    /**
     * Credits every award whose notice ended by {@code now} with no open or upheld objection, each in its own
     * transaction (one failure does not hold back the others). The scheduler calls it with the clock's instant.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int creditDue(Instant now) {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> awards.dueForCrediting(now, 500));
        int credited = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> crediting(id, now))) {
                credited++;
            }
        }
        return credited;
    }

    private boolean crediting(UUID id, Instant now) {
        Award award = awards.findById(id, LockModeType.PESSIMISTIC_WRITE);
        long open = objections.countOf(id, AwardObjection.OPEN);
        long upheld = objections.countOf(id, AwardObjection.UPHELD);
        Optional<Refusal> refusal = AwardPolicies.dueForCrediting(award, now, open, upheld);
        if (refusal.isPresent()) {
            LOG.debugf("Award %s not credited: %s", id, refusal.get().detail());
            return false;
        }
        Holder holder = holders.findById(award.holderId);
        Optional<Refusal> inactive = HolderStanding.mayEarn(holder);
        if (inactive.isPresent()) {
            // withdrawn rather than left in notice: it would come up again at every run
            award.state = AwardState.WITHDRAWN;
            award.closedReason = inactive.get().detail();
            LOG.infof("Award %s withdrawn: %s", award.id, inactive.get().detail());
            return false;
        }
        PointsAccount to = accounts.openForHolder(award.holderId, holder == null ? cn.dangjian.points.account.AccountKind.MEMBER
                : cn.dangjian.points.account.AccountKind.valueOf(holder.kind.name()));
        PointsAccount from = issuance.issuerFor(award.organisationId);
        award.entryId = ledger.book(Booking.transfer(EntryCause.AWARD, award.id.toString(), null, award.category + ": " + award.reason,
                award.nominatedBy, award.approvedBy, from.id, to.id, award.points));
        award.state = AwardState.CREDITED;
        LOG.infof("Award %s credited after its notice period", award.id);
        return true;
    }

    /**
     * Revoking a credited award (e.g. the deed turned out not to be true): its entry is reversed, so the points go
     * back to the issuer that issued them; 409 if the holder has spent them. Org-admin in scope or platform-admin,
     * never the holder.
     */
    public Award revoke(UUID id, String reason) {
        Award award = manageable(id);
        Refusal.enforce(AwardPolicies.revocable(award, holderSub(award), caller.sub().orElse(null)));
        award.revocationEntryId = ledger.reverse(award.entryId, EntryCause.AWARD_REVOKED, award.id.toString(), "award revoked: " + reason,
                caller.subject(), caller.subject());
        award.state = AwardState.REVOKED;
        award.closedReason = reason;
        award.revokedBy = caller.subject();
        award.revokedAt = clock.instant();
        LOG.infof("Award %s revoked", award.id);
        return award;
    }

    private String holderSub(Award award) {
        return holders.findByIdOptional(award.holderId).map(h -> h.sub).orElse(null);
    }

    private Award manageable(UUID id) {
        Award award = award(id, LockModeType.PESSIMISTIC_WRITE);
        caller.requireManage(accounts.pathOf(holders.findById(award.holderId)));
        return award;
    }

    private Award award(UUID id, LockModeType lock) {
        return awards.findByIdOptional(id, lock).orElseThrow(() -> new ResourceNotFoundException("award", id));
    }
}
