package cn.dangjian.organisation.counts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * The SQL of the member read model (member_record, member_hosting, organisation_member_count): upserts guarded by
 * aggregateversion and recounts, native through the EntityManager in the consumer's transaction.
 */
@ApplicationScoped
public class MemberRecordRepository {

    /** Active as member-service says, else by the standing (events from before it published `active`). */
    static final String ACTIVE_SQL = cn.dangjian.platform.events.MemberEventFields.activeSql("active", "standing");

    /** A column of member_record an event sets; the type binds a null value (an absent optional field). */
    public record Field(String column, Object value, Class<?> type) {
    }

    @Inject
    EntityManager em;

    /** The member's organisation, or null when no event about the member has arrived; locks the row when asked. */
    public UUID organisationOf(UUID member, boolean lock) {
        List<?> rows = em.createNativeQuery("SELECT organisation_id FROM member_record WHERE member_id = ?1" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, member).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    /**
     * Writes an event's fields: a newer event (higher aggregateversion) overwrites them, an older one only fills the
     * fields still unknown.
     */
    public void upsert(UUID member, long version, List<Field> fields) {
        String columns = fields.stream().map(Field::column).collect(Collectors.joining(", "));
        StringBuilder values = new StringBuilder("?1");
        for (int i = 0; i < fields.size(); i++) {
            values.append(", ?").append(i + 2);
        }
        String sets = fields.stream().map(Field::column).map(c -> c + " = CASE WHEN member_record.version < EXCLUDED.version THEN EXCLUDED." + c
                + " ELSE COALESCE(member_record." + c + ", EXCLUDED." + c + ") END").collect(Collectors.joining(", "));
        NativeQuery<?> query = em.createNativeQuery("INSERT INTO member_record (member_id, " + columns + ", version) VALUES (" + values + ", ?"
                + (fields.size() + 2) + ") ON CONFLICT (member_id) DO UPDATE SET " + sets
                + ", version = GREATEST(member_record.version, EXCLUDED.version), updated_at = now()").unwrap(NativeQuery.class);
        query.setParameter(1, member);
        for (int i = 0; i < fields.size(); i++) {
            bind(query, i + 2, fields.get(i).value(), fields.get(i).type());
        }
        query.setParameter(fields.size() + 2, version);
        query.executeUpdate();
    }

    /** A member hosted by another organisation, or no longer: applied only when newer than the row. */
    public void upsertHosting(UUID member, UUID host, String kind, boolean active, long version) {
        em.createNativeQuery("""
                INSERT INTO member_hosting (member_id, host_organisation_id, kind, active, version) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (member_id, host_organisation_id, kind) DO UPDATE SET active = EXCLUDED.active, version = EXCLUDED.version
                WHERE member_hosting.version < EXCLUDED.version""")
                .setParameter(1, member).setParameter(2, host).setParameter(3, kind).setParameter(4, active).setParameter(5, version)
                .executeUpdate();
    }

    /** Recounts one organisation from the member rows. */
    public void recount(UUID organisation) {
        em.createNativeQuery("""
                INSERT INTO organisation_member_count (organisation_id, full_members, probationary, with_vote, hosted)
                SELECT ?1, count(*) FILTER (WHERE status = 'FULL'), count(*) FILTER (WHERE status = 'PROBATIONARY'),
                       count(*) FILTER (WHERE voting_rights),
                       (SELECT count(DISTINCT member_id) FROM member_hosting WHERE host_organisation_id = ?1 AND active)
                FROM member_record
                WHERE organisation_id = ?1 AND NOT coalesce(gone, false)
                """ + " AND " + ACTIVE_SQL + """
                ON CONFLICT (organisation_id) DO UPDATE SET full_members = EXCLUDED.full_members, probationary = EXCLUDED.probationary,
                    with_vote = EXCLUDED.with_vote, hosted = EXCLUDED.hosted""")
                .setParameter(1, organisation).executeUpdate();
    }

    public MemberCounts.Counts counts(UUID organisation) {
        List<?> rows = em.createNativeQuery("SELECT full_members, probationary, with_vote, hosted FROM organisation_member_count WHERE organisation_id = ?1")
                .setParameter(1, organisation).getResultList();
        if (rows.isEmpty()) {
            return MemberCounts.Counts.NONE;
        }
        Object[] row = (Object[]) rows.get(0);
        return new MemberCounts.Counts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** Whether a member is known and still on the platform. */
    public boolean knows(UUID member) {
        return !em.createNativeQuery("SELECT 1 FROM member_record WHERE member_id = ?1 AND NOT coalesce(gone, false)")
                .setParameter(1, member).getResultList().isEmpty();
    }

    /** The member as member events describe it, or null when no event about it has arrived (yet). */
    public MemberCounts.Member member(UUID member) {
        List<?> rows = em.createNativeQuery("SELECT member_id, name, status, standing, " + ACTIVE_SQL + ", coalesce(gone, false)"
                + " FROM member_record WHERE member_id = ?1").setParameter(1, member).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new MemberCounts.Member((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4], (Boolean) row[5]);
    }

    /** The members' names as member events last told them (members without one are left out). */
    public Map<UUID, String> names(Collection<UUID> members) {
        Map<UUID, String> names = new HashMap<>();
        if (members.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, name FROM member_record WHERE member_id IN (?1) AND name IS NOT NULL")
                .setParameter(1, members).getResultList();
        rows.forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bind(NativeQuery query, int position, Object value, Class type) {
        query.setParameter(position, value, type);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}
