package cn.dangjian.organisation.policy;

import cn.dangjian.platform.rules.Refusal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tree stays a tree: an organisation never moves under itself or one of its descendants. */
public final class NoMoveIntoOwnSubtree {

    public static final String RULE = "move-cycle";

    private NoMoveIntoOwnSubtree() {
    }

    /** @param newParentPath the new parent's path, root → new parent */
    public static Optional<Refusal> check(UUID moving, List<UUID> newParentPath) {
        if (newParentPath.contains(moving)) {
            return Refusal.refuse(RULE, newParentPath.get(newParentPath.size() - 1).equals(moving)
                    ? "an organisation cannot be its own parent"
                    : "cannot move organisation " + moving + " under its own descendant " + newParentPath.get(newParentPath.size() - 1));
        }
        return Optional.empty();
    }
}
