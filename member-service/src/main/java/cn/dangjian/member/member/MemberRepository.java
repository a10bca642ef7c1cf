package cn.dangjian.member.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import cn.dangjian.member.directory.DirectoryOrganisation;
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

    /** Members of the subtree (null: everywhere) below the organisation whose directory path is {@code subtreePath}, optionally of one status and matching a name. */
    public PanacheQuery<Member> search(String subtreePath, MembershipStatus status, String name) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subtreePath != null) {
            query.append(" and ").append(DirectoryOrganisation.inSubtree("organisationId", "subtree"));
            params.and("subtree", subtreePath + "%");
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
