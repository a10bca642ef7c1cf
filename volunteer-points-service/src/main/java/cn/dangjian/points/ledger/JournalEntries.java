package cn.dangjian.points.ledger;

import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.holder.HolderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Reading one journal entry: platform-admin and auditor read every entry; a member, volunteer or org-admin reads an
 * entry that touches an account they may read (their own, or a holder in scope), and of the other holders' postings
 * sees the amount only, never who holds the account or its balance.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JournalEntries {

    @Inject
    Ledger ledger;

    @Inject
    HolderRepository holders;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    public JournalEntryView read(UUID entryId) {
        JournalEntryView entry = ledger.entry(entryId).orElseThrow(() -> new ResourceNotFoundException("journal entry", entryId));
        if (caller.readsEverywhere()) {
            return entry;
        }
        var postings = entry.postings().stream().map(p -> p.holderId() == null || readable(p.holderId()) ? p : p.withoutHolder()).toList();
        if (postings.stream().noneMatch(p -> p.holderId() != null)) {
            throw new AccessDeniedException("this entry touches no points account of yours or in your scope");
        }
        return new JournalEntryView(entry.entryId(), entry.cause(), entry.causeRef(), entry.activityId(), entry.memo(), entry.requestedBy(),
                entry.approvedBy(), entry.reversalOf(), entry.reversedBy(), entry.bookedAt(), postings);
    }

    private boolean readable(UUID holderId) {
        var holder = holders.findById(holderId);
        return accounts.isOwn(holder) || caller.mayRead(accounts.pathOf(holder));
    }
}
