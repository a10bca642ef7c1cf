package cn.dangjian.member.dues;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import cn.dangjian.platform.idempotency.ReplayableAnswer;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the dues endpoints. Amounts are yuan as decimal strings with two places. No ID or phone numbers. */
public final class DuesViews {

    private DuesViews() {
    }

    @Schema(name = "Dues", description = "A member's dues (党费): paid up to which month, the amount due this month, arrears, declarations and reductions")
    public record DuesView(
            UUID memberId,
            @Schema(type = SchemaType.STRING, example = "2026-10", nullable = true, description = "Paid up to this month (YYYY-MM): given at registration "
                    + "(dues kept before the platform) or the month before admission, then moved by payments only") YearMonth paidUpTo,
            @Schema(type = SchemaType.STRING, example = "2026-11", description = "The current month, China time") YearMonth currentMonth,
            @Schema(type = SchemaType.STRING, example = "127.50", nullable = true, description = "Due for the current month; null without a declaration in effect") String monthlyAmount,
            @Schema(description = "Months before the current month not paid (欠缴月数)") long monthsInArrears,
            List<DeclarationView> declarations,
            List<ReductionView> reductions) {
    }

    @Schema(name = "DuesDeclaration", description = "An income declaration (党费基数申报) and the monthly amount it gives; it counts once ACCEPTED")
    public record DeclarationView(
            UUID id, UUID memberId, DuesCategory category,
            @Schema(type = SchemaType.STRING, example = "8500.00", nullable = true,
                    description = "Declared income; shown only to the member and to platform-admin and org-admin in scope (null otherwise, and for categories without income)") String monthlyIncome,
            @Schema(type = SchemaType.STRING, example = "127.50") String monthlyAmount,
            @Schema(type = SchemaType.STRING, example = "2026-12") YearMonth effectiveFrom,
            String declaredBy, Instant declaredAt,
            @Schema(description = "ACCEPTED: counts from effectiveFrom; PENDING: a member's own declaration into a 0.20-yuan category "
                    + "waiting for an org-admin's approval (the previous declaration stays in force); REJECTED: never counts") DeclarationState state,
            @Schema(nullable = true, description = "Who approved or rejected it (0.20-yuan categories; an org-admin declaring for someone else approves by declaring)") String decidedBy,
            @Schema(nullable = true) Instant decidedAt) implements ReplayableAnswer {

        /** A retried declaration is answered without the income: the idempotency store never keeps what a member earns. */
        @Override
        public DeclarationView forReplay() {
            return new DeclarationView(id, memberId, category, null, monthlyAmount, effectiveFrom, declaredBy, declaredAt, state, decidedBy, decidedAt);
        }

        static DeclarationView of(DuesDeclaration d, boolean showIncome) {
            return new DeclarationView(d.id, d.memberId, d.category,
                    showIncome && d.monthlyIncomeFen != null ? Fen.format(d.monthlyIncomeFen) : null,
                    Fen.format(d.monthlyAmountFen), DuesMonths.of(d.effectiveFrom), d.declaredBy, d.declaredAt, d.state, d.decidedBy, d.decidedAt);
        }
    }

    @Schema(name = "DuesPendingDeclaration", description = "A declaration into a 0.20-yuan category waiting for an org-admin's approval (待审批的党费基数申报)")
    public record PendingDeclarationView(UUID id, UUID memberId, String memberName, UUID organisationId, DuesCategory category,
                                         @Schema(type = SchemaType.STRING, example = "0.20") String monthlyAmount,
                                         @Schema(type = SchemaType.STRING, example = "2026-12") YearMonth effectiveFrom,
                                         String declaredBy, Instant declaredAt) {
    }

    @Schema(name = "DuesReduction", description = "A reduction or exemption (党费减免); it counts once APPROVED by someone other than the requester")
    public record ReductionView(
            UUID id, UUID memberId,
            @Schema(type = SchemaType.STRING, example = "0.20") String monthlyAmount,
            @Schema(type = SchemaType.STRING, example = "2026-12") YearMonth fromMonth,
            @Schema(type = SchemaType.STRING, example = "2027-05") YearMonth throughMonth,
            String reason, ReductionState state, String requestedBy, Instant requestedAt,
            @Schema(nullable = true) String decidedBy, @Schema(nullable = true) Instant decidedAt) {

        static ReductionView of(DuesReduction r) {
            return new ReductionView(r.id, r.memberId, Fen.format(r.monthlyAmountFen), DuesMonths.of(r.fromMonth),
                    DuesMonths.of(r.throughMonth), r.reason, r.state, r.requestedBy, r.requestedAt, r.decidedBy, r.decidedAt);
        }
    }

