package cn.dangjian.member.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.member.ActiveMembership;
import cn.dangjian.member.member.MembershipStatus;
import cn.dangjian.member.member.Standing;
import cn.dangjian.member.member.VotingRights;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class StandingPoliciesTest {

    private static final MembershipStatus FULL = MembershipStatus.FULL;
    private static final MembershipStatus PROBATIONARY = MembershipStatus.PROBATIONARY;

    @Test
    void fromNormalEveryOtherStandingIsAllowed() {
        for (Standing to : EnumSet.complementOf(EnumSet.of(Standing.NORMAL, Standing.QUALIFICATION_CANCELLED))) {
            assertTrue(StandingPolicies.allowedChange(FULL, Standing.NORMAL, to).isEmpty(), "NORMAL → " + to);
        }
    }

    @Test
    void theQualificationIsCancelledForProbationaryMembersOnly() {
        assertTrue(StandingPolicies.allowedChange(PROBATIONARY, Standing.NORMAL, Standing.QUALIFICATION_CANCELLED).isEmpty());
        assertEquals("not-probationary", StandingPolicies.allowedChange(FULL, Standing.NORMAL, Standing.QUALIFICATION_CANCELLED).get().slug());
    }

    @Test
    void aDisciplinaryStandingIsRestoredOrEndedButNotSwapped() {
        for (Standing from : EnumSet.of(Standing.PROBATION_IN_PARTY, Standing.RETAINED, Standing.SUSPENDED)) {
            for (Standing to : EnumSet.of(Standing.NORMAL, Standing.EXPELLED, Standing.DROPPED, Standing.DECEASED)) {
                assertTrue(StandingPolicies.allowedChange(FULL, from, to).isEmpty(), from + " → " + to);
            }
            for (Standing to : EnumSet.of(Standing.PROBATION_IN_PARTY, Standing.RETAINED, Standing.SUSPENDED, Standing.QUALIFICATION_CANCELLED)) {
                if (to != from) {
                    assertEquals("standing-change-not-allowed", StandingPolicies.allowedChange(PROBATIONARY, from, to).get().slug(), from + " → " + to);
                }
            }
        }
    }

    @Test
    void finalStandingsAllowNothing() {
        for (Standing from : EnumSet.of(Standing.EXPELLED, Standing.DROPPED, Standing.DECEASED, Standing.QUALIFICATION_CANCELLED)) {
            for (Standing to : Standing.values()) {
                assertTrue(StandingPolicies.allowedChange(FULL, from, to).isPresent(), from + " → " + to);
            }
        }
    }

    @Test
    void theSameStandingIsNoChange() {
        assertEquals("standing-unchanged", StandingPolicies.allowedChange(FULL, Standing.NORMAL, Standing.NORMAL).get().slug());
    }

    @Test
    void onlyAFullMemberInNormalStandingHasVotingRights() {
        assertTrue(VotingRights.of(FULL, Standing.NORMAL));
        assertFalse(VotingRights.of(PROBATIONARY, Standing.NORMAL));
        for (Standing s : EnumSet.complementOf(EnumSet.of(Standing.NORMAL))) {
            assertFalse(VotingRights.of(FULL, s), s.name());
        }
    }

    @Test
    void probationInThePartyIsForFullMembersOnly() {
        assertTrue(StandingPolicies.allowedChange(FULL, Standing.NORMAL, Standing.PROBATION_IN_PARTY).isEmpty());
        assertEquals("not-full-member", StandingPolicies.allowedChange(PROBATIONARY, Standing.NORMAL, Standing.PROBATION_IN_PARTY).get().slug());
    }

    @Test
    void aMemberIsActiveUntilTheStandingEnds() {
        for (Standing s : EnumSet.of(Standing.NORMAL, Standing.PROBATION_IN_PARTY, Standing.RETAINED, Standing.SUSPENDED)) {
            assertTrue(ActiveMembership.of(s), s.name());
        }
        for (Standing s : EnumSet.of(Standing.EXPELLED, Standing.DROPPED, Standing.DECEASED, Standing.QUALIFICATION_CANCELLED)) {
            assertFalse(ActiveMembership.of(s), s.name());
        }
    }
}
