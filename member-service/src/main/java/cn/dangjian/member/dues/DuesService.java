package cn.dangjian.member.dues;

import cn.dangjian.member.dues.DuesViews.DeclarationView;
import cn.dangjian.member.dues.DuesViews.DuesView;
import cn.dangjian.member.dues.DuesViews.MonthLine;
import cn.dangjian.member.dues.DuesViews.ReceiptView;
import cn.dangjian.member.dues.DuesViews.ReductionView;
import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.MemberAccess;
import cn.dangjian.member.member.MemberRepository;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Party dues (党费) of one member: declaring income, paying whole months, reductions with a second person's approval,
 * and reading it all. Declarations and reductions may come from the member (own) or from platform-admin and org-admin in
 * scope (a member's own declaration into a 0.20-yuan category waits for an org-admin's approval); payments are recorded
 * by the organisation that collects them, never by the member. "Paid up to" is set at registration and moved only by
 * payments.
 */
@ApplicationScoped
@Transactional
public class DuesService {

    private static final Logger LOG = Logger.getLogger(DuesService.class);
    private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    MemberAccess access;

    @Inject
    MemberRepository members;

    @Inject
    DuesRepository repository;

    @Inject
    DuesEvents events;

    @Inject
    DuesSettings settings;

    @Inject
    Caller caller;

    @Inject
    Today today;

    public DeclarationView declare(UUID memberId, DeclarationRequest request) {
        Long incomeFen = null;
        long amountFen;
        if (request.category().onIncome()) {
            incomeFen = amount("monthlyIncome", request.monthlyIncome());
            absent("declaredAmount", request.declaredAmount(), "is declared by farmers only");
            amountFen = DuesCalculator.monthlyAmount(request.category(), incomeFen, null);
        } else if (request.category() == DuesCategory.FARMER) {
            absent("monthlyIncome", request.monthlyIncome(), "is not declared by farmers: they declare the amount");
            amountFen = amount("declaredAmount", request.declaredAmount());
            DuesCalculator.farmerAmount(amountFen).ifPresent(message -> {
                throw new InvalidInputException("declaredAmount", message);
            });
        } else {
            absent("monthlyIncome", request.monthlyIncome(), "is not declared in category " + request.category());
            absent("declaredAmount", request.declaredAmount(), "is not declared in category " + request.category());
            amountFen = DuesCalculator.monthlyAmount(request.category(), null, null);
        }
        Member member = ownOrManaged(memberId);
        requireInParty(member);
        YearMonth admitted = YearMonth.from(member.admittedOn);
        if (request.effectiveFrom().isBefore(admitted)) {
            throw new InvalidInputException("effectiveFrom", "must not be before the month of admission, " + admitted);
        }
        boolean ownRecord = own(member);
        boolean manages = caller.mayManage(access.pathOf(member));
        DuesDeclaration declaration = new DuesDeclaration();
        declaration.id = UUID.randomUUID();
        declaration.memberId = member.id;
        declaration.category = request.category();
        declaration.monthlyIncomeFen = incomeFen;
        declaration.monthlyAmountFen = amountFen;
        declaration.effectiveFrom = DuesMonths.column(request.effectiveFrom());
        declaration.declaredBy = caller.subject();
        declaration.declaredBySub = caller.sub().orElse(null);
        declaration.declaredAt = today.now();
        if (DuesPolicies.needsApproval(request.category(), amountFen, manages, ownRecord)) {
            declaration.state = DeclarationState.PENDING;
        } else {
            declaration.state = DeclarationState.ACCEPTED;
            if (DuesPolicies.lowDeclaration(request.category(), amountFen)) {
                // an org-admin in scope declaring for someone else: declaring is the approval, recorded as such
                decided(declaration, declaration.declaredAt);
            }
        }
        repository.persist(declaration);
        // "paid up to" is not touched: it was set at registration and only payments move it
        if (declaration.state == DeclarationState.ACCEPTED) {
            events.declared(member, declaration);
        }
        LOG.infof("Member %s: dues declaration %s (%s) from %s, %s", member.id, declaration.id, declaration.category,
                request.effectiveFrom(), declaration.state);
        return DeclarationView.of(declaration, true);
    }

