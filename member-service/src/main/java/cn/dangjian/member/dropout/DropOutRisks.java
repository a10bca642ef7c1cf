package cn.dangjian.member.dropout;

import cn.dangjian.member.directory.ListScope;
import cn.dangjian.member.dues.DuesMonths;
import cn.dangjian.member.policy.Today;
import cn.dangjian.member.query.NativeColumns;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Members of a subtree at risk of dropping out (domain.md: 6 consecutive months without organisational life or without
 * dues may count as leaving): listed with each reason, its level and the last date, for the branch to look into. Reads
 * only; nothing here changes a standing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DropOutRisks {

    @Inject
    EntityManager em;

    @Inject
    ListScope scopes;

    @Inject
    DropOutSettings settings;

    @Inject
    Today today;

    void checkThresholds(@Observes StartupEvent start) {
        if (settings.warnMonths() < 1 || settings.flagMonths() < settings.warnMonths()) {
            throw new IllegalStateException("dropout.warn-months must be at least 1 and dropout.flag-months at least as many, were "
                    + settings.warnMonths() + " and " + settings.flagMonths());
        }
    }

    public PageResponse<DropOutRiskView> list(UUID under, UUID organisationId, RiskLevel atLeast, PageRequest page) {
        ListScope.Scope scope = scopes.of(under, organisationId);
        if (scope.empty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        LocalDate day = today.date();
        YearMonth current = YearMonth.from(day);
        int months = atLeast == RiskLevel.FLAG ? settings.flagMonths() : settings.warnMonths();
        // the same edges as DropOutPolicies: since ≤ today − n months ⇔ at least n whole months
        String from = """
                FROM member m
                JOIN organisation_directory d ON d.id = m.organisation_id
                LEFT JOIN (SELECT member_id, MAX(attended_on) AS last_on FROM organisational_life_attendance GROUP BY member_id) l
                       ON l.member_id = m.id
                WHERE %s
                  AND m.standing IN ('NORMAL', 'PROBATION_IN_PARTY')
                  AND (COALESCE(l.last_on, m.admitted_on) <= :lifeCutoff
                       OR COALESCE(m.dues_paid_up_to, CAST(date_trunc('month', m.admitted_on) - INTERVAL '1 month' AS date)) <= :duesCutoff)
                """.formatted(scope.condition("d.path", "m.organisation_id"));
        Date lifeCutoff = Date.valueOf(day.minusMonths(months));
        Date duesCutoff = Date.valueOf(DropOutPolicies.paidUpToReaching(months, current).atDay(1));
        long total = ((Number) scope.bind(em.createNativeQuery("SELECT count(*) " + from)).setParameter("lifeCutoff", lifeCutoff)
                .setParameter("duesCutoff", duesCutoff).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("SELECT m.id, m.name, m.organisation_id, m.admitted_on, m.dues_paid_up_to, l.last_on "
                        + from + " ORDER BY m.name, m.id"))
                .setParameter("lifeCutoff", lifeCutoff)
                .setParameter("duesCutoff", duesCutoff)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<DropOutRiskView> items = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate admittedOn = NativeColumns.localDate(row[3]);
            YearMonth paidUpTo = DuesMonths.paidUpTo(NativeColumns.localDate(row[4]), admittedOn);
            LocalDate lastLife = NativeColumns.localDate(row[5]);
            List<DropOutRiskView.Reason> reasons = new ArrayList<>();
            long withoutLife = DropOutPolicies.monthsWithoutOrganisationalLife(lastLife, admittedOn, day);
            DropOutPolicies.level(withoutLife, settings.warnMonths(), settings.flagMonths())
                    .ifPresent(level -> reasons.add(new DropOutRiskView.Reason(RiskReason.NO_ORGANISATIONAL_LIFE, level, withoutLife, lastLife, null)));
            long withoutDues = DropOutPolicies.monthsWithoutDues(paidUpTo, current);
            DropOutPolicies.level(withoutDues, settings.warnMonths(), settings.flagMonths())
                    .ifPresent(level -> reasons.add(new DropOutRiskView.Reason(RiskReason.NO_DUES, level, withoutDues, null, paidUpTo)));
            RiskLevel level = reasons.stream().anyMatch(r -> r.level() == RiskLevel.FLAG) ? RiskLevel.FLAG : RiskLevel.WARN;
            items.add(new DropOutRiskView(NativeColumns.uuid(row[0]), (String) row[1], NativeColumns.uuid(row[2]), level, reasons));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
