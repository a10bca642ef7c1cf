package cn.dangjian.points.award;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AwardPoliciesTest {

    private static Award award(AwardState state, Instant noticeEndsAt) {
        Award award = new Award();
        award.state = state;
        award.nominatedBy = "nominator";
        award.noticeEndsAt = noticeEndsAt;
        return award;
    }

    @Test
    void theNominatorDoesNotApprove() {
        assertTrue(AwardPolicies.approvedBySomeoneElse(award(AwardState.NOMINATED, null), "nominator").isPresent());
        assertTrue(AwardPolicies.approvedBySomeoneElse(award(AwardState.NOMINATED, null), "second person").isEmpty());
        assertTrue(AwardPolicies.approvedBySomeoneElse(award(AwardState.IN_NOTICE, null), "second person").isPresent());
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
