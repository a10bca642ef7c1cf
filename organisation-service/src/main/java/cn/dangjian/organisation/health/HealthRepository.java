package cn.dangjian.organisation.health;

import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The health findings' SQL (health_finding) and the facts the rules read (organisation, member counts, committee,
 * units, activity records): native through the EntityManager, in the caller's transaction.
 */
@ApplicationScoped
public class HealthRepository {

    private static final String COLUMNS = "f.organisation_id, o.name, f.rule, f.severity, f.message, f.subject_id";

    @Inject
    EntityManager em;

    /** What the rules need of one live organisation, or null when it is unknown or revoked. */
    public OrganisationFacts facts(UUID id) {
        List<?> rows = em.createNativeQuery("""
                SELECT o.id, o.name, o.level, o.formation, coalesce(o.founded_on, CAST(o.created_at AT TIME ZONE 'Asia/Shanghai' AS date)),
                       coalesce(m.full_members, 0), coalesce(m.probationary, 0),
                       (SELECT count(*) FROM committee_seat s WHERE s.organisation_id = o.id),
                       c.term_ends_on, c.secretary_vacant_since,
                       (SELECT count(*) FROM unit u WHERE u.covering_organisation_id = o.id),
                       (SELECT CAST(max(a.ended_at) AT TIME ZONE 'Asia/Shanghai' AS date) FROM activity_record a
                          WHERE a.organisation_id = o.id AND NOT a.cancelled AND a.ended_at IS NOT NULL),
                       (SELECT k.behind FROM organisation_compliance k WHERE k.organisation_id = o.id AND k.behind_count > 0
                          ORDER BY k.year DESC LIMIT 1)
                FROM organisation o
                LEFT JOIN organisation_member_count m ON m.organisation_id = o.id
                LEFT JOIN committee c ON c.organisation_id = o.id
                WHERE o.id = ?1 AND o.revoked_on IS NULL""").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new OrganisationFacts((UUID) r[0], (String) r[1], Level.valueOf((String) r[2]), Formation.valueOf((String) r[3]),
                number(r[5]), number(r[6]), number(r[7]), date(r[8]), date(r[9]), number(r[10]), date(r[11]), date(r[4]),
                behind((String) r[12]), children(id));
    }

    private List<OrganisationFacts.ChildActivity> children(UUID parent) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.id, o.name, o.level, coalesce(o.founded_on, CAST(o.created_at AT TIME ZONE 'Asia/Shanghai' AS date)),
                       (SELECT CAST(max(a.ended_at) AT TIME ZONE 'Asia/Shanghai' AS date) FROM activity_record a
                          WHERE a.organisation_id = o.id AND NOT a.cancelled AND a.ended_at IS NOT NULL)
                FROM organisation o WHERE o.parent_id = ?1 AND o.revoked_on IS NULL""").setParameter(1, parent).getResultList();
        return rows.stream().map(r -> new OrganisationFacts.ChildActivity((UUID) r[0], (String) r[1], Level.valueOf((String) r[2]),
                date(r[4]), date(r[3]))).toList();
    }

    /** The organisation's parent, or null for a root or an unknown organisation. */
    public UUID parentOf(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT parent_id FROM organisation WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : (UUID) rows.get(0);
    }

    /** Replaces the organisation's findings (none when {@code path} is null: unknown or revoked). */
    public void replace(UUID organisation, String path, List<Finding> findings, Instant computedAt) {
        forget(organisation);
        for (Finding finding : findings) {
            em.createNativeQuery("""
                    INSERT INTO health_finding (organisation_id, rule, subject_id, path, severity, message, computed_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING""")
                    .setParameter(1, organisation).setParameter(2, finding.rule().name()).setParameter(3, finding.subjectId())
                    .setParameter(4, path).setParameter(5, finding.severity().name()).setParameter(6, truncate(finding.message()))
                    .setParameter(7, computedAt).executeUpdate();
        }
    }

    public String pathOf(UUID organisation) {
        List<?> rows = em.createNativeQuery("SELECT path FROM organisation WHERE id = ?1").setParameter(1, organisation).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    public void forget(UUID organisation) {
        em.createNativeQuery("DELETE FROM health_finding WHERE organisation_id = ?1").setParameter(1, organisation).executeUpdate();
    }

    /** The next {@code limit} live organisations' paths after {@code after}, in path order: batches of the daily run. */
    @SuppressWarnings("unchecked")
    public List<String> livePathsAfter(String after, int limit) {
        return em.createNativeQuery("""
                SELECT path FROM organisation WHERE revoked_on IS NULL AND path COLLATE "C" > ?1 ORDER BY path COLLATE "C" LIMIT ?2""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
    }

    /** A moved subtree's findings follow it: paths rewritten by prefix. */
    public void rewritePaths(String oldPrefix, String newPrefix) {
        em.createNativeQuery("UPDATE health_finding SET path = ?1 || substr(path, ?2) WHERE path LIKE ?3")
                .setParameter(1, newPrefix).setParameter(2, oldPrefix.length() + 1).setParameter(3, oldPrefix + "%").executeUpdate();
    }

    /** One organisation's findings, by rule. */
    public List<FindingView> findingsOf(UUID organisation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM health_finding f JOIN organisation o ON o.id = f.organisation_id"
                + " WHERE f.organisation_id = ?1 ORDER BY f.rule, f.subject_id").setParameter(1, organisation).getResultList();
        return rows.stream().map(HealthRepository::view).toList();
    }

    /** The number of findings under a subtree (path prefix), of one severity and rule when given. */
    public long count(String pathPrefix, Severity severity, RuleCode rule) {
        Query query = em.createNativeQuery("SELECT count(*) FROM health_finding f" + where(severity, rule));
        bind(query, pathPrefix, severity, rule);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** A page of the findings under a subtree, in tree order. */
    public List<FindingView> page(String pathPrefix, Severity severity, RuleCode rule, PageRequest page) {
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM (SELECT * FROM health_finding f" + where(severity, rule)
                + " ORDER BY f.path, f.rule, f.subject_id LIMIT :limit OFFSET :offset) f JOIN organisation o ON o.id = f.organisation_id"
                + " ORDER BY f.path, f.rule, f.subject_id");
        bind(query, pathPrefix, severity, rule);
        query.setParameter("limit", page.size()).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(HealthRepository::view).toList();
    }

    private static String where(Severity severity, RuleCode rule) {
        return " WHERE f.path LIKE :prefix" + (severity == null ? "" : " AND f.severity = :severity") + (rule == null ? "" : " AND f.rule = :rule");
    }

    private static void bind(Query query, String pathPrefix, Severity severity, RuleCode rule) {
        query.setParameter("prefix", pathPrefix + "%");
        if (severity != null) {
            query.setParameter("severity", severity.name());
        }
        if (rule != null) {
            query.setParameter("rule", rule.name());
        }
    }

    private static FindingView view(Object[] r) {
        return new FindingView((UUID) r[0], (String) r[1], RuleCode.valueOf((String) r[2]), Severity.valueOf((String) r[3]), (String) r[4],
                (UUID) r[5]);
    }

    private static List<String> behind(String text) {
        return text == null || text.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(text.split(", ")));
    }

    /** A date column: java.time from Hibernate 7's native queries, java.sql.Date should a driver hand one. */
    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static String truncate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
