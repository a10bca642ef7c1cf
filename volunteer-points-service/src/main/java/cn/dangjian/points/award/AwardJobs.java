package cn.dangjian.points.award;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** Credits awards whose notice period has ended, on the schedule {@code points.jobs-every} ({@code off} in tests). */
@ApplicationScoped
public class AwardJobs {

    @Inject
    AwardService awards;

    @Inject
    Clock clock;

    @Scheduled(every = "${points.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "credit-due-awards")
    void creditDueAwards() {
        awards.creditDue(clock.instant());
    }
}
