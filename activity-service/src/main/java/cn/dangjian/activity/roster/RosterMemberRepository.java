package cn.dangjian.activity.roster;

import cn.dangjian.platform.directory.query.DirectoryOrganisation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RosterMemberRepository implements PanacheRepositoryBase<RosterMember, UUID> {

    public Optional<RosterMember> findBySub(String sub) {
        return find("sub", sub).firstResultOptional();
    }

    public List<RosterMember> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * The members expected at an activity who have no record of it (the derived absentees, 缺席), by name: the active
     * members of the organisation alone, or of its whole subtree when {@code subtreePath} is given (the directory's
     * path prefix: one parameter however large the subtree). Paged and counted in the database.
     */
    public PanacheQuery<RosterMember> withoutRecord(UUID activityId, UUID organisationId, String subtreePath) {
        String where = subtreePath != null ? DirectoryOrganisation.inSubtree("m.organisationId", "subtree") : "m.organisationId = :organisation";
        Parameters parameters = Parameters.with("activity", activityId);
        if (subtreePath != null) {
            parameters.and("subtree", subtreePath + "%");
        } else {
            parameters.and("organisation", organisationId);
        }
        return find("from RosterMember m where m.active = true and " + where
                        + " and not exists (select 1 from Participation p where p.activityId = :activity and p.holderId = m.id)",
                Sort.by("m.name").and("m.id"), parameters);
    }
}
