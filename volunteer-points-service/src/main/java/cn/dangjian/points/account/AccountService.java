package cn.dangjian.points.account;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opening and reading points accounts, within the caller's scope. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @Inject
    PointsAccountRepository accounts;

    @Inject
    LedgerEntryRepository entries;

    @Inject
    HolderRepository holders;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    /** Opens the holder's account unless it is open already (a redelivered or repeated event opens nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PointsAccount openFor(Holder holder) {
        return accounts.findByHolder(holder.id).orElseGet(() -> {
            PointsAccount account = new PointsAccount();
            account.id = UUID.randomUUID();
            account.holderId = holder.id;
            account.kind = AccountKind.valueOf(holder.kind.name());
            account.openedAt = Instant.now();
            accounts.persist(account);
            LOG.infof("Points account %s opened for %s %s", account.id, holder.kind, holder.id);
            return account;
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView get(UUID holderId) {
        PointsAccount account = readable(holderId);
        Holder holder = holders.findById(holderId);
        return new AccountView(account.holderId, account.kind, holder == null ? null : holder.name,
                holder == null ? null : holder.organisationId, accounts.balance(account.id), account.openedAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<EntryView> entries(UUID holderId, PageRequest page) {
        PointsAccount account = readable(holderId);
        PanacheQuery<LedgerEntry> query = entries.ofAccount(account.id);
        return new PageResponse<>(query.page(page.page(), page.size()).list().stream().map(EntryView::of).toList(),
                page.page(), page.size(), query.count());
    }

    /** The account if the caller may read it: their own, or a holder whose organisation is in scope. */
    private PointsAccount readable(UUID holderId) {
        PointsAccount account = accounts.findByHolder(holderId).orElseThrow(() -> new ResourceNotFoundException("points account of holder", holderId));
        Holder holder = holders.findById(holderId);
        boolean own = holder != null && holder.sub != null && caller.sub().filter(holder.sub::equals).isPresent();
        List<UUID> path = holder == null || holder.organisationId == null ? List.of()
                : directory.find(holder.organisationId).map(DirectoryEntry::path).orElse(List.of(holder.organisationId));
        if (!own && !caller.mayRead(path)) {
            throw new AccessDeniedException("this points account is not yours and outside your scope");
        }
        return account;
    }
}
