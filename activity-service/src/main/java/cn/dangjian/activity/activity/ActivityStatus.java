package cn.dangjian.activity.activity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an activity stands, with the moves allowed from each state in one place: a draft is the organiser's alone;
 * published, in progress and ended are open to members and volunteers; cancelled and ended are final.
 */
@Schema(description = "DRAFT 草稿 (seen only by those who manage the organisation), PUBLISHED 已发布, IN_PROGRESS 进行中 "
        + "(from startsAt), ENDED 已结束 (from endsAt, or ended early by the organiser), CANCELLED 已取消 (with a reason)")
public enum ActivityStatus {
    DRAFT,
    PUBLISHED,
    IN_PROGRESS,
    ENDED,
    CANCELLED;

    private static final Map<ActivityStatus, Set<ActivityStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(PUBLISHED, CANCELLED),
            PUBLISHED, EnumSet.of(IN_PROGRESS, ENDED, CANCELLED),
            IN_PROGRESS, EnumSet.of(ENDED),
            ENDED, EnumSet.noneOf(ActivityStatus.class),
            CANCELLED, EnumSet.noneOf(ActivityStatus.class));

    /** Thrown for a move the lifecycle does not allow; becomes a 409 naming both states. */
    public static class WrongTransition extends IllegalStateException {
        private final ActivityStatus from;
        private final ActivityStatus to;

        WrongTransition(ActivityStatus from, ActivityStatus to) {
            super("an activity that is " + from + " cannot become " + to);
            this.from = from;
            this.to = to;
        }

        public ActivityStatus from() {
            return from;
        }

        public ActivityStatus to() {
            return to;
        }
    }

    public boolean mayBecome(ActivityStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public void requireMayBecome(ActivityStatus next) {
        if (!mayBecome(next)) {
            throw new WrongTransition(this, next);
        }
    }

    /** The states from which an activity may move to {@code next}: the guard of the conditional update. */
    public static Set<ActivityStatus> allowedBefore(ActivityStatus next) {
        Set<ActivityStatus> from = EnumSet.noneOf(ActivityStatus.class);
        ALLOWED.forEach((state, targets) -> {
            if (targets.contains(next)) {
                from.add(state);
            }
        });
        return from;
    }

    /** Whether members and volunteers may see it; for them a draft does not exist. */
    public boolean isOpenToParticipants() {
        return this != DRAFT;
    }

    /** Whether its details may still change (not once it has begun, ended or been cancelled). */
    public boolean isEditable() {
        return this == DRAFT || this == PUBLISHED;
    }

    public static Set<ActivityStatus> openToParticipants() {
        return EnumSet.complementOf(EnumSet.of(DRAFT));
    }
}
