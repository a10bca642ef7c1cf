package cn.dangjian.points.shop;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderRepository;
import cn.dangjian.points.holder.HolderStanding;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.Ledger;
import cn.dangjian.points.ledger.PointsReturn;
import cn.dangjian.points.policy.FourEyes;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.points.shop.ShopViews.NewMerchant;
import cn.dangjian.points.shop.ShopViews.NewRedemption;
import cn.dangjian.points.shop.ShopViews.NewReward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The points shop: approving merchants, listing rewards, and the use cases of an order (placing, picking up,
 * cancelling). Placing reserves stock and debits points in one transaction with two conditional UPDATEs, so nothing is
 * oversold and no balance goes negative however many orders race. Spent points go back to the issuance accounts that
 * issued them, at the platform's shop and at a partner merchant alike (domain.md); a merchant's takings are its orders.
 */
@ApplicationScoped
@Transactional
public class ShopService {

    private static final Logger LOG = Logger.getLogger(ShopService.class);

    @Inject
    MerchantRepository merchants;

    @Inject
    RewardRepository rewards;

    @Inject
    RedemptionRepository redemptions;

    @Inject
    Ledger ledger;

    @Inject
    AccountService accounts;

    @Inject
    HolderRepository holders;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    // ---- merchants

    public Merchant registerMerchant(NewMerchant request) {
        directory.requireManageable("organisationId", request.organisationId(), caller);
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (merchants.findByIdOptional(id).isPresent()) {
            throw new ConflictException("merchant-exists", "merchant " + id + " is already registered");
        }
        Merchant merchant = new Merchant();
        merchant.id = id;
        merchant.name = request.name().strip();
        merchant.organisationId = request.organisationId();
        merchant.createdBy = caller.subject();
        merchant.createdBySub = caller.sub().orElse(null);
        merchants.persist(merchant);
        LOG.infof("Merchant %s registered in %s", id, merchant.organisationId);
        return merchant;
    }

