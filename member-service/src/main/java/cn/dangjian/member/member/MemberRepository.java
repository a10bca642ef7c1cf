package cn.dangjian.member.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import cn.dangjian.platform.directory.query.DirectoryOrganisation;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /** By the keyed hash: the sealed column cannot be compared. */
    public boolean idNumberTaken(String idNumberHash) {
        return count("idNumberHash", idNumberHash) > 0;
    }

    public Optional<Member> findBySub(String sub) {
        return find("sub", sub).firstResultOptional();
    }

    /** What a member list is filtered by; null fields do not filter. */
    public record Filter(String subtreePath, UUID organisationOnly, MembershipStatus status, Standing standing, MemberFlag flag,
                         UUID gridId, String name) {
    }

    /**
     * Members of the subtree (null: everywhere) below the organisation whose directory path is {@code subtreePath} and, if
     * given, of one organisation alone, narrowed by status, standing, flag, grid and part of the name (served by a trigram index).
     */
    public PanacheQuery<Member> search(Filter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        String subtreePath = filter.subtreePath();
        MembershipStatus status = filter.status();
        String name = filter.name();
        if (filter.organisationOnly() != null) {
            query.append(" and organisationId = :organisation");
            params.and("organisation", filter.organisationOnly());
        }
        if (subtreePath != null) {
            query.append(" and ").append(DirectoryOrganisation.inSubtree("organisationId", "subtree"));
            params.and("subtree", subtreePath + "%");
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (filter.standing() != null) {
            query.append(" and standing = :standing");
            params.and("standing", filter.standing());
        }
        if (filter.flag() != null) {
            query.append(" and ").append(filter.flag().field).append(" is not null");
        }
        if (filter.gridId() != null) {
            query.append(" and gridId = :grid");
            params.and("grid", filter.gridId());
        }
        if (name != null && !name.isBlank()) {
            String part = name.trim();
            if (part.codePointCount(0, part.length()) <= 2) {
                // one or two characters, the usual search for a Chinese name: the characters-and-pairs index (V3_2)
                query.append(" and function('member_name_has', name, :name) = true");
                params.and("name", part);
            } else {
                // three or more: the trigram index; % and _ in a search are meant literally
                query.append(" and name like :name");
                params.and("name", "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return find(query.toString(), Sort.by("name").and("id"), params);
    }
}
