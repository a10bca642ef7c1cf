package cn.dangjian.points.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AwardPoliciesTest {

    private static Award award(AwardState state, Instant noticeEndsAt) {
        Award award = new Award();
        award.state = state;
        award.nominatedBy = "nominator";
        award.nominatedBySub = "sub-nominator";
        award.noticeEndsAt = noticeEndsAt;
        return award;
    }

    @Test
    void theNominatorDoesNotApproveComparedBySub() {
        assertEquals("four-eyes", AwardPolicies.approvedBySomeoneElse(award(AwardState.NOMINATED, null), "sub-holder", "sub-nominator", "renamed")
                .orElseThrow().slug());
        assertTrue(AwardPolicies.approvedBySomeoneElse(award(AwardState.NOMINATED, null), "sub-holder", "sub-second", "nominator").isEmpty(),
                "a second person, even one given the nominator's old username");
        assertEquals("award-not-nominated", AwardPolicies.approvedBySomeoneElse(award(AwardState.IN_NOTICE, null), "sub-holder", "sub-second", "second")
                .orElseThrow().slug());
    }

    @Test
    void anAwardNominatedBeforeSubsWereKeptComparesUsernames() {
        Award legacy = award(AwardState.NOMINATED, null);
        legacy.nominatedBySub = null;
        assertTrue(AwardPolicies.approvedBySomeoneElse(legacy, null, "sub-x", "nominator").isPresent());
        assertTrue(AwardPolicies.approvedBySomeoneElse(legacy, null, "sub-x", "second person").isEmpty());
    }

    @Test
    void theHolderDoesNotApproveTheirOwnAward() {
        assertEquals("own-record", AwardPolicies.approvedBySomeoneElse(award(AwardState.NOMINATED, null), "sub-holder", "sub-holder", "holder")
                .orElseThrow().slug());
        assertTrue(AwardPolicies.approvedBySomeoneElse(award(AwardState.NOMINATED, null), null, "sub-second", "second").isEmpty(),
                "a holder linked to no login");
    }

    @Test
    void anObjectionIsDecidedByNeitherTheObjectorNorTheHolder() {
        AwardObjection objection = new AwardObjection();
        objection.raisedBy = "objector";
        objection.raisedBySub = "sub-objector";
        assertEquals("four-eyes", AwardPolicies.decidedBySomeoneElse(objection, "sub-holder", "sub-objector", "objector").orElseThrow().slug());
        assertEquals("own-record", AwardPolicies.decidedBySomeoneElse(objection, "sub-holder", "sub-holder", "holder").orElseThrow().slug());
        assertTrue(AwardPolicies.decidedBySomeoneElse(objection, "sub-holder", "sub-admin", "admin").isEmpty());
    }

    @Test
    void onlyACreditedAwardIsRevokedAndNotByItsHolder() {
        assertTrue(AwardPolicies.revocable(award(AwardState.CREDITED, null), "sub-holder", "sub-admin").isEmpty());
        assertEquals("own-record", AwardPolicies.revocable(award(AwardState.CREDITED, null), "sub-holder", "sub-holder").orElseThrow().slug());
        assertEquals("award-not-credited", AwardPolicies.revocable(award(AwardState.IN_NOTICE, null), "sub-holder", "sub-admin").orElseThrow().slug());
        assertEquals("award-not-credited", AwardPolicies.revocable(award(AwardState.REVOKED, null), "sub-holder", "sub-admin").orElseThrow().slug());
    }

    @Test
    void creditedFromTheEndOfTheNoticeOnNotBefore() {
        Instant end = Instant.parse("2026-12-07T08:00:00Z");
        assertTrue(AwardPolicies.dueForCrediting(award(AwardState.IN_NOTICE, end), end.minusMillis(1), 0, 0).isPresent());
        assertTrue(AwardPolicies.dueForCrediting(award(AwardState.IN_NOTICE, end), end, 0, 0).isEmpty());
        assertTrue(AwardPolicies.dueForCrediting(award(AwardState.IN_NOTICE, end), end.plusSeconds(1), 1, 0).isPresent());
        assertTrue(AwardPolicies.dueForCrediting(award(AwardState.IN_NOTICE, end), end.plusSeconds(1), 0, 1).isPresent());
        assertTrue(AwardPolicies.dueForCrediting(award(AwardState.CREDITED, end), end.plusSeconds(1), 0, 0).isPresent());
    }

    @Test
    void objectionsOnlyWhileTheNoticeRuns() {
        Instant end = Instant.parse("2026-12-07T08:00:00Z");
        assertTrue(AwardPolicies.noticeStillRunning(award(AwardState.IN_NOTICE, end), end.minusMillis(1)).isEmpty());
        assertTrue(AwardPolicies.noticeStillRunning(award(AwardState.IN_NOTICE, end), end).isPresent());
        assertTrue(AwardPolicies.noticeStillRunning(award(AwardState.NOMINATED, end), end.minusSeconds(60)).isPresent());
    }
}
