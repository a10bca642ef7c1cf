package cn.dangjian.organisation.coverage;

import cn.dangjian.platform.time.ChinaTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;

/** On the first day of each month (China time), records the month that just ended. */
@ApplicationScoped
public class CoverageSnapshotJob {

    @Inject
    CoverageService coverage;

    @Inject
    Clock clock;

    @Scheduled(identity = "coverage-monthly", cron = "${organisations.coverage.snapshot-cron:0 15 0 1 * ?}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void monthly() {
        coverage.snapshot(ChinaTime.thisMonth(clock).minusMonths(1));
    }
}
