package cn.dangjian.organisation.grid;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.UUID;

@ApplicationScoped
public class GridRepository implements PanacheRepositoryBase<Grid, UUID> {

    /**
     * Grids by name of the communities whose path starts with {@code pathPrefix} (a subtree), or of one community
     * among them; in service only unless {@code includeRetired}.
     */
    public PanacheQuery<Grid> search(UUID community, String pathPrefix, boolean includeRetired) {
        StringBuilder query = new StringBuilder("communityOrganisationId in (select o.id from Organisation o where o.path like :prefix)");
        var params = new HashMap<String, Object>();
        params.put("prefix", pathPrefix + "%");
        if (community != null) {
            query.append(" and communityOrganisationId = :community");
            params.put("community", community);
        }
        if (!includeRetired) {
            query.append(" and retiredOn is null");
        }
        return find(query.toString(), Sort.by("name").and("id"), params);
    }
}
