package cn.dangjian.member.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of a member's declarations, reductions and payments. */
@ApplicationScoped
public class DuesRepository {

    private static final String TOOK_EFFECT = "order by effectiveFrom, coalesce(decidedAt, declaredAt), declaredAt";

    @Inject
    EntityManager em;

    /** Oldest first; for one month the later declaration wins. */
    public List<DuesDeclaration> declarations(UUID memberId) {
        return em.createQuery("from DuesDeclaration where memberId = :m order by effectiveFrom, declaredAt", DuesDeclaration.class)
                .setParameter("m", memberId).getResultList();
    }

    public List<DuesReduction> reductions(UUID memberId) {
        return em.createQuery("from DuesReduction where memberId = :m order by requestedAt", DuesReduction.class)
                .setParameter("m", memberId).getResultList();
    }

    /** For a decision: locked, so two approvers cannot both decide it. */
    public Optional<DuesReduction> reductionForDecision(UUID memberId, UUID id) {
        DuesReduction r = em.find(DuesReduction.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return r != null && r.memberId.equals(memberId) ? Optional.of(r) : Optional.empty();
    }

    public Optional<DuesReduction> reduction(UUID memberId, UUID id) {
        DuesReduction r = em.find(DuesReduction.class, id);
        return r != null && r.memberId.equals(memberId) ? Optional.of(r) : Optional.empty();
    }

    public Optional<DuesDeclaration> declaration(UUID memberId, UUID id) {
        DuesDeclaration d = em.find(DuesDeclaration.class, id);
        return d != null && d.memberId.equals(memberId) ? Optional.of(d) : Optional.empty();
    }

    /** For a decision: locked, so two approvers cannot both decide it. */
    public Optional<DuesDeclaration> declarationForDecision(UUID memberId, UUID id) {
        DuesDeclaration d = em.find(DuesDeclaration.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return d != null && d.memberId.equals(memberId) ? Optional.of(d) : Optional.empty();
    }

    /**
     * The declarations that decide amounts: accepted ones, in the order they took effect (for one month the later one
     * wins; an approved one took effect when it was approved).
     */
    private List<DuesDeclaration> accepted(UUID memberId) {
        return em.createQuery("from DuesDeclaration where memberId = :m and state = :accepted " + TOOK_EFFECT, DuesDeclaration.class)
                .setParameter("m", memberId).setParameter("accepted", DeclarationState.ACCEPTED).getResultList();
    }

    public List<DuesPayment> payments(UUID memberId, int offset, int size) {
        return em.createQuery("from DuesPayment where memberId = :m order by fromMonth desc", DuesPayment.class)
                .setParameter("m", memberId).setFirstResult(offset).setMaxResults(size).getResultList();
    }

    public long countPayments(UUID memberId) {
        return em.createQuery("select count(p) from DuesPayment p where p.memberId = :m", Long.class).setParameter("m", memberId).getSingleResult();
    }

    public Optional<DuesPayment> payment(UUID memberId, UUID id) {
        DuesPayment p = em.find(DuesPayment.class, id);
        return p != null && p.memberId.equals(memberId) ? Optional.of(p) : Optional.empty();
    }

    public List<DuesPaymentMonth> monthsOf(UUID paymentId) {
        return em.createQuery("from DuesPaymentMonth where paymentId = :p order by key.month", DuesPaymentMonth.class)
                .setParameter("p", paymentId).getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /**
     * The amounts due for one member, month by month: an approved reduction covering the month, else the latest
     * accepted declaration in effect in it (a pending one does not count yet), else none.
     */
    public MonthlyAmounts amounts(UUID memberId) {
        return new MonthlyAmounts(accepted(memberId),
                reductions(memberId).stream().filter(r -> r.state == ReductionState.APPROVED).toList());
    }

    /** The amounts due of the members of one page (at most 200), in two queries instead of two per member. */
    public java.util.Map<UUID, MonthlyAmounts> amounts(java.util.Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, List<DuesDeclaration>> declarations = em.createQuery(
                        "from DuesDeclaration where memberId in :m and state = :accepted " + TOOK_EFFECT, DuesDeclaration.class)
                .setParameter("m", memberIds).setParameter("accepted", DeclarationState.ACCEPTED).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.memberId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        java.util.Map<UUID, List<DuesReduction>> reductions = em.createQuery(
                        "from DuesReduction where memberId in :m and state = :approved order by requestedAt", DuesReduction.class)
                .setParameter("m", memberIds).setParameter("approved", ReductionState.APPROVED).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.memberId));
        java.util.Map<UUID, MonthlyAmounts> amounts = new java.util.HashMap<>();
        for (UUID id : memberIds) {
            amounts.put(id, new MonthlyAmounts(declarations.getOrDefault(id, List.of()), reductions.getOrDefault(id, List.of())));
        }
        return amounts;
    }

    /** What each month is due, from a member's declarations and approved reductions (loaded once). */
    public record MonthlyAmounts(List<DuesDeclaration> declarations, List<DuesReduction> approvedReductions) {

        public Optional<Long> of(YearMonth month) {
            LocalDate day = DuesMonths.column(month);
            Optional<DuesReduction> reduction = approvedReductions.stream()
                    .filter(r -> !day.isBefore(r.fromMonth) && !day.isAfter(r.throughMonth))
                    .reduce((a, b) -> b.decidedAt.isAfter(a.decidedAt) ? b : a);
            if (reduction.isPresent()) {
                return Optional.of(reduction.get().monthlyAmountFen);
            }
            DuesDeclaration inEffect = null;
            for (DuesDeclaration d : declarations) {
                if (!d.effectiveFrom.isAfter(day)) {
                    inEffect = d;
                }
            }
            return inEffect == null ? Optional.empty() : Optional.of(inEffect.monthlyAmountFen);
        }
    }
}
