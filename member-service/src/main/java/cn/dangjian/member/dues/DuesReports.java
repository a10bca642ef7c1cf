package cn.dangjian.member.dues;

import cn.dangjian.member.directory.ListScope;
import cn.dangjian.member.dues.DuesViews.ArrearsView;
import cn.dangjian.member.dues.DuesViews.PendingDeclarationView;
import cn.dangjian.member.dues.DuesViews.ReturnLine;
import cn.dangjian.member.dues.DuesViews.ReturnSums;
import cn.dangjian.member.dues.DuesViews.ReturnsReport;
import cn.dangjian.member.policy.Today;
import cn.dangjian.member.query.NativeColumns;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Dues across a subtree: members in arrears (欠缴党费), declarations waiting for approval and dues returned to non-public enterprises (党费返还). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DuesReports {

    /**
     * Standings in which a member owes dues month by month: retained (保留) and suspended (停止党籍) members do not, and
     * the other standings ended the membership. The drop-out risk list takes the same members.
     */
    static final String OWING = "m.standing IN ('NORMAL', 'PROBATION_IN_PARTY')";
    /** The organisations whose dues are (partly) returned: non-public enterprises, by the directory's sector. */
    static final String RETURNED_SECTOR = "NON_PUBLIC_ENTERPRISE";

    @Inject
    EntityManager em;

    @Inject
    ListScope scopes;

    @Inject
    DuesRepository repository;

    @Inject
    DuesSettings settings;

    @Inject
    Today today;

    /** A share outside "most or all" is a configuration mistake: refuse to start rather than report wrong figures. */
    void checkShare(@Observes StartupEvent start) {
        BigDecimal share = settings.returnedShare();
        if (share.compareTo(new BigDecimal("0.5")) < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException("dues.returned-share must be between 0.50 and 1.00, was " + share);
        }
    }

    /** Members in scope with months before the current month unpaid, those longest in arrears first. */
    public PageResponse<ArrearsView> arrears(UUID under, UUID organisationId, PageRequest page) {
        ListScope.Scope scope = scopes.of(under, organisationId);
        if (scope.empty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        YearMonth current = YearMonth.from(today.date());
        // paid up to a month before last month; without a record, owing since admission (paid up to the month before it)
        String where = """
                FROM member m JOIN organisation_directory d ON d.id = m.organisation_id
                WHERE %s AND %s
                  AND COALESCE(m.dues_paid_up_to, CAST(date_trunc('month', m.admitted_on) - INTERVAL '1 month' AS date)) < :lastMonth
                """.formatted(scope.condition("d.path", "m.organisation_id"), OWING);
        Date lastMonth = Date.valueOf(DuesMonths.column(current.minusMonths(1)));
        long total = ((Number) scope.bind(em.createNativeQuery("SELECT count(*) " + where))
                .setParameter("lastMonth", lastMonth).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("SELECT m.id, m.name, m.organisation_id, m.dues_paid_up_to, m.admitted_on " + where
                        + " ORDER BY COALESCE(m.dues_paid_up_to, CAST(date_trunc('month', m.admitted_on) - INTERVAL '1 month' AS date)), m.name, m.id"))
                .setParameter("lastMonth", lastMonth)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<UUID, DuesRepository.MonthlyAmounts> amountsByMember = repository.amounts(rows.stream().map(row -> NativeColumns.uuid(row[0])).toList());
        List<ArrearsView> items = new ArrayList<>();
        for (Object[] row : rows) {
            UUID memberId = NativeColumns.uuid(row[0]);
            YearMonth paidUpTo = DuesMonths.paidUpTo(NativeColumns.localDate(row[3]), NativeColumns.localDate(row[4]));
            YearMonth from = paidUpTo.plusMonths(1);
            YearMonth through = current.minusMonths(1);
            DuesRepository.MonthlyAmounts amounts = amountsByMember.get(memberId);
            Long owed = 0L;
            for (YearMonth m = from; !m.isAfter(through) && owed != null; m = m.plusMonths(1)) {
                Long due = amounts.of(m).orElse(null);
                owed = due == null ? null : owed + due;
            }
            items.add(new ArrearsView(memberId, (String) row[1], NativeColumns.uuid(row[2]), paidUpTo, DuesMonths.inArrears(paidUpTo, current),
                    owed == null ? null : Fen.format(owed)));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Low declarations (DuesPolicies.lowDeclaration) waiting for an org-admin's approval, of the members in scope, oldest
     * first: what an org-admin works through.
     */
    public PageResponse<PendingDeclarationView> pendingDeclarations(UUID under, UUID organisationId, PageRequest page) {
        ListScope.Scope scope = scopes.of(under, organisationId);
        if (scope.empty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        String from = """
                FROM dues_declaration dd JOIN member m ON m.id = dd.member_id JOIN organisation_directory d ON d.id = m.organisation_id
                WHERE %s AND dd.state = 'PENDING'
                """.formatted(scope.condition("d.path", "m.organisation_id"));
        long total = ((Number) scope.bind(em.createNativeQuery("SELECT count(*) " + from)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("SELECT dd.id, m.name, m.organisation_id " + from + " ORDER BY dd.declared_at, dd.id"))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<PendingDeclarationView> items = new ArrayList<>();
        for (Object[] row : rows) {
            DuesDeclaration d = em.find(DuesDeclaration.class, NativeColumns.uuid(row[0]));
            items.add(new PendingDeclarationView(d.id, d.memberId, (String) row[1], NativeColumns.uuid(row[2]), d.category,
                    Fen.format(d.monthlyAmountFen), DuesMonths.of(d.effectiveFrom), d.declaredBy, d.declaredAt));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Dues returned for a period: for each organisation of a non-public enterprise in scope, the dues it collected
     * (payments recorded on a day of the period), the share remitted upward and the share returned to it; a page of
     * those lines, and the sums over all of them. Every line is split on its own (half-up to the fen), so the sums add
     * up the lines: all lines are read (one per enterprise organisation, not per member) and the page is cut from them.
     */
    public ReturnsReport returns(UUID under, UUID organisationId, String period, PageRequest page) {
        ReportPeriod range;
        try {
            range = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
        ListScope.Scope scope = scopes.of(under, organisationId);
        BigDecimal share = settings.returnedShare();
        List<ReturnLine> lines = new ArrayList<>();
        DuesReturnSplit sums = new DuesReturnSplit(0, 0, 0);
        if (!scope.empty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = scope.bind(em.createNativeQuery("""
                    SELECT d.id, d.code, d.name, COALESCE(SUM(p.amount_fen), 0)
                    FROM organisation_directory d
                    LEFT JOIN dues_payment p ON p.organisation_id = d.id AND p.paid_on >= :from AND p.paid_on < :until
                    WHERE %s AND d.sector = :sector
                    GROUP BY d.id, d.code, d.name ORDER BY d.code, d.id
                    """.formatted(scope.condition("d.path", "d.id"))))
                    .setParameter("from", Date.valueOf(range.from())).setParameter("until", Date.valueOf(range.until()))
                    .setParameter("sector", RETURNED_SECTOR).getResultList();
            for (Object[] row : rows) {
                DuesReturnSplit split = DuesReturnSplit.of(((Number) row[3]).longValue(), share);
                lines.add(ReturnLine.of(NativeColumns.uuid(row[0]), (String) row[1], (String) row[2], split));
                sums = sums.plus(split);
            }
        }
        // long: on the last allowed page, offset + size passes Integer.MAX_VALUE
        int from = (int) Math.min((long) page.offset(), lines.size());
        int to = (int) Math.min((long) page.offset() + page.size(), lines.size());
        List<ReturnLine> items = lines.subList(from, to);
        return new ReturnsReport(under, organisationId, range.label(), range.from(), range.until(), share.toPlainString(),
                BigDecimal.ONE.subtract(share).toPlainString(), List.copyOf(items), page.page(), page.size(), lines.size(), ReturnSums.of(sums));
    }
}
