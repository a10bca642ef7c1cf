package cn.dangjian.organisation.coverage;

import cn.dangjian.organisation.counts.Sql;
import cn.dangjian.organisation.policy.OrganisationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Keeps coverage_tally (figures per locating organisation and unit kind) in step with what they derive from, in the
 * transaction of the change: a unit, its covering organisation's formation or revocation, or that organisation's
 * full-member count. Recomputed from the units of the affected organisations, never incremented.
 */
@ApplicationScoped
public class CoverageTally {

    @Inject
    Sql sql;

    @Inject
    OrganisationSettings settings;

    /** Recomputes the tallies of these locating organisations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<UUID> locatingOrganisations) {
        for (UUID located : new LinkedHashSet<>(locatingOrganisations)) {
            if (located == null) {
                continue;
            }
            sql.update("DELETE FROM coverage_tally WHERE organisation_id = ?", located);
            sql.update("""
                    INSERT INTO coverage_tally (organisation_id, kind, path, units, covered_singly, covered_jointly, uncovered,
                                                above_size, above_size_covered, weakly_covered)
                    SELECT u.located_in_organisation_id, u.kind, min(u.located_path), count(*),
                           count(*) FILTER (WHERE c.formation = 'SINGLE'), count(*) FILTER (WHERE c.formation = 'JOINT'),
                           count(*) FILTER (WHERE c.id IS NULL), count(*) FILTER (WHERE u.above_designated_size),
                           count(*) FILTER (WHERE u.above_designated_size AND c.id IS NOT NULL),
                           count(*) FILTER (WHERE c.id IS NOT NULL AND coalesce(m.full_members, 0) < ?)
                    FROM unit u
                    LEFT JOIN organisation c ON c.id = u.covering_organisation_id AND c.revoked_on IS NULL
                    LEFT JOIN organisation_member_count m ON m.organisation_id = c.id
                    WHERE u.located_in_organisation_id = ?
                    GROUP BY u.located_in_organisation_id, u.kind""", settings.minFullMembers(), located);
        }
    }

    /** Recomputes the tallies of the organisations where the units this organisation covers are located. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshCoveredBy(UUID coveringOrganisation) {
        List<UUID> located = sql.list("SELECT DISTINCT located_in_organisation_id FROM unit WHERE covering_organisation_id = ?",
                rs -> rs.getObject(1, UUID.class), coveringOrganisation);
        refresh(located);
    }
}
