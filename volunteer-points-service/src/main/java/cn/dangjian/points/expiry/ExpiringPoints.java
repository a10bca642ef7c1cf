package cn.dangjian.points.expiry;

import cn.dangjian.points.PointsSettings;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.Ledger;
import cn.dangjian.points.ledger.PointsReturn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Expiry (off unless {@code points.expires-after} is set): points issued longer ago than the period and not spent
 * since expire, each back to the issuance account that issued it, by an EXPIRY entry. Age is counted from the issue,
 * not from when the points reached the account: donated or refunded points keep their age, so giving them around does
 * not keep them alive. It books entries and never edits one; running it again expires nothing more.
 */
@ApplicationScoped
public class ExpiringPoints {

    private static final Logger LOG = Logger.getLogger(ExpiringPoints.class);

    @Inject
    PointsSettings settings;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    @Scheduled(every = "${points.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "expire-points")
    void scheduled() {
        settings.expiresAfter().ifPresent(period -> expire(clock.instant(), period));
    }

    /** @return how many accounts had points expire */
    public int expire(Instant now, Duration after) {
        Instant cutoff = now.minus(after);
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> ledger.holdersAccountsWithPointsIssuedBefore(cutoff));
        int expired = 0;
        for (UUID account : due) {
            // each account in its own transaction, under its row lock: what was spent meanwhile is simply not there
            UUID entry = QuarkusTransaction.requiringNew().call(() -> ledger.returnToIssuers(new PointsReturn(EntryCause.EXPIRY, cutoff.toString(),
                    "points issued before " + cutoff + " expired", "expiry", null, account, null, cutoff)));
            if (entry != null) {
                expired++;
            }
        }
        if (expired > 0) {
            LOG.infof("Points expired on %d accounts (issued before %s)", expired, cutoff);
        }
        return expired;
    }
}
