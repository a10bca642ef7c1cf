package cn.dangjian.activity.activity;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import cn.dangjian.activity.directory.DirectoryOrganisation;
import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /**
     * Activities of the subtree (null: everywhere) below the organisation whose directory path is {@code subtreePath}, optionally only in some states and of one type, starting
     * in [from, to), in the order they take place.
     */
    public PanacheQuery<Activity> search(String subtreePath, Collection<ActivityStatus> statuses, ActivityType type, Instant from, Instant to) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subtreePath != null) {
            query.append(" and ").append(DirectoryOrganisation.inSubtree("organisationId", "subtree"));
            params.and("subtree", subtreePath + "%");
        }
        if (statuses != null) {
            query.append(" and status in :statuses");
            params.and("statuses", statuses);
        }
        if (type != null) {
            query.append(" and type = :type");
            params.and("type", type);
        }
        if (from != null) {
            query.append(" and startsAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and startsAt < :to");
            params.and("to", to);
        }
        return find(query.toString(), Sort.by("startsAt").and("id"), params);
    }
}
