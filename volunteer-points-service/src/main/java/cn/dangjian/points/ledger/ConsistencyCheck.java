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
 * Recomputes every kept balance from the postings and every entry's sum, and reports what disagrees. The database
 * triggers make drift impossible by construction; this is the auditor's independent proof, and it must find none.
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
                return new ConsistencyReport(accounts, unbalanced, total.setScale(2), drift.setScale(2), drifting.stream().limit(100).toList());
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
