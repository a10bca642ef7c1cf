package cn.dangjian.activity.activity;

import static cn.dangjian.activity.activity.ActivityStatus.CANCELLED;
import static cn.dangjian.activity.activity.ActivityStatus.DRAFT;
import static cn.dangjian.activity.activity.ActivityStatus.ENDED;
import static cn.dangjian.activity.activity.ActivityStatus.IN_PROGRESS;
import static cn.dangjian.activity.activity.ActivityStatus.PUBLISHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of states: the lifecycle allows exactly these moves and refuses all others. */
class ActivityStatusTest {

    private static final Set<String> ALLOWED = Set.of("DRAFT>PUBLISHED", "DRAFT>CANCELLED", "PUBLISHED>IN_PROGRESS",
            "PUBLISHED>ENDED", "PUBLISHED>CANCELLED", "IN_PROGRESS>ENDED");

    @Test
    void eachPairIsAllowedOrRefused() {
        for (ActivityStatus from : ActivityStatus.values()) {
            for (ActivityStatus to : ActivityStatus.values()) {
                boolean allowed = ALLOWED.contains(from + ">" + to);
                assertEquals(allowed, from.mayBecome(to), from + " → " + to);
                if (!allowed) {
                    ActivityStatus.WrongTransition refused = assertThrows(ActivityStatus.WrongTransition.class, () -> from.requireMayBecome(to));
                    assertEquals(from, refused.from());
                }
            }
        }
    }

    @Test
    void theGuardOfEachTargetIsTheSetOfStatesAllowedToReachIt() {
        assertEquals(EnumSet.of(PUBLISHED, IN_PROGRESS), ActivityStatus.allowedBefore(ENDED));
        assertEquals(EnumSet.of(DRAFT, PUBLISHED), ActivityStatus.allowedBefore(CANCELLED));
        assertEquals(EnumSet.of(PUBLISHED), ActivityStatus.allowedBefore(IN_PROGRESS));
        assertEquals(EnumSet.of(DRAFT), ActivityStatus.allowedBefore(PUBLISHED));
        assertEquals(EnumSet.noneOf(ActivityStatus.class), ActivityStatus.allowedBefore(DRAFT));
    }
}
