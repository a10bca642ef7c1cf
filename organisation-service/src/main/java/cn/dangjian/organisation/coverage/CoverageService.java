package cn.dangjian.organisation.coverage;

import cn.dangjian.organisation.counts.Sql;
import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationRepository;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.organisation.time.Clocks;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Coverage of units by organisations, over the units located in a subtree: one indexed prefix scan of units joined
 * to the covering organisation and its member counts. Monthly snapshots keep the figures for trend charts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    private static final Logger LOG = Logger.getLogger(CoverageService.class);

    @Inject
    Sql sql;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository repository;

    @Inject
    OrganisationSettings settings;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public CoverageSummary summary(UUID under, Sector sector) {
        Organisation top = top(under);
        String kind = sector == null ? null : sector.name();
        // sums the per-organisation tallies (CoverageTally) under the subtree: a few rows per organisation, not every unit
        return sql.one("""
                SELECT coalesce(sum(units), 0), coalesce(sum(covered_singly), 0), coalesce(sum(covered_jointly), 0),
                       coalesce(sum(uncovered), 0), coalesce(sum(above_size), 0), coalesce(sum(above_size_covered), 0),
                       coalesce(sum(weakly_covered), 0)
                FROM coverage_tally WHERE path LIKE ? AND (CAST(? AS VARCHAR) IS NULL OR kind = ?)""",
                rs -> new CoverageSummary(top.id, kind, kind, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rate(rs.getLong(2) + rs.getLong(3), rs.getLong(1)), rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                top.path + "%", kind, kind);
    }

    public CoverageTrend trend(UUID under, Sector sector, YearMonth from, YearMonth to) {
        Organisation top = top(under);
        YearMonth last = to == null ? Clocks.thisMonth(clock) : to;
        YearMonth first = from == null ? last.minusMonths(11) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (first.plusMonths(120).isBefore(last)) {
            throw new InvalidInputException("from", "at most 120 months at once");
        }
        List<TrendPoint> points = sql.list("""
                SELECT month, units, covered_singly, covered_jointly, uncovered FROM coverage_snapshot
                WHERE organisation_id = ? AND kind = ? AND month BETWEEN ? AND ? ORDER BY month""",
                rs -> new TrendPoint(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rate(rs.getLong(3) + rs.getLong(4), rs.getLong(2))),
                top.id, sector == null ? "" : sector.name(), first.toString(), last.toString());
        String kind = sector == null ? null : sector.name();
        return new CoverageTrend(top.id, kind, kind, points);
    }

    /**
     * Records every organisation's coverage (all kinds, and per kind) under {@code month}, replacing an earlier
     * snapshot of that month. One statement: each unit counts towards every organisation on its located path.
     */
    @Transactional
    public int snapshot(YearMonth month) {
        int rows = sql.update("""
                INSERT INTO coverage_snapshot (month, organisation_id, kind, units, covered_singly, covered_jointly, uncovered, taken_at)
                SELECT ?, CAST(a.ancestor AS uuid), k.kind, count(*),
                       count(*) FILTER (WHERE c.formation = 'SINGLE'), count(*) FILTER (WHERE c.formation = 'JOINT'),
                       count(*) FILTER (WHERE c.id IS NULL), ?
                FROM unit u
                LEFT JOIN organisation c ON c.id = u.covering_organisation_id AND c.revoked_on IS NULL
                CROSS JOIN LATERAL unnest(string_to_array(trim(both '/' from u.located_path), '/')) AS a(ancestor)
                CROSS JOIN LATERAL (VALUES (''), (u.kind)) AS k(kind)
                GROUP BY a.ancestor, k.kind
                ON CONFLICT (organisation_id, kind, month) DO UPDATE SET units = EXCLUDED.units, covered_singly = EXCLUDED.covered_singly,
                    covered_jointly = EXCLUDED.covered_jointly, uncovered = EXCLUDED.uncovered, taken_at = EXCLUDED.taken_at""",
                month.toString(), Instant.now(clock));
        LOG.infof("Coverage snapshot %s: %d rows", month, rows);
        return rows;
    }

    /** The organisation asked for, within the caller's scope; without one, the caller's own top (org-admin) or the root. */
    private Organisation top(UUID under) {
        if (under != null) {
            return organisations.named("under", under);
        }
        if (caller.readsEverywhere()) {
            List<Organisation> roots = repository.list("parentId is null and revokedOn is null");
            if (roots.size() != 1) {
                throw new InvalidInputException("under", "name the organisation: there are " + roots.size() + " roots");
            }
            return roots.get(0);
        }
        UUID own = caller.organisationId().orElseThrow(() -> new InvalidInputException("under", "is required"));
        return organisations.get(own);
    }

    static BigDecimal rate(long covered, long units) {
        return units == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(units), 4, RoundingMode.HALF_UP);
    }
}
