package cn.dangjian.points.holder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who is active comes from member events; the standings are read only for events without {@code active}. */
class HolderStandingTest {

    @Test
    void theEventsActiveFlagDecides() {
        assertFalse(HolderStanding.active(false, "NORMAL"));
        assertTrue(HolderStanding.active(true, "EXPELLED"), "member-service decides, this service does not second-guess it");
    }

    @Test
    void withoutTheFlagEndedStandingsAreInactiveAndTheOthersActive() {
        for (String ended : new String[] {"EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED"}) {
            assertFalse(HolderStanding.active(null, ended), ended);
        }
        for (String kept : new String[] {"NORMAL", "PROBATION_IN_PARTY", "RETAINED", "SUSPENDED"}) {
            assertTrue(HolderStanding.active(null, kept), kept);
        }
        assertTrue(HolderStanding.active(null, null));
    }

    @Test
    void anInactiveMemberEarnsNothingAndMovesNoPoints() {
        Holder holder = new Holder();
        holder.active = true;
        assertTrue(HolderStanding.mayEarn(holder).isEmpty());
        assertTrue(HolderStanding.mayMovePoints(holder).isEmpty());
        assertTrue(HolderStanding.mayEarn(null).isEmpty(), "not known yet: active until member-service says otherwise");
        holder.active = false;
        holder.standing = "EXPELLED";
        assertEquals("holder-inactive", HolderStanding.mayEarn(holder).orElseThrow().slug());
        assertEquals("holder-inactive", HolderStanding.mayMovePoints(holder).orElseThrow().slug());
    }
}
