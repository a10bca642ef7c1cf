package cn.dangjian.organisation.unit;

import cn.dangjian.organisation.organisation.Sector;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    public boolean creditCodeTaken(CreditCode code, UUID except) {
        return count("creditCode = ?1 and id <> ?2", code, except) > 0;
    }

    public long coveredBy(UUID organisation, UUID except) {
        return count("coveringOrganisationId = ?1 and id <> ?2", organisation, except);
    }

    /** How many units this organisation covers, alone or jointly. */
    public long coveredBy(UUID organisation) {
        return count("coveringOrganisationId", organisation);
    }

    /** The organisations where the units this organisation covers are located (whose coverage figures depend on it). */
    public List<UUID> locatingOrganisationsCoveredBy(UUID coveringOrganisation) {
        return getEntityManager().createQuery("select distinct u.locatedInOrganisationId from Unit u where u.coveringOrganisationId = ?1", UUID.class)
                .setParameter(1, coveringOrganisation).getResultList();
    }

    /** The units located in a moved subtree follow it: their located paths rewritten by prefix. */
    public void rewriteLocatedPaths(String oldPrefix, String newPrefix) {
        update("locatedPath = concat(?1, substring(locatedPath, ?2)) where locatedPath like ?3", newPrefix, oldPrefix.length() + 1, oldPrefix + "%");
    }

    public PanacheQuery<Unit> search(String pathPrefix, Sector kind, Boolean covered) {
        StringBuilder query = new StringBuilder("locatedPath like :prefix");
        var params = new HashMap<String, Object>();
        params.put("prefix", pathPrefix + "%");
        if (kind != null) {
            query.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (covered != null) {
            query.append(covered ? " and coveringOrganisationId is not null" : " and coveringOrganisationId is null");
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), params);
    }
}
