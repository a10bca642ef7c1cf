package cn.dangjian.organisation.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.UUID;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, UUID> {

    public boolean creditCodeTaken(CreditCode code, UUID except) {
        return count("creditCode = ?1 and id <> ?2", code, except) > 0;
    }

    public long coveredBy(UUID organisation, UUID except) {
        return count("coveringOrganisationId = ?1 and id <> ?2", organisation, except);
    }

    public PanacheQuery<Unit> search(String pathPrefix, cn.dangjian.organisation.organisation.Sector kind, Boolean covered) {
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