    /**
     * Approving a merchant opens its points account; platform-admin, or an org-admin of the merchant's community, never
     * the person who registered it (four eyes).
     */
    public Merchant approveMerchant(UUID id) {
        Merchant merchant = merchant(id, LockModeType.PESSIMISTIC_WRITE);
        caller.requireManage(pathOf(merchant.organisationId));
        if (merchant.approved()) {
            throw new ConflictException("merchant-already-approved", "merchant " + id + " was approved on " + merchant.approvedAt);
        }
        Refusal.enforce(FourEyes.notTheRequester("registered a merchant", merchant.createdBySub, merchant.createdBy,
                caller.sub().orElse(null), caller.subject()));
        merchant.approvedBy = caller.subject();
        merchant.approvedBySub = caller.sub().orElse(null);
        merchant.approvedAt = clock.instant();
        accounts.openForMerchant(merchant.id);
        return merchant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Merchant readMerchant(UUID id) {
        return merchant(id, LockModeType.NONE);
    }

    private Merchant merchant(UUID id, LockModeType lock) {
        return merchants.findByIdOptional(id, lock).orElseThrow(() -> new ResourceNotFoundException("merchant", id));
    }

    // ---- rewards

    /** A merchant lists its own rewards once approved; only the platform-admin lists the platform's own. */
    public Reward listReward(NewReward request) {
        if (request.merchantId() == null) {
            if (!caller.isPlatformAdmin()) {
                throw new AccessDeniedException("only the platform-admin lists rewards of the platform's own points shop");
            }
        } else {
            Merchant merchant = merchants.findByIdOptional(request.merchantId())
                    .orElseThrow(() -> new UnknownReferenceException("merchantId", "merchant", request.merchantId()));
            if (!caller.isPlatformAdmin() && !actsFor(merchant.id)) {
                throw new AccessDeniedException("you list rewards for your own merchant only");
            }
            if (!merchant.approved()) {
                throw new ConflictException("merchant-not-approved", "merchant " + merchant.id + " is not approved yet; rewards are listed after approval");
            }
        }
        Reward reward = new Reward();
        reward.id = UUID.randomUUID();
        reward.merchantId = request.merchantId();
        reward.name = request.name().strip();
        reward.pointsPrice = request.pointsPrice().setScale(2);
        reward.stock = request.stock();
        rewards.persist(reward);
        return reward;
    }

    /** Rewards on offer, one merchant's (an unknown merchant is a 400 naming the parameter) or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Reward> rewards(UUID merchantId, PageRequest page) {
        if (merchantId != null && merchants.findByIdOptional(merchantId).isEmpty()) {
            throw new InvalidInputException("merchantId", "is no merchant known to this service");
        }
        return rewards.page(merchantId, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reward reward(UUID id) {
        return rewards.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("reward", id));
    }

    // ---- redemptions

    /** Placing an order as the signed-in holder (or, for a platform-admin, any holder: a counter at the service centre). */
    public Redemption placeOrder(NewRedemption request) {
        UUID holderId = request.holderId();
        if (!caller.isPlatformAdmin()) {
            Holder own = accounts.ownHolder();
            if (holderId != null && !holderId.equals(own.id)) {
                throw new AccessDeniedException("you redeem your own points only");
            }
            holderId = own.id;
        } else if (holderId == null) {
            throw new cn.dangjian.platform.web.InvalidInputException("holderId", "is required when redeeming for someone else");
        }
        return placingOrder(holderId, request.rewardId(), request.quantity(), caller.subject());
    }

    /**
     * The use case itself (no caller needed, so the concurrency test and the benchmark can drive it directly): reserve
     * stock with a conditional UPDATE, then take the points back to their issuers; if either refuses, the transaction
     * does neither. A member whose standing has ended has a frozen balance (409 holder-inactive).
     */
    public Redemption placingOrder(UUID holderId, UUID rewardId, int quantity, String requestedBy) {
        Reward reward = rewards.findByIdOptional(rewardId).orElseThrow(() -> new UnknownReferenceException("rewardId", "reward", rewardId));
        PointsAccount account = accounts.readableAccountOf(holderId)
                .orElseThrow(() -> new UnknownReferenceException("holderId", "points account of holder", holderId));
        Refusal.enforce(HolderStanding.mayMovePoints(holders.findById(holderId)));
        if (!rewards.reserve(rewardId, quantity)) {
            throw new ConflictException("out-of-stock", "reward " + rewardId + " has fewer than " + quantity + " left");
        }
        BigDecimal points = reward.pointsPrice.multiply(BigDecimal.valueOf(quantity));
        UUID id = UUID.randomUUID();
        UUID entry = ledger.returnToIssuers(new PointsReturn(EntryCause.REDEMPTION, id.toString(), quantity + " × " + reward.name,
                requestedBy, null, account.id, points, null));
        Redemption redemption = new Redemption();
        redemption.id = id;
        redemption.holderId = holderId;
        redemption.rewardId = rewardId;
        redemption.merchantId = reward.merchantId;
        redemption.quantity = quantity;
        redemption.points = points;
        redemption.state = RedemptionState.PLACED;
        redemption.entryId = entry;
        redemption.placedAt = clock.instant();
        redemptions.persist(redemption);
        return redemption;
    }

    /**
     * The merchant confirms the holder picked the reward up (the platform-admin for the platform's own shop), never the
     * holder themself: staff who hold points confirm no pickup of their own order.
     */
    public Redemption pickUp(UUID id) {
        Redemption redemption = redemption(id, LockModeType.PESSIMISTIC_WRITE);
        boolean allowed = redemption.merchantId == null ? caller.isPlatformAdmin() : actsFor(redemption.merchantId);
        if (!allowed) {
            throw new AccessDeniedException("only the merchant of this order confirms its pickup");
        }
        Refusal.enforce(FourEyes.notTheBeneficiary("the order", holders.findByIdOptional(redemption.holderId).map(h -> h.sub).orElse(null),
                caller.sub().orElse(null)));
        close(redemption, RedemptionState.PICKED_UP);
        return redemption;
    }

    /** Cancelling refunds the points (a reversal of the order's entry) and restocks. The holder, the merchant or the platform-admin. */
    public Redemption cancel(UUID id) {
        Redemption redemption = redemption(id, LockModeType.PESSIMISTIC_WRITE);
        if (!caller.isPlatformAdmin() && !ownsOrder(redemption) && !(redemption.merchantId != null && actsFor(redemption.merchantId))) {
            throw new AccessDeniedException("only the holder, the merchant or the platform-admin cancels this order");
        }
        return cancelling(redemption, caller.subject());
    }

    Redemption cancelling(Redemption redemption, String by) {
        close(redemption, RedemptionState.CANCELLED);
        // restock before the ledger, in the same order as placing (reward, then accounts): no deadlock between the two
        rewards.restock(redemption.rewardId, redemption.quantity);
        redemption.refundEntryId = ledger.reverse(redemption.entryId, EntryCause.REDEMPTION_CANCELLED, redemption.id.toString(),
                "order cancelled", by, by);
        return redemption;
    }

    private void close(Redemption redemption, RedemptionState to) {
        if (!redemption.state.mayClose()) {
            throw new ConflictException("order-closed", "order " + redemption.id + " is " + redemption.state + " already");
        }
        redemption.state = to;
        redemption.closedBy = caller.subject();
        redemption.closedBySub = caller.sub().orElse(null);
        redemption.closedAt = clock.instant();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Redemption read(UUID id) {
        Redemption redemption = redemption(id, LockModeType.NONE);
        if (!caller.readsEverywhere() && !ownsOrder(redemption) && !(redemption.merchantId != null && actsFor(redemption.merchantId))) {
            throw new AccessDeniedException("this order is neither yours nor your merchant's");
        }
        return redemption;
    }

    /** Orders the caller may see: a merchant its own, a holder theirs, platform-admin and auditor all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Redemption> orders(PageRequest page) {
        if (caller.readsEverywhere()) {
            return redemptions.all(page);
        }
        if (caller.has(Roles.MERCHANT)) {
            return redemptions.ofMerchant(caller.organisationId()
                    .orElseThrow(() -> new AccessDeniedException("your merchant token names no merchant (org_id)")), page);
        }
        return redemptions.ofHolder(accounts.ownHolder().id, page);
    }

    private Redemption redemption(UUID id, LockModeType lock) {
        return redemptions.findByIdOptional(id, lock).orElseThrow(() -> new ResourceNotFoundException("redemption", id));
    }

    private boolean ownsOrder(Redemption redemption) {
        return holders.findByIdOptional(redemption.holderId).map(accounts::isOwn).orElse(false);
    }

    /** A merchant's staff act for the merchant named by their token's org_id. */
    private boolean actsFor(UUID merchantId) {
        return caller.has(Roles.MERCHANT) && caller.organisationId().filter(merchantId::equals).isPresent();
    }

    private List<UUID> pathOf(UUID organisationId) {
        return directory.find(organisationId).map(DirectoryEntry::path).orElse(List.of(organisationId));
    }

    Optional<Merchant> findMerchant(UUID id) {
        return merchants.findByIdOptional(id);
    }
}
