package cn.dangjian.points.ledger;

import static cn.dangjian.points.SqlValues.count;
import static cn.dangjian.points.SqlValues.decimal;
import static cn.dangjian.points.SqlValues.uuid;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes every kept balance from the postings and every entry's sum, checks each issuer's balance against the
 * points it has in circulation (domain.md: an issuance account's balance is minus its points in circulation) and the
 * provenance against the postings, and reports what disagrees. The database triggers and the ledger make drift
 * impossible by construction; this is the auditor's independent proof, and it must find none.
 */
@ApplicationScoped
public class ConsistencyCheck {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ConsistencyReport run() {
        return QuarkusTransaction.requiringNew().call(this::inOneSnapshot);
    }

    @SuppressWarnings("unchecked")
    private ConsistencyReport inOneSnapshot() {
        // one snapshot for every question, so concurrent bookings cannot look like drift
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
        List<ConsistencyReport.Drift> drifting = new ArrayList<>();
        long accounts = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT a.id, a.balance, coalesce(s.total, 0) FROM points_account a
                LEFT JOIN (SELECT account_id, sum(amount) AS total FROM posting GROUP BY account_id) s ON s.account_id = a.id""").getResultList()) {
            accounts++;
            total = total.add(decimal(r[1]));
            if (decimal(r[1]).compareTo(decimal(r[2])) != 0) {
                drifting.add(new ConsistencyReport.Drift(uuid(r[0]), decimal(r[1]), decimal(r[2])));
            }
        }
        long unbalanced = count(em.createNativeQuery("""
                SELECT count(*) FROM (SELECT e.id FROM journal_entry e LEFT JOIN posting p ON p.entry_id = e.id
                GROUP BY e.id HAVING count(p.id) < 2 OR coalesce(sum(p.amount), 0) <> 0) x""").getSingleResult());
        BigDecimal drift = drifting.stream().map(d -> d.kept().subtract(d.recomputed()).abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        // per issuer: its balance is minus the points it issued that are in circulation (held in lots)
        List<ConsistencyReport.IssuerDrift> driftingIssuers = new ArrayList<>();
        long issuers = 0;
        BigDecimal issuerDrift = BigDecimal.ZERO;
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT a.id, a.organisation_id, a.balance, coalesce(c.circulating, 0) FROM points_account a
                LEFT JOIN (SELECT issuer_id, sum(remaining) AS circulating FROM points_lot GROUP BY issuer_id) c ON c.issuer_id = a.id
                WHERE a.kind = 'ISSUANCE' ORDER BY a.id""").getResultList()) {
            issuers++;
            BigDecimal off = decimal(r[2]).add(decimal(r[3])).abs();
            if (off.signum() != 0) {
                issuerDrift = issuerDrift.add(off);
                if (driftingIssuers.size() < 100) {
                    driftingIssuers.add(new ConsistencyReport.IssuerDrift(uuid(r[0]), uuid(r[1]), decimal(r[2]), decimal(r[3])));
                }
            }
        }
        // each holding is what its lots hold, and each lot what its immutable movements add up to
        BigDecimal provenanceDrift = decimal(em.createNativeQuery("""
                SELECT (SELECT coalesce(sum(abs(a.balance - coalesce(h.held, 0))), 0) FROM points_account a
                        LEFT JOIN (SELECT account_id, sum(remaining) AS held FROM points_lot GROUP BY account_id) h ON h.account_id = a.id
                        WHERE a.kind <> 'ISSUANCE')
                     + (SELECT coalesce(sum(abs(l.remaining - coalesce(m.moved, 0))), 0) FROM points_lot l
                        LEFT JOIN (SELECT lot_id, sum(amount) AS moved FROM lot_movement GROUP BY lot_id) m ON m.lot_id = l.id)
                     + (SELECT coalesce(sum(l.remaining), 0) FROM points_lot l JOIN points_account a ON a.id = l.account_id
                        WHERE a.kind = 'ISSUANCE')""").getSingleResult());
        // every entry since provenance is kept moves as many points of each issuer as it posts: per entry, each
        // account's postings equal its lots' movements, and each issuer's postings mirror the movements of its lots
        long unattributed = count(em.createNativeQuery("""
                SELECT count(DISTINCT x.entry_id) FROM (
                    SELECT f.entry_id FROM (
                        SELECT p.entry_id, p.account_id AS party, p.amount FROM posting p
                        UNION ALL SELECT m.entry_id, l.account_id, -m.amount FROM lot_movement m JOIN points_lot l ON l.id = m.lot_id
                        UNION ALL SELECT m.entry_id, l.issuer_id, m.amount FROM lot_movement m JOIN points_lot l ON l.id = m.lot_id
                    ) f JOIN journal_entry e ON e.id = f.entry_id
                    WHERE e.cause <> 'PROVENANCE_CORRECTION'
                      AND NOT EXISTS (SELECT 1 FROM lot_movement b WHERE b.entry_id = e.id AND b.backfilled)
                    GROUP BY f.entry_id, f.party HAVING sum(f.amount) <> 0) x""").getSingleResult());
        return new ConsistencyReport(accounts, unbalanced, total.setScale(2), drift.setScale(2), drifting.stream().limit(100).toList(),
                issuers, issuerDrift.setScale(2), driftingIssuers, provenanceDrift.setScale(2), unattributed);
    }
}
