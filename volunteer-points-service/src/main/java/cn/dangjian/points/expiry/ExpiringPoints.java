package cn.dangjian.points.expiry;

import cn.dangjian.points.PointsConfig;
import cn.dangjian.points.account.PointsAccount;
import cn.dangjian.points.ledger.Booking;
import cn.dangjian.points.ledger.EntryCause;
import cn.dangjian.points.ledger.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Expiry (off unless {@code points.expires-after} is set): points credited longer ago than the period and not spent
 * since expire, first in first out, by an EXPIRY entry back to the platform's issuance account. It books entries
 * and never edits one. What already expired counts as spent, so running it again expires nothing more.
 */
@ApplicationScoped
public class ExpiringPoints {

    private static final Logger LOG = Logger.getLogger(ExpiringPoints.class);

    @Inject
    PointsConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    @Scheduled(every = "${points.jobs-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "expire-points")
    void scheduled() {
        config.expiresAfter().ifPresent(period -> expire(clock.instant(), period));
    }

    /** @return how many accounts had points expire */
    public int expire(Instant now, Duration after) {
        Instant cutoff = now.minus(after);
        record Due(UUID accountId, BigDecimal points) {
        }
        List<Due> due = new ArrayList<>();
        // unspent old credits = credits booked before the cutoff − every debit ever (debits use the oldest points first)
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT a.id, least(a.balance,
                            coalesce(sum(p.amount) FILTER (WHERE p.amount > 0 AND p.booked_at < ?), 0)
                          + coalesce(sum(p.amount) FILTER (WHERE p.amount < 0), 0))
                     FROM points_account a JOIN posting p ON p.account_id = a.id
                     WHERE a.kind IN ('MEMBER', 'VOLUNTEER') AND a.balance > 0
                     GROUP BY a.id, a.balance""")) {
            select.setTimestamp(1, Timestamp.from(cutoff));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBigDecimal(2).signum() > 0) {
                        due.add(new Due(rs.getObject(1, UUID.class), rs.getBigDecimal(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not find expiring points", e);
        }
        for (Due d : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> ledger.book(Booking.transfer(EntryCause.EXPIRY, cutoff.toString(), null,
                        "points credited before " + cutoff + " expired", "expiry", null, d.accountId(), PointsAccount.PLATFORM_ISSUANCE, d.points())));
            } catch (cn.dangjian.platform.web.ConflictException spentMeanwhile) {
                LOG.debugf("Account %s spent its points meanwhile; the next run looks again", d.accountId());
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Points expired on %d accounts (credited before %s)", due.size(), cutoff);
        }
        return due.size();
    }
}