    /**
     * Approves or rejects a pending declaration (into a 0.20-yuan category): platform-admin or org-admin in scope, never
     * on their own record. Approved, it counts from its month on and is announced; rejected, it never counts.
     */
    public DeclarationView decideDeclaration(UUID memberId, UUID declarationId, boolean approve) {
        Member member = access.forChange(memberId);
        DuesDeclaration declaration = repository.declarationForDecision(member.id, declarationId)
                .orElseThrow(() -> new ResourceNotFoundException("dues declaration", declarationId));
        if (declaration.state != DeclarationState.PENDING) {
            throw new ConflictException("declaration-decided", "the declaration is " + declaration.state + ": only a pending one is decided");
        }
        // a pending declaration is always the member's own, so this is also "never the declarer"
        Refusal.enforce(DuesPolicies.notOwnRecord(member.sub, caller.sub().orElse(null), "approves or rejects a dues declaration"));
        declaration.state = approve ? DeclarationState.ACCEPTED : DeclarationState.REJECTED;
        decided(declaration, today.now());
        if (approve) {
            events.declared(member, declaration);
        }
        LOG.infof("Member %s: dues declaration %s %s", member.id, declaration.id, declaration.state);
        return DeclarationView.of(declaration, true);
    }

    private void decided(DuesDeclaration declaration, Instant at) {
        declaration.decidedBy = caller.subject();
        declaration.decidedBySub = caller.sub().orElse(null);
        declaration.decidedAt = at;
    }

    public ReceiptView pay(UUID memberId, PaymentRequest request) {
        LocalDate paidOn = request.paidOn() != null ? request.paidOn() : today.date();
        if (paidOn.isAfter(today.date())) {
            throw new InvalidInputException("paidOn", "must not be in the future");
        }
        Long statedFen = request.amount() == null ? null : amount("amount", request.amount());
        String backPaymentReason = request.backPaymentReason() == null || request.backPaymentReason().isBlank() ? null : request.backPaymentReason().trim();
        Member member = access.forChange(memberId);
        requireInParty(member);
        // the collector is someone other than the member: nobody writes a receipt for their own dues
        Refusal.enforce(DuesPolicies.notOwnRecord(member.sub, caller.sub().orElse(null), "records a dues payment"));
        YearMonth paidUpTo = DuesMonths.paidUpTo(member.duesPaidUpTo, member.admittedOn);
        Refusal.enforce(DuesPolicies.notYetPaid(paidUpTo, request.throughMonth()));
        YearMonth from = paidUpTo.plusMonths(1);
        YearMonth current = YearMonth.from(today.date());
        // the payment window is a rule, but the body asks for months it does not allow: a 422 naming throughMonth
        Refusal.first(DuesPolicies.payingAhead(request.throughMonth(), current, settings.maxMonthsAhead()),
                        DuesPolicies.payingBehind(from, current, settings.maxMonthsBehind(), backPaymentReason != null))
                .ifPresent(refusal -> {
                    throw new InconsistentInputException(refusal.slug(), "throughMonth", refusal.detail());
                });
        if (backPaymentReason != null && !from.isBefore(current.minusMonths(settings.maxMonthsBehind()))) {
            throw new InvalidInputException("backPaymentReason", "only for a back payment of months more than " + settings.maxMonthsBehind()
                    + " before " + current + "; this payment starts with " + from);
        }
        DuesRepository.MonthlyAmounts amounts = repository.amounts(member.id);
        DuesPayment payment = new DuesPayment();
        payment.id = UUID.randomUUID();
        List<DuesPaymentMonth> lines = new ArrayList<>();
        long total = 0;
        for (YearMonth month = from; !month.isAfter(request.throughMonth()); month = month.plusMonths(1)) {
            YearMonth m = month;
            long due = amounts.of(month).orElseThrow(() -> new ConflictException("no-declaration",
                    "no income declaration is in effect in " + m + "; declare first"));
            DuesPaymentMonth line = new DuesPaymentMonth();
            line.key = new DuesPaymentMonth.Key(member.id, DuesMonths.column(month));
            line.paymentId = payment.id;
            line.amountFen = due;
            lines.add(line);
            total += due;
        }
        if (statedFen != null && statedFen != total) {
            throw new InconsistentInputException("amount-mismatch", "amount", "the amount due for " + from + " to "
                    + request.throughMonth() + " is " + Fen.format(total));
        }
        payment.receiptNumber = "DJ-" + paidOn.format(RECEIPT_DAY) + "-" + payment.id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        payment.memberId = member.id;
        payment.organisationId = member.organisationId;
        payment.fromMonth = DuesMonths.column(from);
        payment.throughMonth = DuesMonths.column(request.throughMonth());
        payment.months = lines.size();
        payment.amountFen = total;
        payment.paidOn = paidOn;
        payment.receivedBy = caller.subject();
        payment.receivedBySub = caller.sub().orElse(null);
        payment.recordedAt = today.now();
        payment.backPaymentReason = backPaymentReason;
        repository.persist(payment);
        lines.forEach(repository::persist);
        member.duesPaidUpTo = payment.throughMonth;
        events.paid(member, payment);
        LOG.infof("Member %s: dues paid %s to %s (%d months), receipt %s", member.id, from, request.throughMonth(), payment.months, payment.receiptNumber);
        return receipt(member, payment, lines);
    }

