package cn.dangjian.organisation.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** The SQL of the activity facts health reads (activity_record, organisation_compliance), guarded by aggregateversion. */
@ApplicationScoped
public class ActivityRecordRepository {

    @Inject
    EntityManager em;

    /** The activity's organisation so far (null when unknown), its row locked. */
    public UUID organisationOf(UUID activity) {
        List<?> rows = em.createNativeQuery("SELECT organisation_id FROM activity_record WHERE activity_id = ?1 FOR UPDATE")
                .setParameter(1, activity).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    /**
     * Records an activity event: the organisation from the newest event, an end once known, cancelled once cancelled
     * (a late or repeated event cannot undo either).
     */
    public void record(UUID activity, UUID organisation, Instant endedAt, boolean cancelled, long version) {
        em.createNativeQuery("""
                INSERT INTO activity_record (activity_id, organisation_id, ended_at, cancelled, version) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (activity_id) DO UPDATE SET
                    organisation_id = CASE WHEN activity_record.version < EXCLUDED.version THEN EXCLUDED.organisation_id ELSE activity_record.organisation_id END,
                    ended_at = COALESCE(EXCLUDED.ended_at, activity_record.ended_at),
                    cancelled = activity_record.cancelled OR EXCLUDED.cancelled,
                    version = GREATEST(activity_record.version, EXCLUDED.version)""")
                .unwrap(NativeQuery.class)
                .setParameter(1, activity).setParameter(2, organisation).setParameter(3, endedAt, Instant.class)
                .setParameter(4, cancelled).setParameter(5, version).executeUpdate();
    }

    /** The organisational life behind schedule of one organisation and year, if newer than what is stored. */
    public void compliance(UUID organisation, int year, String behind, int behindCount, long version) {
        em.createNativeQuery("""
                INSERT INTO organisation_compliance (organisation_id, year, behind, behind_count, version) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (organisation_id, year) DO UPDATE SET behind = EXCLUDED.behind, behind_count = EXCLUDED.behind_count,
                    version = EXCLUDED.version
                WHERE organisation_compliance.version < EXCLUDED.version""")
                .setParameter(1, organisation).setParameter(2, year).setParameter(3, behind).setParameter(4, behindCount)
                .setParameter(5, version).executeUpdate();
    }
}
