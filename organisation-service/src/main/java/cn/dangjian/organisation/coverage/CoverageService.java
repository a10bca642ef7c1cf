package cn.dangjian.organisation.coverage;

import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationRepository;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.platform.time.ChinaTime;
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
 * Coverage of units by organisations, over the units located in a subtree: a sum over the per-organisation tallies
 * (CoverageTally) of the subtree. Monthly snapshots keep the figures for trend charts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    private static final Logger LOG = Logger.getLogger(CoverageService.class);

    @Inject
    CoverageRepository coverage;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository repository;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public CoverageSummary summary(UUID under, Sector kind) {
        Organisation top = top(under);
        return coverage.summary(top.id, top.path, kind == null ? null : kind.name());
    }

    public CoverageTrend trend(UUID under, Sector kind, YearMonth from, YearMonth to) {
        Organisation top = top(under);
        YearMonth last = to == null ? ChinaTime.thisMonth(clock) : to;
        YearMonth first = from == null ? last.minusMonths(11) : from;
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "must not be after to");
        }
        if (first.plusMonths(120).isBefore(last)) {
            throw new InvalidInputException("from", "at most 120 months at once");
        }
        String name = kind == null ? null : kind.name();
        return new CoverageTrend(top.id, name, name, coverage.trend(top.id, name == null ? "" : name, first, last));
    }

    /**
     * Records every organisation's coverage (all kinds, and per kind) under {@code month}, replacing an earlier
     * snapshot of that month.
     */
    @Transactional
    public int snapshot(YearMonth month) {
        int rows = coverage.snapshot(month, Instant.now(clock));
        LOG.infof("Coverage snapshot %s: %d rows", month, rows);
        return rows;
    }

    /** The organisation asked for, within the caller's scope; without one, the caller's own top (org-admin) or the root. */
    private Organisation top(UUID under) {
        if (under != null) {
            return organisations.named("under", under);
        }
        if (caller.readsEverywhere()) {
            List<Organisation> roots = repository.liveRoots();
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
