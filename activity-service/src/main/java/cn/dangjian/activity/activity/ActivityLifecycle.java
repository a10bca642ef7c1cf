package cn.dangjian.activity.activity;

import cn.dangjian.activity.events.ActivityEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves an activity through its lifecycle. Each move is one conditional update guarded by the states that may
 * precede the target ({@link ActivityStatus#allowedBefore}); only the transaction whose update changed the row
 * writes the event, in that same transaction. So activity.ended.v1 is written exactly once even when the
 * organiser's early end, the scheduled job and another instance's job race for the same activity.
 */
@ApplicationScoped
public class ActivityLifecycle {

    @Inject
    ActivityRepository repository;

    @Inject
    ActivityEvents events;

    /**
     * @param dueBy null, or the instant the move is due by (the job's guard: startsAt/endsAt ≤ dueBy)
     * @return the activity after the move, or empty when its state (or time) no longer allows it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Activity> move(UUID id, ActivityStatus to, Instant now, Instant dueBy, String reason) {
        repository.flush();
        if (!repository.moveIfAllowed(id, to, now, dueBy, reason)) {
            return Optional.empty();
        }
        Activity activity = repository.findById(id);
        repository.getEntityManager().refresh(activity);
        switch (to) {
            case PUBLISHED -> events.published(activity);
            case ENDED -> events.ended(activity);
            case CANCELLED -> {
                // a draft was never announced, so its cancellation is nobody else's business
                if (activity.publishedAt != null) {
                    events.cancelled(activity);
                }
            }
            default -> {
                // in progress follows from startsAt, which everyone already knows: nothing to announce
            }
        }
        return Optional.of(activity);
    }
}