    @Schema(name = "DuesReceipt", description = "A dues payment and its receipt (党费收据), readable by the member in the app")
    public record ReceiptView(
            UUID id, @Schema(example = "DJ-20261130-3F2A9C1E") String receiptNumber, UUID memberId, String memberName,
            @Schema(description = "The organisation that collected it") UUID organisationId,
            @Schema(type = SchemaType.STRING, example = "2026-11") YearMonth fromMonth,
            @Schema(type = SchemaType.STRING, example = "2027-01") YearMonth throughMonth,
            int months,
            @Schema(type = SchemaType.STRING, example = "382.50") String amount,
            List<MonthLine> lines, LocalDate paidOn, String receivedBy, Instant recordedAt,
            @Schema(nullable = true, description = "Why months more than 6 behind were recorded (补交); null for an ordinary payment") String backPaymentReason) {
    }

    @Schema(name = "DuesReceiptLine", description = "One month of a payment and the amount due for it")
    public record MonthLine(@Schema(type = SchemaType.STRING, example = "2026-11") YearMonth month,
                            @Schema(type = SchemaType.STRING, example = "127.50") String amount) {
    }

    @Schema(name = "DuesArrears", description = "A member in arrears (欠缴党费): months before the current month not paid")
    public record ArrearsView(UUID memberId, String name, UUID organisationId,
                              @Schema(type = SchemaType.STRING, example = "2026-06") YearMonth paidUpTo,
                              long monthsInArrears,
                              @Schema(type = SchemaType.STRING, example = "637.50", nullable = true,
                                      description = "Amount of those months; null when a month has no declaration in effect") String amountInArrears) {
    }

    @Schema(name = "DuesReturnsReport", description = "Dues returned (党费返还) to the organisations of non-public enterprises in scope, for a period: "
            + "a page of lines, one per organisation, and the sums over all of them; dues collected = remitted upward + returned, "
            + "exact to the fen, on every line and in the sums")
    public record ReturnsReport(@Schema(nullable = true, description = "The `under` asked for: that organisation and everything below it") UUID under,
                                @Schema(nullable = true, description = "The `organisationId` asked for: that organisation alone") UUID organisationId,
                                @Schema(example = "2026-Q4") String period, LocalDate from, LocalDate until,
                                @Schema(type = SchemaType.STRING, example = "0.90", description = "Share of the dues collected returned to the enterprise's organisation (DUES_RETURNED_SHARE)") String returnedShare,
                                @Schema(type = SchemaType.STRING, example = "0.10", description = "Share remitted upward (上缴): 1 − returnedShare") String remittedShare,
                                @Schema(description = "This page's lines, by organisation code") List<ReturnLine> items,
                                int page, int size,
                                @Schema(description = "How many organisations the report has (every page together)") long total,
                                @Schema(description = "The sums over every line, not only this page's") ReturnSums sums) {
    }

    @Schema(name = "DuesReturnLine", description = "One organisation's dues collected, remitted upward and returned (yuan)")
    public record ReturnLine(UUID organisationId, String code, String name,
                             @Schema(type = SchemaType.STRING, example = "1000.00") String collected,
                             @Schema(type = SchemaType.STRING, example = "100.00") String remittedUpward,
                             @Schema(type = SchemaType.STRING, example = "900.00") String returned) {

        static ReturnLine of(UUID id, String code, String name, DuesReturnSplit split) {
            return new ReturnLine(id, code, name, Fen.format(split.collectedFen()), Fen.format(split.remittedFen()), Fen.format(split.returnedFen()));
        }
    }

    @Schema(name = "DuesReturnSums", description = "The dues collected, remitted upward and returned of every line of the report added up (yuan)")
    public record ReturnSums(@Schema(type = SchemaType.STRING, example = "1000.00") String collected,
                             @Schema(type = SchemaType.STRING, example = "100.00") String remittedUpward,
                             @Schema(type = SchemaType.STRING, example = "900.00") String returned) {

        static ReturnSums of(DuesReturnSplit split) {
            return new ReturnSums(Fen.format(split.collectedFen()), Fen.format(split.remittedFen()), Fen.format(split.returnedFen()));
        }
    }
}
