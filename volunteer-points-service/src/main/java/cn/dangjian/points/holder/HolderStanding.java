package cn.dangjian.points.holder;

import cn.dangjian.platform.events.MemberEventFields;
import cn.dangjian.platform.rules.Refusal;
import java.util.Optional;

/**
 * Members whose standing has ended take part in nothing (domain.md, "Moral bank"): they earn no points and their
 * balance is frozen (no redemption, no donation either way). member-service decides who is active and says so in its
 * events ({@code active}); this service never works it out, except for older events without the field.
 */
public final class HolderStanding {

    private HolderStanding() {
    }

    /** {@code active} as the event says; absent, derived from the standing (absent too: active). */
    public static boolean active(Boolean activeInEvent, String standing) {
        return MemberEventFields.active(activeInEvent, standing);
    }

    /** An attendance or award of an inactive member credits nothing. */
    public static Optional<Refusal> mayEarn(Holder holder) {
        return inactive(holder, "earns no points");
    }

    /** An inactive member's balance is frozen: no redemption, no donation from or to it. */
    public static Optional<Refusal> mayMovePoints(Holder holder) {
        return inactive(holder, "has a frozen balance: no redemption or donation");
    }

    private static Optional<Refusal> inactive(Holder holder, String consequence) {
        if (holder == null || holder.active) {
            return Optional.empty();
        }
        return Refusal.refuse("holder-inactive", "the member's standing has ended" + (holder.standing == null ? "" : " (" + holder.standing + ")")
                + ": the member " + consequence);
    }
}
