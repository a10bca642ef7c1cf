package cn.dangjian.activity.activity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    EntityManager em;

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
        for (UUID id : due("a.status = :published and a.startsAt <= :now and a.endsAt > :now", now)) {
            moved += QuarkusTransaction.requiringNew().call(() -> lifecycle.move(id, ActivityStatus.IN_PROGRESS, now, now, null)).isPresent() ? 1 : 0;
        }
        for (UUID id : due("a.status in (:published, :inProgress) and a.endsAt <= :now", now)) {
            if (QuarkusTransaction.requiringNew().call(() -> lifecycle.move(id, ActivityStatus.ENDED, now, now, null)).isPresent()) {
                moved++;
                LOG.infof("Activity %s ended at its endsAt", id);
            }
        }
        return moved;
    }

    private List<UUID> due(String condition, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createQuery("select a.id from Activity a where " + condition + " order by a.endsAt", UUID.class)
                    .setParameter("published", ActivityStatus.PUBLISHED).setParameter("now", now);
            if (condition.contains(":inProgress")) {
                query.setParameter("inProgress", ActivityStatus.IN_PROGRESS);
            }
            return query.setMaxResults(1000).getResultList();
        });
    }
}
