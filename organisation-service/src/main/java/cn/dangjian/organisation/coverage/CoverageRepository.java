package cn.dangjian.organisation.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The coverage read model's SQL (coverage_tally, coverage_snapshot): set-based report queries, native through the
 * EntityManager so they run in the caller's transaction after a flush of its entity changes.
 */
@ApplicationScoped
public class CoverageRepository {

    @Inject
    EntityManager em;

    /**
     * Recomputes the tally rows of one locating organisation with the migration's function coverage_tally_rows (the one
     * definition of the figures; R__coverage_tally.sql), counting as weakly covered the units whose covering
     * organisation has fewer than {@code minFullMembers} full members.
     */
    public void retally(UUID locatingOrganisation, int minFullMembers) {
        em.createNativeQuery("DELETE FROM coverage_tally WHERE organisation_id = ?1").setParameter(1, locatingOrganisation).executeUpdate();
        em.createNativeQuery("INSERT INTO coverage_tally SELECT * FROM coverage_tally_rows(ARRAY[CAST(?1 AS uuid)], ?2)")
                .setParameter(1, locatingOrganisation).setParameter(2, minFullMembers).executeUpdate();
    }

    /** The sums of the tallies under a subtree (all kinds, or one): a few rows per organisation, not every unit. */
    public CoverageSummary summary(UUID top, String pathPrefix, String kind) {
        Query query = em.createNativeQuery("""
                SELECT coalesce(sum(units), 0), coalesce(sum(covered_singly), 0), coalesce(sum(covered_jointly), 0),
                       coalesce(sum(uncovered), 0), coalesce(sum(above_size), 0), coalesce(sum(above_size_covered), 0),
                       coalesce(sum(weakly_covered), 0)
                FROM coverage_tally WHERE path LIKE ?1""" + (kind == null ? "" : " AND kind = ?2"))
                .setParameter(1, pathPrefix + "%");
        if (kind != null) {
            query.setParameter(2, kind);
        }
        Object[] row = (Object[]) query.getSingleResult();
        long units = number(row[0]);
        long singly = number(row[1]);
        long jointly = number(row[2]);
        return new CoverageSummary(top, kind, kind, units, singly, jointly, number(row[3]), CoverageService.rate(singly + jointly, units),
                number(row[4]), number(row[5]), number(row[6]));
    }

    /** The monthly snapshots of one organisation (kind '' for all kinds), oldest first. */
    public List<TrendPoint> trend(UUID organisation, String kind, YearMonth first, YearMonth last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT month, units, covered_singly, covered_jointly, uncovered FROM coverage_snapshot
                WHERE organisation_id = ?1 AND kind = ?2 AND month BETWEEN ?3 AND ?4 ORDER BY month""")
                .setParameter(1, organisation).setParameter(2, kind).setParameter(3, first.toString()).setParameter(4, last.toString())
                .getResultList();
        return rows.stream().map(r -> new TrendPoint(String.valueOf(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]),
                CoverageService.rate(number(r[2]) + number(r[3]), number(r[1])))).toList();
    }

    /**
     * Records every organisation's coverage (all kinds, and per kind) under {@code month}, replacing an earlier
     * snapshot of that month. One statement: each unit counts towards every organisation on its located path.
     */
    public int snapshot(YearMonth month, Instant takenAt) {
        return em.createNativeQuery("""
                INSERT INTO coverage_snapshot (month, organisation_id, kind, units, covered_singly, covered_jointly, uncovered, taken_at)
                SELECT CAST(?1 AS CHAR(7)), CAST(a.ancestor AS uuid), k.kind, count(*),
                       count(*) FILTER (WHERE c.formation = 'SINGLE'), count(*) FILTER (WHERE c.formation = 'JOINT'),
                       count(*) FILTER (WHERE c.id IS NULL), CAST(?2 AS timestamptz)
                FROM unit u
                LEFT JOIN organisation c ON c.id = u.covering_organisation_id AND c.revoked_on IS NULL
                CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from u.located_path), '/')) AS a(ancestor)
                CROSS JOIN LATERAL (VALUES (''), (u.kind)) AS k(kind)
                GROUP BY a.ancestor, k.kind
                ON CONFLICT (organisation_id, kind, month) DO UPDATE SET units = EXCLUDED.units, covered_singly = EXCLUDED.covered_singly,
                    covered_jointly = EXCLUDED.covered_jointly, uncovered = EXCLUDED.uncovered, taken_at = EXCLUDED.taken_at""")
                .setParameter(1, month.toString()).setParameter(2, takenAt).executeUpdate();
    }

    /** A moved subtree's tallies follow it: paths rewritten by prefix. */
    public void rewritePaths(String oldPrefix, String newPrefix) {
        em.createNativeQuery("UPDATE coverage_tally SET path = ?1 || substr(path, ?2) WHERE path LIKE ?3")
                .setParameter(1, newPrefix).setParameter(2, oldPrefix.length() + 1).setParameter(3, oldPrefix + "%").executeUpdate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
