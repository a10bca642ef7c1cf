package cn.dangjian.member.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public boolean idNumberTaken(String idNumber) {
        return count("idNumber", idNumber) > 0;
    }

    public Optional<Member> findBySub(String sub) {
        return find("sub", sub).firstResultOptional();
    }

    /** Members of the given organisations (null: everywhere), optionally of one status and matching a name. */
    public PanacheQuery<Member> search(Collection<UUID> organisations, MembershipStatus status, String name) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (organisations != null) {
            query.append(" and organisationId in :organisations");
            params.and("organisations", organisations);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (name != null && !name.isBlank()) {
            query.append(" and name like :name");
            params.and("name", "%" + name.trim() + "%");
        }
        return find(query.toString(), Sort.by("name").and("id"), params);
    }
}
