package cn.dangjian.points.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ledger's own reversal corrects entries without a workflow; a workflow's entries are undone through it. */
class ReversalPolicyTest {

    @Test
    void entriesWithoutAWorkflowAreCorrectedThroughTheLedger() {
        assertTrue(ReversalPolicy.throughTheLedger(EntryCause.ATTENDANCE, "e").isEmpty());
        assertTrue(ReversalPolicy.throughTheLedger(EntryCause.DONATION, null).isEmpty());
        assertTrue(ReversalPolicy.throughTheLedger(EntryCause.MIGRATED, "AWARD:x").isEmpty());
    }

    @Test
    void entriesOfAWorkflowNameTheWorkflow() {
        var redemption = ReversalPolicy.throughTheLedger(EntryCause.REDEMPTION, "order-1").orElseThrow();
        assertEquals("entry-of-a-workflow", redemption.slug());
        assertTrue(redemption.detail().contains("/api/points/redemptions/order-1/cancel"), redemption.detail());
        var award = ReversalPolicy.throughTheLedger(EntryCause.AWARD, "award-1").orElseThrow();
        assertTrue(award.detail().contains("/api/points/awards/award-1/revoke"), award.detail());
        assertEquals("entry-of-a-workflow", ReversalPolicy.throughTheLedger(EntryCause.EXPIRY, "x").orElseThrow().slug());
        assertEquals("entry-of-a-workflow", ReversalPolicy.throughTheLedger(EntryCause.PROVENANCE_CORRECTION, "V4_1").orElseThrow().slug());
    }

    @Test
    void reversalsAreNotReversed() {
        for (EntryCause cause : new EntryCause[] {EntryCause.REVERSAL, EntryCause.REDEMPTION_CANCELLED, EntryCause.AWARD_REVOKED}) {
            assertEquals("reversal-not-reversible", ReversalPolicy.throughTheLedger(cause, "x").orElseThrow().slug(), cause.name());
        }
    }
}
