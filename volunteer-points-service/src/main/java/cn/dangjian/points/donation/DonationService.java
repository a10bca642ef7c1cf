package cn.dangjian.points.donation;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import cn.dangjian.points.account.AccountKind;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.account.PointsAccountRepository;
import cn.dangjian.points.donation.DonationResource.DonationView;
import cn.dangjian.points.donation.DonationResource.NewDonation;
import cn.dangjian.points.donation.DonationResource.PoolView;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderRepository;
import cn.dangjian.points.holder.HolderStanding;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.points.ledger.Booking;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.JournalEntryView;
import cn.dangjian.points.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Donating points (爱心传递): from one's own account to another holder, or to a community's pool (opened on first gift).
 * The points keep their provenance (the ledger moves them oldest issue first); a member whose standing has ended
 * neither gives nor receives (frozen balance).
 */
@ApplicationScoped
@Transactional
public class DonationService {

    @Inject
    AccountService accounts;

    @Inject
    PointsAccountRepository accountRepository;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    @Inject
    HolderRepository holders;

    public DonationView donate(NewDonation request) {
        if ((request.toHolderId() == null) == (request.toPoolOrganisationId() == null)) {
            throw new InvalidInputException("toHolderId", "give exactly one of toHolderId and toPoolOrganisationId");
        }
        Holder donor = accounts.ownHolder();
        Refusal.enforce(HolderStanding.mayMovePoints(donor));
        PointsAccount from = accounts.readableAccountOf(donor.id).orElseThrow(() -> new ResourceNotFoundException("points account of holder", donor.id));
        PointsAccount to;
        if (request.toHolderId() != null) {
            if (request.toHolderId().equals(donor.id)) {
                throw new ConflictException("donation-to-self", "a donation goes to someone else");
            }
            to = accounts.readableAccountOf(request.toHolderId())
                    .orElseThrow(() -> new UnknownReferenceException("toHolderId", "points holder", request.toHolderId()));
            Refusal.enforce(HolderStanding.mayMovePoints(holders.findById(request.toHolderId())));
        } else {
            UUID community = request.toPoolOrganisationId();
            if (accountRepository.issuanceOf(community).isEmpty()) {
                throw new UnknownReferenceException("toPoolOrganisationId", "community or village", community);
            }
            to = accounts.openPool(community);
        }
        UUID entry = ledger.book(Booking.transfer(EntryCause.DONATION, null, null, request.note(), caller.subject(), caller.subject(),
                from.id, to.id, request.points()));
        return view(ledger.entry(entry).orElseThrow());
    }

    /** A donation for the giver, the receiver, and whoever may read either of them or the receiving pool's community. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DonationView read(UUID entryId) {
        JournalEntryView entry = ledger.entry(entryId).filter(e -> e.cause() == EntryCause.DONATION)
                .orElseThrow(() -> new ResourceNotFoundException("donation", entryId));
        DonationView donation = view(entry);
        boolean allowed = caller.readsEverywhere()
                || readable(donation.fromHolderId()) || readable(donation.toHolderId())
                || donation.toPoolOrganisationId() != null && caller.mayRead(pathOf(donation.toPoolOrganisationId()));
        if (!allowed) {
            throw new AccessDeniedException("this donation is neither yours nor in your scope");
        }
        return donation;
    }

    private boolean readable(UUID holderId) {
        if (holderId == null) {
            return false;
        }
        Holder holder = holders.findById(holderId);
        return accounts.isOwn(holder) || caller.mayRead(accounts.pathOf(holder));
    }

    private List<UUID> pathOf(UUID organisationId) {
        return directory.find(organisationId).map(DirectoryEntry::path).orElse(List.of(organisationId));
    }

    private static DonationView view(JournalEntryView entry) {
        JournalEntryView.Posting from = entry.postings().stream().filter(p -> p.amount().signum() < 0).findFirst().orElseThrow();
        JournalEntryView.Posting to = entry.postings().stream().filter(p -> p.amount().signum() > 0).findFirst().orElseThrow();
        return new DonationView(entry.entryId(), from.holderId(), to.accountId(), to.holderId(),
                to.kind() == AccountKind.POOL ? to.organisationId() : null, to.amount(), entry.memo(), entry.bookedAt(), entry.reversedBy());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PoolView pool(UUID organisationId) {
        caller.requireRead(pathOf(organisationId));
        PointsAccount pool = accountRepository.poolOf(organisationId).orElseThrow(() -> new ResourceNotFoundException("pool of organisation", organisationId));
        return new PoolView(organisationId, pool.id, accountRepository.currentBalance(pool.id));
    }
}
