package cn.dangjian.member.dues;

import cn.dangjian.member.policy.Refusal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The dues rules with numbers (domain.md, Membership: dues), each a named policy that allows (empty) or refuses with a
 * reason. The 6-month limit is local policy ({@link DuesConfig}); the rest is national regulation.
 */
public final class DuesPolicies {

    private DuesPolicies() {
    }

    /**
     * PaymentWindow: paying ahead is limited to {@code maxAhead} months after the current month (the 7th is refused),
     * and one payment covers at most {@code maxBehind} months before the current month (arrears older than that are
     * paid in further payments, each within the limit). A refusal is a 422: the body is well-formed but asks for a
     * month the rule does not allow.
     */
    public static Optional<String> paymentWindow(YearMonth from, YearMonth through, YearMonth current, int maxAhead, int maxBehind) {
        YearMonth lastAllowed = current.plusMonths(maxAhead);
        if (through.isAfter(lastAllowed)) {
            return Optional.of("paying ahead is limited to " + maxAhead + " months: at most through " + lastAllowed);
        }
        long behind = from.isBefore(current) ? DuesMonths.between(from, min(through, current.minusMonths(1))) : 0;
        if (behind > maxBehind) {
            return Optional.of("one payment covers at most " + maxBehind + " months before " + current + "; this one covers "
                    + behind + " (" + from + " to " + min(through, current.minusMonths(1)) + "): pay through "
                    + from.plusMonths(maxBehind - 1) + " first");
        }
        return Optional.empty();
    }

    /** NotYetPaid: a month is paid once; a payment must reach past the month the member is paid up to. */
    public static Optional<Refusal> notYetPaid(YearMonth paidUpTo, YearMonth through) {
        if (paidUpTo != null && !through.isAfter(paidUpTo)) {
            return Optional.of(new Refusal("dues-already-paid", "dues are paid up to " + paidUpTo));
        }
        return Optional.empty();
    }

    /** FourEyes: a reduction (减免) is approved by someone other than who requested it. */
    public static Optional<Refusal> fourEyes(String requestedBySub, String requestedBy, String approverSub, String approver) {
        boolean same = requestedBySub != null && approverSub != null ? requestedBySub.equals(approverSub) : Objects.equals(requestedBy, approver);
        if (same) {
            return Optional.of(new Refusal("same-person", "a reduction is approved by someone other than who requested it"));
        }
        return Optional.empty();
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
