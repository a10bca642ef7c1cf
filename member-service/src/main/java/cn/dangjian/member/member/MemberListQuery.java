package cn.dangjian.member.member;

import cn.dangjian.platform.web.InvalidInputException;
import java.util.UUID;

/**
 * Filters of {@code GET /api/members}; null does not filter. {@code under}: that organisation and everything below it;
 * {@code organisationId}: that organisation alone; {@code ownOrganisationAlone}: the org-admin's own organisation alone
 * (v1.1's {@code includeSubtree=false} without an organisation).
 */
public record MemberListQuery(UUID under, UUID organisationId, boolean ownOrganisationAlone, MembershipStatus status, Standing standing,
                              MemberFlag flag, UUID gridId, String name) {

    /**
     * The v1.2 filters from v1.1's {@code includeSubtree} (deprecated, kept for one minor version): with
     * {@code organisationId}, true meant that organisation and everything below it (now {@code under}), false that
     * organisation alone (now {@code organisationId} by itself); false without an organisation meant the org-admin's own
     * organisation alone.
     */
    public static MemberListQuery of(UUID under, UUID organisationId, Boolean includeSubtree, MembershipStatus status, Standing standing,
                                     MemberFlag flag, UUID gridId, String name) {
        if (includeSubtree == null) {
            return new MemberListQuery(under, organisationId, false, status, standing, flag, gridId, name);
        }
        if (under != null) {
            throw new InvalidInputException("includeSubtree", "is the v1.1 way of choosing a subtree: with under, leave it out");
        }
        if (includeSubtree) {
            return new MemberListQuery(organisationId, null, false, status, standing, flag, gridId, name);
        }
        return new MemberListQuery(null, organisationId, organisationId == null, status, standing, flag, gridId, name);
    }
}
