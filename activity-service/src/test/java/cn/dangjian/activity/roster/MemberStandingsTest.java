package cn.dangjian.activity.roster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Compatibility for member events without {@code active}: which standings end membership. */
class MemberStandingsTest {

    @Test
    void theStandingsThatEndMembershipAreInactive() {
        for (String ended : List.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED")) {
            assertFalse(MemberStandings.activeByStanding(ended), ended);
        }
        for (String kept : List.of("NORMAL", "PROBATION_IN_PARTY", "RETAINED", "SUSPENDED")) {
            assertTrue(MemberStandings.activeByStanding(kept), kept);
        }
    }
}