    public ReductionView requestReduction(UUID memberId, ReductionRequest request) {
        long amountFen = amount("monthlyAmount", request.monthlyAmount());
        if (request.throughMonth().isBefore(request.fromMonth())) {
            throw new InvalidInputException("throughMonth", "must not be before fromMonth");
        }
        Member member = ownOrManaged(memberId);
        requireInParty(member);
        DuesReduction reduction = new DuesReduction();
        reduction.id = UUID.randomUUID();
        reduction.memberId = member.id;
        reduction.monthlyAmountFen = amountFen;
        reduction.fromMonth = DuesMonths.column(request.fromMonth());
        reduction.throughMonth = DuesMonths.column(request.throughMonth());
        reduction.reason = request.reason().trim();
        reduction.state = ReductionState.REQUESTED;
        reduction.requestedBy = caller.subject();
        reduction.requestedBySub = caller.sub().orElse(null);
        reduction.requestedAt = today.now();
        repository.persist(reduction);
        LOG.infof("Member %s: dues reduction %s requested", member.id, reduction.id);
        return ReductionView.of(reduction);
    }

    /** Approves or rejects a requested reduction: platform-admin or org-admin in scope, never the requester. */
    public ReductionView decideReduction(UUID memberId, UUID reductionId, boolean approve) {
        Member member = access.forChange(memberId);
        DuesReduction reduction = repository.reductionForDecision(member.id, reductionId)
                .orElseThrow(() -> new ResourceNotFoundException("dues reduction", reductionId));
        if (reduction.state != ReductionState.REQUESTED) {
            throw new ConflictException("reduction-decided", "the reduction was already " + reduction.state);
        }
        Refusal.enforce(DuesPolicies.notOwnRecord(member.sub, caller.sub().orElse(null), "decides a dues reduction"));
        Refusal.enforce(DuesPolicies.fourEyes(reduction.requestedBySub, caller.sub().orElse(null)));
        reduction.state = approve ? ReductionState.APPROVED : ReductionState.REJECTED;
        reduction.decidedBy = caller.subject();
        reduction.decidedBySub = caller.sub().orElse(null);
        reduction.decidedAt = today.now();
        LOG.infof("Member %s: dues reduction %s %s", member.id, reduction.id, reduction.state);
        return ReductionView.of(reduction);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DuesView read(UUID memberId) {
        Member member = access.forRead(memberId);
        boolean showIncome = maySeeIncome(member);
        YearMonth current = YearMonth.from(today.date());
        DuesRepository.MonthlyAmounts amounts = repository.amounts(member.id);
        YearMonth paidUpTo = DuesMonths.of(member.duesPaidUpTo);
        long arrears = DuesMonths.inArrears(DuesMonths.paidUpTo(member.duesPaidUpTo, member.admittedOn), current);
        return new DuesView(member.id, paidUpTo, current, amounts.of(current).map(Fen::format).orElse(null), arrears,
                repository.declarations(member.id).stream().map(d -> DeclarationView.of(d, showIncome)).toList(),
                repository.reductions(member.id).stream().map(ReductionView::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeclarationView declaration(UUID memberId, UUID declarationId) {
        Member member = access.forRead(memberId);
        return repository.declaration(member.id, declarationId).map(d -> DeclarationView.of(d, maySeeIncome(member)))
                .orElseThrow(() -> new ResourceNotFoundException("dues declaration", declarationId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReductionView reduction(UUID memberId, UUID reductionId) {
        Member member = access.forRead(memberId);
        return repository.reduction(member.id, reductionId).map(ReductionView::of)
                .orElseThrow(() -> new ResourceNotFoundException("dues reduction", reductionId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ReceiptView> payments(UUID memberId, PageRequest page) {
        Member member = access.forRead(memberId);
        List<ReceiptView> items = repository.payments(member.id, page.offset(), page.size()).stream()
                .map(p -> receipt(member, p, repository.monthsOf(p.id))).toList();
        return new PageResponse<>(items, page.page(), page.size(), repository.countPayments(member.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReceiptView receipt(UUID memberId, UUID paymentId) {
        Member member = access.forRead(memberId);
        DuesPayment payment = repository.payment(member.id, paymentId)
                .orElseThrow(() -> new ResourceNotFoundException("dues payment", paymentId));
        return receipt(member, payment, repository.monthsOf(payment.id));
    }

    private static ReceiptView receipt(Member member, DuesPayment p, List<DuesPaymentMonth> lines) {
        return new ReceiptView(p.id, p.receiptNumber, p.memberId, member.name, p.organisationId, DuesMonths.of(p.fromMonth),
                DuesMonths.of(p.throughMonth), p.months, Fen.format(p.amountFen),
                lines.stream().map(l -> new MonthLine(DuesMonths.of(l.key.month()), Fen.format(l.amountFen))).toList(),
                p.paidOn, p.receivedBy, p.recordedAt, p.backPaymentReason);
    }

    /** The member themself, or platform-admin and org-admin in scope; locked against concurrent changes. */
    private Member ownOrManaged(UUID memberId) {
        Member member = members.findByIdOptional(memberId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("member", memberId));
        if (!own(member) && !caller.mayManage(access.pathOf(member))) {
            throw new AccessDeniedException("member " + memberId + " is outside your scope");
        }
        return member;
    }

    /** Declared income is personal: the member, platform-admin and org-admin in scope see it, auditors and integration do not. */
    private boolean maySeeIncome(Member member) {
        return own(member) || caller.mayManage(access.pathOf(member));
    }

    private boolean own(Member member) {
        return member.sub != null && caller.sub().filter(member.sub::equals).isPresent();
    }

    private static void requireInParty(Member member) {
        if (member.standing.ends()) {
            throw new ConflictException("membership-ended", "the member's standing is " + member.standing + ": no dues are kept");
        }
    }

    private static long amount(String field, String value) {
        try {
            return Fen.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static void absent(String field, String value, String message) {
        if (value != null) {
            throw new InvalidInputException(field, message);
        }
    }

}
