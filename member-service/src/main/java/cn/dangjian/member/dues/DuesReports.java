package cn.dangjian.member.dues;

import cn.dangjian.member.directory.ReportScope;
import cn.dangjian.member.dues.DuesViews.ArrearsView;
import cn.dangjian.member.dues.DuesViews.PendingDeclarationView;
import cn.dangjian.member.dues.DuesViews.ReturnLine;
import cn.dangjian.member.dues.DuesViews.ReturnsReport;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.directory.OrganisationDirectory;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Dues across a subtree: members in arrears (欠缴党费) and dues returned to non-public enterprises (党费返还). */
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
    ReportScope scope;

    @Inject
    OrganisationDirectory directory;

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

    /** Members of the subtree with months before the current month unpaid, those longest in arrears first. */
    public PageResponse<ArrearsView> arrears(UUID organisationId, PageRequest page) {
        ReportScope.Subtree subtree = scope.of(organisationId);
        if (subtree.empty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        YearMonth current = YearMonth.from(today.date());
        // paid up to a month before last month; without a record, owing since admission (paid up to the month before it)
        String where = """
                FROM member m JOIN organisation_directory d ON d.id = m.organisation_id
                WHERE d.path LIKE :subtree AND %s
                  AND COALESCE(m.dues_paid_up_to, CAST(date_trunc('month', m.admitted_on) - INTERVAL '1 month' AS date)) < :lastMonth
                """.formatted(OWING);
        Date lastMonth = Date.valueOf(DuesMonths.column(current.minusMonths(1)));
        long total = ((Number) em.createNativeQuery("SELECT count(*) " + where)
                .setParameter("subtree", subtree.likePattern()).setParameter("lastMonth", lastMonth).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.name, m.organisation_id, m.dues_paid_up_to, m.admitted_on " + where
                        + " ORDER BY COALESCE(m.dues_paid_up_to, CAST(date_trunc('month', m.admitted_on) - INTERVAL '1 month' AS date)), m.name, m.id")
                .setParameter("subtree", subtree.likePattern()).setParameter("lastMonth", lastMonth)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        java.util.Map<UUID, DuesRepository.MonthlyAmounts> amountsByMember = repository.amounts(rows.stream().map(row -> (UUID) row[0]).toList());
        List<ArrearsView> items = new ArrayList<>();
        for (Object[] row : rows) {
            UUID memberId = (UUID) row[0];
            YearMonth paidUpTo = DuesMonths.paidUpTo(localDate(row[3]), localDate(row[4]));
            YearMonth from = paidUpTo.plusMonths(1);
            YearMonth through = current.minusMonths(1);
            DuesRepository.MonthlyAmounts amounts = amountsByMember.get(memberId);
            Long owed = 0L;
            for (YearMonth m = from; !m.isAfter(through) && owed != null; m = m.plusMonths(1)) {
                Long due = amounts.of(m).orElse(null);
                owed = due == null ? null : owed + due;
            }
            items.add(new ArrearsView(memberId, (String) row[1], (UUID) row[2], paidUpTo, DuesMonths.inArrears(paidUpTo, current),
                    owed == null ? null : Fen.format(owed)));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Declarations into a 0.20-yuan category waiting for an org-admin's approval, of the members of a subtree, oldest
     * first: what an org-admin works through. {@code under}: that organisation and everything below it (its own 400 when
     * unknown); without it the caller's own subtree, or everywhere for platform-admin and auditors.
     */
    public PageResponse<PendingDeclarationView> pendingDeclarations(UUID under, PageRequest page) {
        if (under != null && directory.find(under).isEmpty()) {
            throw new InvalidInputException("under", "unknown organisation " + under);
        }
        ReportScope.Subtree subtree = scope.of(under);
        if (subtree.empty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        String from = """
                FROM dues_declaration dd JOIN member m ON m.id = dd.member_id JOIN organisation_directory d ON d.id = m.organisation_id
                WHERE d.path LIKE :subtree AND dd.state = 'PENDING'
                """;
        long total = ((Number) em.createNativeQuery("SELECT count(*) " + from)
                .setParameter("subtree", subtree.likePattern()).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT dd.id, m.name, m.organisation_id " + from + " ORDER BY dd.declared_at, dd.id")
                .setParameter("subtree", subtree.likePattern())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<PendingDeclarationView> items = new ArrayList<>();
        for (Object[] row : rows) {
            DuesDeclaration d = em.find(DuesDeclaration.class, row[0]);
            items.add(new PendingDeclarationView(d.id, d.memberId, (String) row[1], (UUID) row[2], d.category, Fen.format(d.monthlyAmountFen),
                    DuesMonths.of(d.effectiveFrom), d.declaredBy, d.declaredAt));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /**
     * Dues returned for a period: for each organisation of a non-public enterprise in the subtree, the dues it collected
     * (payments recorded on a day of the period), the share remitted upward and the share returned to it.
     */
    public ReturnsReport returns(UUID organisationId, String period) {
        ReportPeriod range;
        try {
            range = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", e.getMessage());
        }
        ReportScope.Subtree subtree = scope.of(organisationId);
        BigDecimal share = settings.returnedShare();
        List<ReturnLine> items = new ArrayList<>();
        DuesReturnSplit total = new DuesReturnSplit(0, 0, 0);
        if (!subtree.empty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT d.id, d.code, d.name, COALESCE(SUM(p.amount_fen), 0)
                    FROM organisation_directory d
                    LEFT JOIN dues_payment p ON p.organisation_id = d.id AND p.paid_on >= :from AND p.paid_on < :until
                    WHERE d.path LIKE :subtree AND d.sector = :sector
                    GROUP BY d.id, d.code, d.name ORDER BY d.code, d.id
                    """)
                    .setParameter("from", Date.valueOf(range.from())).setParameter("until", Date.valueOf(range.until()))
                    .setParameter("subtree", subtree.likePattern()).setParameter("sector", RETURNED_SECTOR).getResultList();
            for (Object[] row : rows) {
                DuesReturnSplit split = DuesReturnSplit.of(((Number) row[3]).longValue(), share);
                items.add(ReturnLine.of((UUID) row[0], (String) row[1], (String) row[2], split));
                total = total.plus(split);
            }
        }
        return new ReturnsReport(organisationId, range.label(), range.from(), range.until(), share.toPlainString(),
                BigDecimal.ONE.subtract(share).toPlainString(), items, ReturnLine.of(null, null, null, total));
    }

    private static LocalDate localDate(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof Date sql ? sql.toLocalDate() : (LocalDate) column;
    }
}
