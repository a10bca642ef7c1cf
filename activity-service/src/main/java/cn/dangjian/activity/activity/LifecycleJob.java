package cn.dangjian.activity.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves published activities to in progress at startsAt and to ended at endsAt. Idempotent: it may run late, twice,
 * or on several instances at once; each move is guarded by {@link ActivityLifecycle}, one transaction per activity.
 */
@ApplicationScoped
public class LifecycleJob {

    private static final Logger LOG = Logger.getLogger(LifecycleJob.class);

    @Inject
    ActivityRepository repository;

    @Inject
    ActivityLifecycle lifecycle;

    @Inject
    Clock clock;

    @Scheduled(identity = "activity-lifecycle", every = "${activities.lifecycle-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        advance(clock.instant());
    }

    /** What the activities should look like at {@code now}; returns how many moved. Tests call this with a fixed instant. */
    public int advance(Instant now) {
        int moved = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> repository.dueToStart(now))) {
            moved += QuarkusTransaction.requiringNew().call(() -> lifecycle.move(id, ActivityStatus.IN_PROGRESS, now, now, null)).isPresent() ? 1 : 0;
        }
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> repository.dueToEnd(now))) {
            if (QuarkusTransaction.requiringNew().call(() -> lifecycle.move(id, ActivityStatus.ENDED, now, now, null)).isPresent()) {
                moved++;
                LOG.infof("Activity %s ended at its endsAt", id);
            }
        }
        return moved;
    }
}
