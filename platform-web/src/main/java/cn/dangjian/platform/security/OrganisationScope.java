package cn.dangjian.platform.security;

import java.util.List;
import java.util.UUID;

/**
 * The organisation-scope rule: an organisation administrator acts on their own organisation and its
 * whole subtree, nothing above or beside it. A target is identified by its path (ancestor ids, root to self).
 */
public final class OrganisationScope {

    private OrganisationScope() {
    }

    public static boolean covers(UUID administeredOrganisation, List<UUID> targetPath) {
        return administeredOrganisation != null && targetPath != null && targetPath.contains(administeredOrganisation);
    }
}
