package cn.dangjian.organisation.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public long liveChildren(UUID parentId) {
        return count("parentId = ?1 and revokedOn is null", parentId);
    }

    public PanacheQuery<Organisation> children(UUID parentId) {
        return find("parentId", Sort.by("code"), parentId);
    }

    /** The organisation with this encoded path and everything below it. */
    public PanacheQuery<Organisation> subtree(String pathPrefix) {
        return find("path like ?1", Sort.by("path"), pathPrefix + "%");
    }

    public PanacheQuery<Organisation> search(String pathPrefix, Level level, String nameContains) {
        StringBuilder query = new StringBuilder("path like :prefix");
        var params = new HashMap<String, Object>();
        params.put("prefix", pathPrefix + "%");
        if (level != null) {
            query.append(" and level = :level");
            params.put("level", level);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            query.append(" and lower(name) like :name");
            params.put("name", "%" + nameContains.toLowerCase() + "%");
        }
        return find(query.toString(), Sort.by("path"), params);
    }
}
