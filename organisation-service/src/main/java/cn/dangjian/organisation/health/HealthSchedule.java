package cn.dangjian.organisation.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs the time-based rules (term expired, secretary vacant, silent) once a day, China time. */
@ApplicationScoped
public class HealthSchedule {

    @Inject
    HealthService health;

    @Scheduled(identity = "health-daily", cron = "${organisations.health.cron:0 30 0 * * ?}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        health.recomputeAll();
    }
}
