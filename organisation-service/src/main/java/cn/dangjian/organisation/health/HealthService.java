package cn.dangjian.organisation.health;

import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.platform.time.ChinaTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
    HealthRepository findings;

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
        LocalDate today = ChinaTime.today(clock);
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
            UUID parent = findings.parentOf(id);
            if (parent != null) {
                all.add(parent);
            }
        }
        recompute(all);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID organisation) {
        findings.forget(organisation);
    }

    /** Every live organisation, in batches of their own transactions: the daily run of the time-based rules. */
    public int recomputeAll() {
        int done = 0;
        String after = "";
        while (true) {
            final String from = after;
            List<String> batch = QuarkusTransaction.requiringNew().call(() -> findings.livePathsAfter(from, 500));
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
        OrganisationFacts facts = findings.facts(id);
        if (facts == null) {
            findings.forget(id);
            return;
        }
        findings.replace(id, findings.pathOf(id), rules.evaluate(facts, today), Instant.now(clock));
    }
}
