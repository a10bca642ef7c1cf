package cn.dangjian.points.account;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderRepository;
import cn.dangjian.points.ledger.Ledger;
import cn.dangjian.points.ledger.PostingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opening points accounts of every kind, and reading holders' accounts and statements within the caller's scope. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    PointsAccountRepository accounts;

    @Inject
    HolderRepository holders;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** {@code points.account-opened.v1}: an account exists from now on (holderId for members and volunteers). */
    public record AccountOpenedData(UUID accountId, AccountKind kind, UUID holderId, UUID organisationId, UUID merchantId) {
    }

    /** Opens the holder's account unless it is open already (a redelivered or repeated event opens nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount openFor(Holder holder) {
        return openForHolder(holder.id, AccountKind.valueOf(holder.kind.name()));
    }

    /** A holder's account, opened on first need (a confirmed attendance may arrive before the member's registration). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount openForHolder(UUID holderId, AccountKind kind) {
        return accounts.findByHolder(holderId).orElseGet(() -> open(kind, holderId, null, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount openIssuance(UUID organisationId) {
        return accounts.issuanceOf(organisationId).orElseGet(() -> open(AccountKind.ISSUANCE, null, organisationId, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount openPool(UUID organisationId) {
        return accounts.poolOf(organisationId).orElseGet(() -> open(AccountKind.POOL, null, organisationId, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount openForMerchant(UUID merchantId) {
        return accounts.ofMerchant(merchantId).orElseGet(() -> open(AccountKind.MERCHANT, null, null, merchantId));
    }

    private PointsAccount open(AccountKind kind, UUID holderId, UUID organisationId, UUID merchantId) {
        PointsAccount account = new PointsAccount();
        account.id = UUID.randomUUID();
        account.kind = kind;
        account.holderId = holderId;
        account.organisationId = organisationId;
        account.merchantId = merchantId;
        account.openedAt = clock.instant();
        accounts.persist(account);
        outbox.publish(Topics.POINTS, EventTypes.POINTS_ACCOUNT_OPENED, account.id,
                new AccountOpenedData(account.id, kind, holderId, organisationId, merchantId));
        LOG.infof("Points account %s (%s) opened", account.id, kind);
        return account;
    }

    /** A holder's account, without a scope check (the caller checked already). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<PointsAccount> readableAccountOf(UUID holderId) {
        return accounts.findByHolder(holderId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView get(UUID holderId) {
        return view(readable(holderId));
    }

    /** The signed-in member's or volunteer's own account; 404 for every login without one (…/me answers so everywhere). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView mine() {
        return caller.sub().flatMap(holders::findBySub).flatMap(holder -> accounts.findByHolder(holder.id)).map(this::view)
                .orElseThrow(() -> new ResourceNotFoundException("points account of your login", caller.subject()));
    }

    /** The caller's holder record (member or volunteer), by the token's sub. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Holder ownHolder() {
        String sub = caller.sub().orElseThrow(() -> new AccessDeniedException("your token carries no subject"));
        return holders.findBySub(sub).orElseThrow(() -> new ResourceNotFoundException("points holder of login", sub));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<PostingView> statement(UUID holderId, Instant from, Instant to, PageRequest page) {
        PointsAccount account = readable(holderId);
        return new PageResponse<>(ledger.statement(account.id, from, to, page.offset(), page.size()), page.page(), page.size(),
                ledger.statementSize(account.id, from, to));
    }

    private AccountView view(PointsAccount account) {
        Holder holder = holders.findById(account.holderId);
        return new AccountView(account.holderId, account.kind, holder == null ? null : holder.name,
                holder == null ? null : holder.organisationId, accounts.currentBalance(account.id), account.openedAt, holder == null || holder.active);
    }

    /** The holder's account if the caller may read it: their own, or a holder whose organisation is in scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PointsAccount readable(UUID holderId) {
        PointsAccount account = accounts.findByHolder(holderId).orElseThrow(() -> new ResourceNotFoundException("points account of holder", holderId));
        Holder holder = holders.findById(holderId);
        if (!isOwn(holder) && !caller.mayRead(pathOf(holder))) {
            throw new AccessDeniedException("this points account is not yours and outside your scope");
        }
        return account;
    }

    public boolean isOwn(Holder holder) {
        return holder != null && holder.sub != null && caller.sub().filter(holder.sub::equals).isPresent();
    }

    /** The holder's organisation path (root → organisation), for scope checks; empty when unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> pathOf(Holder holder) {
        return holder == null || holder.organisationId == null ? List.of()
                : directory.find(holder.organisationId).map(DirectoryEntry::path).orElse(List.of(holder.organisationId));
    }
}
