package cn.dangjian.points.ledger;

import cn.dangjian.platform.security.Caller;
import cn.dangjian.points.policy.FourEyes;
import cn.dangjian.platform.rules.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Correcting an entry through the ledger (冲正): only entries without a workflow of their own ({@link ReversalPolicy}),
 * and never by a holder of the entry (nobody corrects their own record). The reversal records the caller as requester
 * and approver: the platform-admin decides alone, the holder cannot be that person.
 */
@ApplicationScoped
@Transactional
public class CorrectingEntries {

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    public UUID reverse(UUID entryId, String reason) {
        EntryCause cause = ledger.causeOf(entryId);
        String causeRef = ledger.causeRefOf(entryId);
        Refusal.enforce(ReversalPolicy.throughTheLedger(cause, causeRef));
        String sub = caller.sub().orElse(null);
        for (String holderSub : ledger.holderSubsOf(entryId)) {
            Refusal.enforce(FourEyes.notTheBeneficiary("a points account of this entry", holderSub, sub));
        }
        return ledger.reverse(entryId, EntryCause.REVERSAL, entryId.toString(), reason, caller.subject(), caller.subject());
    }
}
