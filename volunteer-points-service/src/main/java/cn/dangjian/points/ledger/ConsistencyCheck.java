package cn.dangjian.points.ledger;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Recomputes every kept balance from the postings and every entry's sum, checks each issuer's balance against the
 * points it has in circulation (domain.md: an issuance account's balance is minus its points in circulation) and the
 * provenance against the postings, and reports what disagrees. The database triggers and the ledger make drift
 * impossible by construction; this is the auditor's independent proof, and it must find none.
 */
@ApplicationScoped
public class ConsistencyCheck {

    @Inject
    AgroalDataSource dataSource;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsistencyReport run() {
        try (Connection connection = dataSource.getConnection()) {
            // one snapshot for both questions, so concurrent bookings cannot look like drift
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                List<ConsistencyReport.Drift> drifting = new ArrayList<>();
                long accounts;
                BigDecimal total;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT a.id, a.balance, coalesce(s.total, 0) FROM points_account a
                        LEFT JOIN (SELECT account_id, sum(amount) AS total FROM posting GROUP BY account_id) s ON s.account_id = a.id
                        """); ResultSet rs = select.executeQuery()) {
                    long n = 0;
                    BigDecimal sum = BigDecimal.ZERO;
                    while (rs.next()) {
                        n++;
                        sum = sum.add(rs.getBigDecimal(2));
                        if (rs.getBigDecimal(2).compareTo(rs.getBigDecimal(3)) != 0) {
                            drifting.add(new ConsistencyReport.Drift(rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                        }
                    }
                    accounts = n;
                    total = sum;
                }
                long unbalanced;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT count(*) FROM (SELECT e.id FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id
                        GROUP BY e.id HAVING count(p.id) < 2 OR coalesce(sum(p.amount), 0) <> 0) x"""); ResultSet rs = select.executeQuery()) {
                    rs.next();
                    unbalanced = rs.getLong(1);
                }
                BigDecimal drift = drifting.stream().map(d -> d.kept().subtract(d.recomputed()).abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
                // per issuer: its balance is minus the points it issued that are in circulation (held in lots)
                List<ConsistencyReport.IssuerDrift> driftingIssuers = new ArrayList<>();
                long issuers = 0;
                BigDecimal issuerDrift = BigDecimal.ZERO;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT a.id, a.organisation_id, a.balance, coalesce(c.circulating, 0) FROM points_account a
                        LEFT JOIN (SELECT issuer_id, sum(remaining) AS circulating FROM points_lot GROUP BY issuer_id) c ON c.issuer_id = a.id
                        WHERE a.kind = 'ISSUANCE' ORDER BY a.id"""); ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        issuers++;
                        BigDecimal off = rs.getBigDecimal(3).add(rs.getBigDecimal(4)).abs();
                        if (off.signum() != 0) {
                            issuerDrift = issuerDrift.add(off);
                            if (driftingIssuers.size() < 100) {
                                driftingIssuers.add(new ConsistencyReport.IssuerDrift(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                        rs.getBigDecimal(3), rs.getBigDecimal(4)));
                            }
                        }
                    }
                }
                // each holding is what its lots hold, and each lot what its immutable movements add up to
                BigDecimal provenanceDrift;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT (SELECT coalesce(sum(abs(a.balance - coalesce(h.held, 0))), 0) FROM points_account a
                                LEFT JOIN (SELECT account_id, sum(remaining) AS held FROM points_lot GROUP BY account_id) h ON h.account_id = a.id
                                WHERE a.kind <> 'ISSUANCE')
                             + (SELECT coalesce(sum(abs(l.remaining - coalesce(m.moved, 0))), 0) FROM points_lot l
                                LEFT JOIN (SELECT lot_id, sum(amount) AS moved FROM lot_movement GROUP BY lot_id) m ON m.lot_id = l.id)
                             + (SELECT coalesce(sum(l.remaining), 0) FROM points_lot l JOIN points_account a ON a.id = l.account_id
                                WHERE a.kind = 'ISSUANCE')"""); ResultSet rs = select.executeQuery()) {
                    rs.next();
                    provenanceDrift = rs.getBigDecimal(1);
                }
                // every entry since provenance is kept moves as many points of each issuer as it posts: per entry, each
                // account's postings equal its lots' movements, and each issuer's postings mirror the movements of its lots
                long unattributed;
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT count(DISTINCT x.entry_id) FROM (
                            SELECT f.entry_id FROM (
                                SELECT p.entry_id, p.account_id AS party, p.amount FROM posting p
                                UNION ALL SELECT m.entry_id, l.account_id, -m.amount FROM lot_movement m JOIN points_lot l ON l.id = m.lot_id
                                UNION ALL SELECT m.entry_id, l.issuer_id, m.amount FROM lot_movement m JOIN points_lot l ON l.id = m.lot_id
                            ) f JOIN journal_entry e ON e.id = f.entry_id
                            WHERE e.cause <> 'PROVENANCE_CORRECTION'
                              AND NOT EXISTS (SELECT 1 FROM lot_movement b WHERE b.entry_id = e.id AND b.backfilled)
                            GROUP BY f.entry_id, f.party HAVING sum(f.amount) <> 0) x"""); ResultSet rs = select.executeQuery()) {
                    rs.next();
                    unattributed = rs.getLong(1);
                }
                return new ConsistencyReport(accounts, unbalanced, total.setScale(2), drift.setScale(2), drifting.stream().limit(100).toList(),
                        issuers, issuerDrift.setScale(2), driftingIssuers, provenanceDrift.setScale(2), unattributed);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the ledger", e);
        }
    }
}
