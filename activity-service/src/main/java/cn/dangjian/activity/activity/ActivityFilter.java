package cn.dangjian.activity.activity;

import cn.dangjian.platform.web.InvalidInputException;
import java.time.Instant;
import java.util.UUID;

/**
 * The filters of {@code GET /api/activities}: {@code under} an organisation (it and its subtree), one
 * {@code organisationId} alone, type, and a window of start times. {@code underParameter} is the query parameter an
 * unknown subtree root is reported under.
 */
public record ActivityFilter(UUID under, String underParameter, UUID organisationId, ActivityType type, Instant from, Instant to) {

    /**
     * From the query as sent. v1.1's {@code includeSubtree} (deprecated) qualifies {@code organisationId}: {@code true}
     * asks for its subtree, the same as {@code under}; {@code false} for it alone, the same as without it.
     */
    public static ActivityFilter of(UUID under, UUID organisationId, Boolean includeSubtree, ActivityType type, Instant from, Instant to) {
        if (includeSubtree != null && organisationId == null) {
            throw new InvalidInputException("includeSubtree", "qualifies organisationId, which is missing; for a subtree use under");
        }
        if (Boolean.TRUE.equals(includeSubtree)) {
            if (under != null) {
                throw new InvalidInputException("includeSubtree", "give under, or organisationId with includeSubtree=true, not both");
            }
            return new ActivityFilter(organisationId, "organisationId", null, type, from, to);
        }
        return new ActivityFilter(under, "under", organisationId, type, from, to);
    }
}
