package cn.dangjian.organisation.health;

import cn.dangjian.organisation.counts.Sql;
import cn.dangjian.organisation.organisation.Formation;
import cn.dangjian.organisation.organisation.Level;
import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.organisation.time.Clocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the health findings table up to date: recomputes the findings of the organisations a change or an event
 * touched (in the same transaction), and of every organisation once a day for the time-based rules. Reads answer
 * from the table, never by computing per request.
 */
@ApplicationScoped
public class HealthService {

    private static final Logger LOG = Logger.getLogger(HealthService.class);

    @Inject
    Sql sql;

    @Inject
    OrganisationSettings settings;

    @Inject
    Clock clock;

    HealthRules rules;

    @PostConstruct
    void init() {
        rules = new HealthRules(settings);
    }

    /** Recomputes the findings of these organisations (unknown or revoked ones have none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Collection<UUID> organisations) {
        LocalDate today = Clocks.today(clock);
        for (UUID id : new LinkedHashSet<>(organisations)) {
            if (id != null) {
                recomputeOne(id, today);
            }
        }
    }

    /** Recomputes these organisations and their parents (whose CHILD_SILENT findings depend on them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeWithParents(Collection<UUID> organisations) {
        LinkedHashSet<UUID> all = new LinkedHashSet<>();
        for (UUID id : organisations) {
            all.add(id);
            UUID parent = sql.one("SELECT parent_id FROM organisation WHERE id = ?", rs -> rs.getObject(1, UUID.class), id);
            if (parent != null) {
                all.add(parent);
            }
        }
        recompute(all);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID organisation) {
        sql.update("DELETE FROM health_finding WHERE organisation_id = ?", organisation);
    }

    /** Every live organisation, in batches of their own transactions: the daily run of the time-based rules. */
    public int recomputeAll() {
        int done = 0;
        String after = "";
        while (true) {
            final String from = after;
            List<String> batch = QuarkusTransaction.requiringNew().call(() -> sql.list(
                    "SELECT path FROM organisation WHERE revoked_on IS NULL AND path COLLATE \"C\" > ? ORDER BY path COLLATE \"C\" LIMIT 500",
                    rs -> rs.getString(1), from));
            if (batch.isEmpty()) {
                break;
            }
            List<UUID> ids = batch.stream().map(HealthService::lastId).toList();
            QuarkusTransaction.requiringNew().run(() -> recompute(ids));
            done += ids.size();
            after = batch.get(batch.size() - 1);
        }
        LOG.infof("Health findings recomputed for %d organisations", done);
        return done;
    }

    private static UUID lastId(String path) {
        String[] parts = path.substring(1, path.length() - 1).split("/");
        return UUID.fromString(parts[parts.length - 1]);
    }

    void recomputeOne(UUID id, LocalDate today) {
        OrganisationFacts facts = facts(id);
        sql.update("DELETE FROM health_finding WHERE organisation_id = ?", id);
        if (facts == null) {
            return;
        }
        String path = sql.one("SELECT path FROM organisation WHERE id = ?", rs -> rs.getString(1), id);
        Instant now = Instant.now(clock);
        for (Finding finding : rules.evaluate(facts, today)) {
            sql.update("INSERT INTO health_finding (organisation_id, rule, subject_id, path, severity, message, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT DO NOTHING",
                    id, finding.rule().name(), finding.subjectId(), path, finding.severity().name(), truncate(finding.message()), now);
        }
    }

    /** Reads what the rules need of one live organisation, or null when it is unknown or revoked. */
    OrganisationFacts facts(UUID id) {
        return sql.one("""
                SELECT o.id, o.name, o.level, o.formation, coalesce(o.founded_on, (o.created_at AT TIME ZONE 'Asia/Shanghai')::date),
                       coalesce(m.full_members, 0), coalesce(m.probationary, 0),
                       (SELECT count(*) FROM committee_seat s WHERE s.organisation_id = o.id),
                       c.term_ends_on, c.secretary_vacant_since,
                       (SELECT count(*) FROM unit u WHERE u.covering_organisation_id = o.id),
                       (SELECT (max(a.ended_at) AT TIME ZONE 'Asia/Shanghai')::date FROM activity_record a
                          WHERE a.organisation_id = o.id AND NOT a.cancelled AND a.ended_at IS NOT NULL),
                       (SELECT k.behind FROM organisation_compliance k WHERE k.organisation_id = o.id AND k.behind_count > 0
                          ORDER BY k.year DESC LIMIT 1)
                FROM organisation o
                LEFT JOIN organisation_member_count m ON m.organisation_id = o.id
                LEFT JOIN committee c ON c.organisation_id = o.id
                WHERE o.id = ? AND o.revoked_on IS NULL""", rs -> new OrganisationFacts(
                rs.getObject(1, UUID.class), rs.getString(2), Level.valueOf(rs.getString(3)), Formation.valueOf(rs.getString(4)),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), date(rs, 9), date(rs, 10), rs.getInt(11), date(rs, 12), date(rs, 5),
                behind(rs.getString(13)), children(id)), id);
    }

    private List<OrganisationFacts.ChildActivity> children(UUID parent) {
        return sql.list("""
                SELECT o.id, o.name, o.level, coalesce(o.founded_on, (o.created_at AT TIME ZONE 'Asia/Shanghai')::date),
                       (SELECT (max(a.ended_at) AT TIME ZONE 'Asia/Shanghai')::date FROM activity_record a
                          WHERE a.organisation_id = o.id AND NOT a.cancelled AND a.ended_at IS NOT NULL)
                FROM organisation o WHERE o.parent_id = ? AND o.revoked_on IS NULL""",
                rs -> new OrganisationFacts.ChildActivity(rs.getObject(1, UUID.class), rs.getString(2), Level.valueOf(rs.getString(3)),
                        date(rs, 5), date(rs, 4)), parent);
    }

    private static List<String> behind(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(", "));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static String truncate(String message) {
        return message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }
}
