package cn.dangjian.activity.activity;

import cn.dangjian.platform.directory.query.DirectoryOrganisation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /** How many activities the lifecycle job moves per step and run; the next run takes the rest. */
    static final int DUE_BATCH = 1000;

    /**
     * Activities of the subtree whose directory path is {@code subtreePath} (null: everywhere) and of one organisation
     * (null: any), optionally only in some states and of one type, starting in [from, to), in the order they take place.
     */
    public PanacheQuery<Activity> search(String subtreePath, UUID organisationId, Collection<ActivityStatus> statuses, ActivityType type,
                                         Instant from, Instant to) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (subtreePath != null) {
            query.append(" and ").append(DirectoryOrganisation.inSubtree("organisationId", "subtree"));
            params.and("subtree", subtreePath + "%");
        }
        if (organisationId != null) {
            query.append(" and organisationId = :organisation");
            params.and("organisation", organisationId);
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

    public List<Activity> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Published activities that should be in progress at {@code now}, at most a batch. */
    public List<UUID> dueToStart(Instant now) {
        return find("select id from Activity where status = ?1 and startsAt <= ?2 and endsAt > ?2", Sort.by("endsAt"),
                ActivityStatus.PUBLISHED, now).project(UUID.class).page(0, DUE_BATCH).list();
    }

    /** Published or running activities that should have ended at {@code now}, at most a batch. */
    public List<UUID> dueToEnd(Instant now) {
        return find("select id from Activity where status in ?1 and endsAt <= ?2", Sort.by("endsAt"),
                List.of(ActivityStatus.PUBLISHED, ActivityStatus.IN_PROGRESS), now).project(UUID.class).page(0, DUE_BATCH).list();
    }

    /**
     * Moves an activity to {@code to} if its state (and, for the job, its time) still allows it: one conditional update
     * guarded by the states that may precede the target, stamping the move's instant. Returns whether it moved.
     *
     * @param dueBy null, or the instant the move is due by (the job's guard: startsAt/endsAt ≤ dueBy)
     */
    public boolean moveIfAllowed(UUID id, ActivityStatus to, Instant now, Instant dueBy, String reason) {
        String stamp = switch (to) {
            case PUBLISHED -> ", publishedAt = :now";
            case IN_PROGRESS -> ", startedAt = :now";
            case ENDED -> ", endedAt = :now";
            case CANCELLED -> ", cancelledAt = :now, cancelReason = :reason";
            case DRAFT -> throw new IllegalArgumentException("nothing becomes a draft again");
        };
        String due = "";
        if (dueBy != null) {
            due = to == ActivityStatus.ENDED ? " and endsAt <= :dueBy" : " and startsAt <= :dueBy and endsAt > :dueBy";
        }
        Parameters params = Parameters.with("to", to).and("now", now).and("id", id).and("from", ActivityStatus.allowedBefore(to));
        if (to == ActivityStatus.CANCELLED) {
            params.and("reason", reason);
        }
        if (dueBy != null) {
            params.and("dueBy", dueBy);
        }
        // a bulk update: Hibernate's @UpdateTimestamp does not see it, so it stamps updatedAt itself
        return update("status = :to, version = version + 1, updatedAt = :now" + stamp + " where id = :id and status in :from" + due, params) == 1;
    }
}
