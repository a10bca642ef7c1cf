package cn.dangjian.organisation.coverage;

import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.organisation.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.UUID;

/**
 * Keeps coverage_tally (figures per locating organisation and unit kind) in step with what they derive from, in the
 * transaction of the change: a unit, its covering organisation's formation or revocation, or that organisation's
 * full-member count. Recomputed from the units of the affected organisations, never incremented.
 */
@ApplicationScoped
public class CoverageTally {

    @Inject
    CoverageRepository coverage;

    @Inject
    UnitRepository units;

    @Inject
    OrganisationSettings settings;

    /** Recomputes the tallies of these locating organisations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> locatingOrganisations) {
        for (UUID located : new LinkedHashSet<>(locatingOrganisations)) {
            if (located != null) {
                coverage.retally(located, settings.minFullMembers());
            }
        }
    }

    /** Recomputes the tallies of the organisations where the units this organisation covers are located. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshCoveredBy(UUID coveringOrganisation) {
        refresh(units.locatingOrganisationsCoveredBy(coveringOrganisation));
    }
}
