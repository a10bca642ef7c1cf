package cn.dangjian.points.ledger;

import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/**
 * Which entries the ledger's own reversal (冲正, {@code POST /api/points/ledger/entries/{id}/reverse}) may undo
 * (domain.md: entries that belong to a workflow are undone only through that workflow). An order's points come back by
 * cancelling the order, which also restocks; an award's by revoking the award; expired points and the migration's
 * settlement are not undone. Attendance credits, donations and migrated movements have no workflow of their own: the
 * ledger's reversal is their correction path. Plain Java, tested on both sides of the edge.
 */
public final class ReversalPolicy {

    private ReversalPolicy() {
    }

    public static Optional<Refusal> throughTheLedger(EntryCause cause, String causeRef) {
        return switch (cause) {
            case ATTENDANCE, DONATION, MIGRATED -> Optional.empty();
            case REDEMPTION -> Refusal.refuse("entry-of-a-workflow",
                    "a redemption is undone by cancelling the order (POST /api/points/redemptions/" + causeRef
                            + "/cancel), which refunds the points and restocks the reward");
            case AWARD -> Refusal.refuse("entry-of-a-workflow",
                    "an award is undone by revoking it (POST /api/points/awards/" + causeRef + "/revoke)");
            case EXPIRY -> Refusal.refuse("entry-of-a-workflow",
                    "expired points are not restored: the expiry is the workflow that owns this entry; an award may make good a mistake");
            case PROVENANCE_CORRECTION -> Refusal.refuse("entry-of-a-workflow",
                    "the migration's settlement between issuers is not reversed: it keeps each issuer's balance minus its points in circulation");
            case AWARD_REVOKED, REDEMPTION_CANCELLED, REVERSAL -> Refusal.refuse("reversal-not-reversible",
                    "this entry is itself a reversal; book a new entry instead");
        };
    }
}
