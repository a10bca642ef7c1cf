package cn.dangjian.points.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.Objects;
import java.util.Optional;

/**
 * Four eyes (domain.md: nobody confirms, approves or pays off their own record). People are compared by their token's
 * {@code sub}: a username can be renamed, a subject cannot. Plain Java, tested on both sides of each edge.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /**
     * Whoever asked for something (nominated an award, registered a merchant, raised an objection) does not approve or
     * decide it. A record written before subjects were kept has none: only then do the usernames stand in.
     */
    public static Optional<Refusal> notTheRequester(String what, String requesterSub, String requesterName, String approverSub, String approverName) {
        boolean same = requesterSub != null ? requesterSub.equals(approverSub) : Objects.equals(requesterName, approverName);
        return same ? Refusal.refuse("four-eyes", "four-eyes: whoever " + what + " may not approve or decide it; another person must")
                : Optional.empty();
    }

    /** Whoever benefits (the holder of the points or the order) does not approve, confirm or correct it. */
    public static Optional<Refusal> notTheBeneficiary(String what, String beneficiarySub, String actorSub) {
        if (beneficiarySub != null && beneficiarySub.equals(actorSub)) {
            return Refusal.refuse("own-record", "nobody approves, confirms or corrects their own record: " + what + " is yours");
        }
        return Optional.empty();
    }
}
