package cn.dangjian.points.honour;

import static cn.dangjian.points.SqlValues.count;
import static cn.dangjian.points.SqlValues.decimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Who earned most in a subtree and period: points booked in the period by attendances and awards, less their
 * reversals, per member or volunteer whose organisation lies in the subtree. Native SQL through the EntityManager.
 */
@ApplicationScoped
public class HonourRolls {

    /** Postings that count: attendances and awards, and the reversals of exactly those. */
    private static final String EARNED = """
            FROM posting p
            JOIN journal_entry e ON e.id = p.entry_id
            LEFT JOIN journal_entry o ON o.id = e.reversal_of
            JOIN points_account a ON a.id = p.account_id
            JOIN holder h ON h.id = a.holder_id
            JOIN organisation_directory d ON d.id = h.organisation_id
            WHERE d.path LIKE ?1 AND p.booked_at >= ?2 AND p.booked_at < ?3
              AND coalesce(o.cause, e.cause) IN ('ATTENDANCE', 'AWARD') AND e.cause IN ('ATTENDANCE', 'AWARD', 'REVERSAL', 'AWARD_REVOKED')
            GROUP BY h.id HAVING sum(p.amount) > 0""";

    @Inject
    EntityManager em;

    /** A holder's name (unmasked: the caller masks it) and points, best first; ties in a stable order. */
    public record Earner(String name, BigDecimal points) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Earner> earners(String pathPrefix, Instant from, Instant to, int offset, int limit) {
        return ((List<Object[]>) em.createNativeQuery("SELECT min(h.name), sum(p.amount) AS earned " + EARNED + " ORDER BY earned DESC, h.id")
                .setParameter(1, pathPrefix).setParameter(2, from).setParameter(3, to)
                .setFirstResult(offset).setMaxResults(limit).getResultList()).stream()
                .map(r -> new Earner((String) r[0], decimal(r[1])))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long earnersCount(String pathPrefix, Instant from, Instant to) {
        return count(em.createNativeQuery("SELECT count(*) FROM (SELECT h.id " + EARNED + ") x")
                .setParameter(1, pathPrefix).setParameter(2, from).setParameter(3, to).getSingleResult());
    }
}
