package cn.dangjian.member.dues;

import cn.dangjian.platform.rules.Refusal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The dues rules with numbers (domain.md, Membership: dues), each a named policy that allows (empty) or refuses with a
 * {@link Refusal}. The 6-month limits are local policy ({@link DuesSettings}); the rest is national regulation. The
 * payment window refuses with the slug {@code dues-payment-window}, which the service answers as a 422 naming
 * {@code throughMonth} (the body asks for months the rule does not allow), the others as a 409. Kept as field errors
 * (a 400 is invalid input, not a refusal): {@link #paidUpToAtRegistration}.
 */
public final class DuesPolicies {

    private DuesPolicies() {
    }

    /**
     * PaidUpToAtRegistration: the month dues were kept up to before the platform, given when a member is registered,
     * lies neither in the future (the current month, China time, is the latest) nor before the month before admission
     * (probationary members pay from admission). A refusal is a 400 naming {@code duesPaidUpTo}.
     */
    public static Optional<String> paidUpToAtRegistration(YearMonth given, LocalDate admittedOn, YearMonth current) {
        if (given.isAfter(current)) {
            return Optional.of("must not be in the future: at most " + current);
        }
        YearMonth earliest = YearMonth.from(admittedOn).minusMonths(1);
        if (given.isBefore(earliest)) {
            return Optional.of("must not be before " + earliest + ", the month before admission");
        }
        return Optional.empty();
    }

    /** The slug of both payment-window rules: answered as a 422 naming {@code throughMonth}. */
    public static final String PAYMENT_WINDOW = "dues-payment-window";

    /**
     * PayingAhead: a payment reaches at most {@code maxAhead} months after the current month (the 7th is refused). A
     * refusal is a 422: the body is well-formed but asks for a month the rule does not allow.
     */
    public static Optional<Refusal> payingAhead(YearMonth through, YearMonth current, int maxAhead) {
        YearMonth lastAllowed = current.plusMonths(maxAhead);
        if (through.isAfter(lastAllowed)) {
            return Refusal.refuse(PAYMENT_WINDOW, "paying ahead is limited to " + maxAhead + " months: at most through " + lastAllowed);
        }
        return Optional.empty();
    }

    /**
     * PayingBehind: an ordinary payment covers only months within {@code maxBehind} months before the current month
     * (current 2026-11, 6: from 2026-05). The limit is on the debt, not on one payment: months older than that are never
     * payable by ordinary payments, however many; only a back payment (补交) recorded with a reason covers them (the
     * branch looks into 6 months without dues first: domain.md, dropping out). A refusal is a 422.
     */
    public static Optional<Refusal> payingBehind(YearMonth from, YearMonth current, int maxBehind, boolean backPaymentWithReason) {
        YearMonth oldestPayable = current.minusMonths(maxBehind);
        if (from.isBefore(oldestPayable) && !backPaymentWithReason) {
            return Refusal.refuse(PAYMENT_WINDOW, "dues are unpaid since " + from + ", more than " + maxBehind + " months before " + current
                    + " (the oldest month an ordinary payment covers is " + oldestPayable + "): the organisation records such "
                    + "months only as a back payment with backPaymentReason");
        }
        return Optional.empty();
    }

    /** NotYetPaid: a month is paid once; a payment must reach past the month the member is paid up to. */
    public static Optional<Refusal> notYetPaid(YearMonth paidUpTo, YearMonth through) {
        if (paidUpTo != null && !through.isAfter(paidUpTo)) {
            return Refusal.refuse("dues-already-paid", "dues are paid up to " + paidUpTo);
        }
        return Optional.empty();
    }

    /**
     * NotOwnRecord: nobody records a payment for, approves a declaration of, decides a reduction of, or gives "paid up
     * to" for their own member record. Compares the token's {@code sub} with the member's login; a member without a login
     * cannot be the caller. A caller without a {@code sub} cannot show they are someone else, so is refused too.
     */
    public static Optional<Refusal> notOwnRecord(String memberSub, String callerSub, String what) {
        if (memberSub == null) {
            return Optional.empty();
        }
        if (callerSub == null || callerSub.equals(memberSub)) {
            return Refusal.refuse("own-record", "nobody " + what + " on their own member record: another person in charge does");
        }
        return Optional.empty();
    }

    /**
     * LowDeclaration: what only an org-admin approves. Moving into a 0.20-yuan category (students, the unemployed,
     * minimum-income recipients), and any declaration whose monthly amount is below 0.20 (an income of at most 38.99
     * yuan, or 0.00): less than those categories pay, so no easier to have than them (domain.md: reductions need approval).
     */
    public static boolean lowDeclaration(DuesCategory category, long monthlyAmountFen) {
        return category.fixedMinimum() || monthlyAmountFen < DuesCalculator.FIXED_LOW_AMOUNT_FEN;
    }

    /**
     * NeedsApproval: a low declaration ({@link #lowDeclaration}) counts only once an org-admin in scope approves it. When
     * such an admin declares it for someone else, declaring is the approval; the member's own declaration, whatever roles
     * they also hold, waits for another person.
     */
    public static boolean needsApproval(DuesCategory category, long monthlyAmountFen, boolean declarerManagesTheMember,
                                        boolean declarerIsTheMember) {
        return lowDeclaration(category, monthlyAmountFen) && (!declarerManagesTheMember || declarerIsTheMember);
    }

    /**
     * FourEyes: a reduction (减免) is approved by someone other than who requested it, told apart by the token's
     * {@code sub} only (a login renamed is the same person, two logins with one name are not). Without both subs nobody
     * can tell, so it is refused.
     */
    public static Optional<Refusal> fourEyes(String requestedBySub, String approverSub) {
        if (requestedBySub == null || approverSub == null) {
            return Refusal.refuse("same-person", "who requested it cannot be told apart from who decides it (no login subject recorded): "
                    + "request it again");
        }
        if (requestedBySub.equals(approverSub)) {
            return Refusal.refuse("same-person", "a reduction is approved by someone other than who requested it");
        }
        return Optional.empty();
    }
}
