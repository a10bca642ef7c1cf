package cn.dangjian.activity.attendance;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attendance records: entity queries through Panache; the conditional statements that make capacity and confirmation
 * hold under concurrency, and the "my activities" report, as native SQL through the EntityManager.
 */
@ApplicationScoped
public class ParticipationRepository implements PanacheRepositoryBase<Participation, Participation.Key> {

    public Optional<Participation> find(UUID activityId, UUID holderId) {
        return findByIdOptional(new Participation.Key(activityId, holderId));
    }

    /** Every record of an activity, those who checked in first (in the order they did), then the rest by holder id. */
    public PanacheQuery<Participation> ofActivity(UUID activityId) {
        return find("activityId", Sort.by("checkedInAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("holderId"),
                activityId);
    }

    /** One holder's records of the given activities. */
    public List<Participation> ofHolder(UUID holderId, Collection<UUID> activityIds) {
        return activityIds.isEmpty() ? List.of() : list("holderId = ?1 and activityId in ?2", holderId, activityIds);
    }

    /**
     * Takes a place if one is free: one conditional update, so concurrent sign-ups queue on the activity's row and the
     * last place goes to exactly one of them. Returns false when the activity is full.
     */
    public boolean takePlace(UUID activityId) {
        return getEntityManager().createNativeQuery("""
                        UPDATE activity SET registered_count = registered_count + 1
                        WHERE id = :id AND (capacity IS NULL OR registered_count < capacity)""")
                .setParameter("id", activityId).executeUpdate() == 1;
    }

    public void givePlaceBack(UUID activityId) {
        getEntityManager().createNativeQuery("UPDATE activity SET registered_count = registered_count - 1 WHERE id = :id AND registered_count > 0")
                .setParameter("id", activityId).executeUpdate();
    }

    // --- the organiser's confirmation: conditional statements on the (activity, holder) row ----------------------

    /**
     * Someone confirmed without any record of their own: an approved, flagged make-up with the organiser's reason. A
     * record written meanwhile (a concurrent confirmation) wins. A member's member id is their holder id.
     */
    public void insertConfirmedMakeUp(UUID activityId, Attendee attendee, String reason, String by, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO participation (activity_id, holder_id, attendee_kind, member_id, check_in_method, make_up,
                            make_up_reason, make_up_approved_by, make_up_approved_at, updated_at)
                        VALUES (:activity, :holder, :kind, CASE WHEN :kind = 'MEMBER' THEN :holder END, 'CONFIRMATION', true,
                            :reason, :by, :now, :now)
                        ON CONFLICT (activity_id, holder_id) DO NOTHING""")
                .setParameter("activity", activityId).setParameter("holder", attendee.holderId())
                .setParameter("kind", attendee.kind().name()).setParameter("reason", reason)
                .setParameter("by", by).setParameter("now", now).executeUpdate();
    }

    /** The confirmation records a make-up with the organiser's reason, approved by them, unless confirmed already. */
    public void recordMakeUp(UUID activityId, UUID holderId, String reason, String by, Instant now) {
        Query update = getEntityManager().createNativeQuery("""
                UPDATE participation SET make_up = true, check_in_method = COALESCE(check_in_method, 'CONFIRMATION'), make_up_reason = :reason,
                    make_up_approved_by = COALESCE(make_up_approved_by, :by), make_up_approved_at = COALESCE(make_up_approved_at, :now)
                WHERE activity_id = :activity AND holder_id = :holder AND confirmed_at IS NULL""");
        update.setParameter("reason", reason);
        approving(update, activityId, holderId, by, now).executeUpdate();
    }

    /** The confirmation approves the attendee's own pending make-up request (补签), unless confirmed already. */
    public void approvePendingMakeUp(UUID activityId, UUID holderId, String by, Instant now) {
        approving(getEntityManager().createNativeQuery("""
                UPDATE participation SET make_up_approved_by = COALESCE(make_up_approved_by, :by),
                    make_up_approved_at = COALESCE(make_up_approved_at, :now)
                WHERE activity_id = :activity AND holder_id = :holder AND confirmed_at IS NULL AND make_up"""),
                activityId, holderId, by, now).executeUpdate();
    }

    private static Query approving(Query update, UUID activityId, UUID holderId, String by, Instant now) {
        return update.setParameter("activity", activityId).setParameter("holder", holderId).setParameter("by", by).setParameter("now", now);
    }

    /**
     * Confirms the hours if nobody has yet: one conditional update of the (activity, holder) row, so of any number of
     * confirmations sent at once exactly one changes it. Returns whether this one did.
     */
    public boolean confirm(UUID activityId, UUID holderId, BigDecimal hours, String by, Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE participation SET confirmed_hours = :hours, confirmed_by = :by, confirmed_at = :now, updated_at = :now,
                            version = version + 1
                        WHERE activity_id = :activity AND holder_id = :holder AND confirmed_at IS NULL""")
                .setParameter("hours", hours).setParameter("by", by).setParameter("now", now)
                .setParameter("activity", activityId).setParameter("holder", holderId).executeUpdate() == 1;
    }

    /** What a confirmation kept, read from the row itself (the statements above bypass the persistence context). */
    public record Kept(BigDecimal hours, Instant confirmedAt, boolean makeUp, AttendeeKind kind, UUID memberId) {
    }

    public Kept kept(UUID activityId, UUID holderId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT confirmed_hours, confirmed_at, make_up, attendee_kind, member_id FROM participation
                        WHERE activity_id = :activity AND holder_id = :holder""")
                .setParameter("activity", activityId).setParameter("holder", holderId).getSingleResult();
        return new Kept((BigDecimal) row[0], row[1] == null ? null : instantOf(row[1]), (Boolean) row[2], AttendeeKind.valueOf((String) row[3]),
                (UUID) row[4]);
    }

    private static Instant instantOf(Object column) {
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((java.sql.Timestamp) column).toInstant();
    }

    // --- my activities (我的活动) ---------------------------------------------------------------------------------

    /**
     * Who asks for their activities: the holder, and for a member what eligibility is checked against (the member's
     * organisation and its path root → self). {@code offeredUpcoming} is false for a member whose standing has ended;
     * {@code relation} null for all three kinds.
     */
    public record Mine(UUID holderId, boolean member, UUID organisationId, List<UUID> organisationPath, boolean offeredUpcoming,
                       Instant from, Instant to, Instant now, MyActivityView.Relation relation) {
    }

    /** One row of a page of my activities: the activity and whether it is coming up for me. */
    public record MineRow(UUID activityId, boolean upcoming) {
    }

    public long countMine(Mine mine) {
        return ((Number) mineQuery("SELECT count(*) " + mineFrom(mine), Long.class, mine).getSingleResult()).longValue();
    }

    /** A page of my activities in the order they take place; paged in the database. */
    @SuppressWarnings("unchecked")
    public List<MineRow> mine(Mine mine, int offset, int size) {
        List<Object[]> rows = mineQuery("SELECT a.id, " + upcoming(mine) + " AS upcoming " + mineFrom(mine) + " ORDER BY a.starts_at, a.id",
                null, mine).setFirstResult(offset).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new MineRow((UUID) r[0], (Boolean) r[1])).toList();
    }

    private static final String REGISTERED = "p.registration = 'REGISTERED'";
    private static final String ATTENDED = "(p.checked_in_at IS NOT NULL OR p.confirmed_at IS NOT NULL)";

    /**
     * My activities starting in [from, to): those I hold a place in, those I attended, and those coming up that I may
     * attend; or one of these kinds. Built from constant fragments only.
     */
    private static String mineFrom(Mine mine) {
        String which = mine.relation() == null ? REGISTERED + " OR " + ATTENDED + " OR " + upcoming(mine) : switch (mine.relation()) {
            case REGISTERED -> REGISTERED;
            case ATTENDED -> ATTENDED;
            case UPCOMING -> upcoming(mine);
        };
        return "FROM activity a LEFT JOIN participation p ON p.activity_id = a.id AND p.holder_id = :holder "
                + "WHERE a.starts_at >= :from AND a.starts_at < :to AND (" + which + ")";
    }

    /**
     * Coming up for me: published or running, not ended, and open to me by its eligibility. The same rule as
     * {@link AttendancePolicies#mayAttend}, in SQL so that a page is chosen by the database: eligibility is stored as
     * a comma-separated list; a subtree by the directory's path prefix; a community's subtree likewise.
     */
    private static String upcoming(Mine mine) {
        if (!mine.offeredUpcoming()) {
            return "(false)";
        }
        String open = "a.status IN ('PUBLISHED', 'IN_PROGRESS') AND a.ends_at > :now";
        String eligible;
        if (mine.member()) {
            eligible = "(" + eligibility("ORGANISATION_MEMBERS") + " AND a.organisation_id = :organisation)"
                    + " OR (" + eligibility("SUBTREE_MEMBERS") + " AND a.organisation_id IN (:organisationPath))"
                    + " OR (" + eligibility("COMMUNITY_REGISTERED") + " AND EXISTS (SELECT 1 FROM roster_hosting h"
                    + " JOIN organisation_directory community ON community.id = h.host_organisation_id"
                    + " JOIN organisation_directory organiser ON organiser.id = a.organisation_id"
                    + " WHERE h.member_id = :holder AND h.kind = 'COMMUNITY' AND organiser.path LIKE community.path || '%'))";
        } else {
            eligible = eligibility("VOLUNTEERS");
        }
        return "(" + open + " AND (" + eligible + "))";
    }

    private static String eligibility(String kind) {
        return "(',' || a.eligibility || ',') LIKE '%," + kind + ",%'";
    }

    /** Binds what the statement names: the eligibility parameters only where it asks whether an activity is coming up. */
    private Query mineQuery(String sql, Class<?> result, Mine mine) {
        Query query = result == null ? getEntityManager().createNativeQuery(sql) : getEntityManager().createNativeQuery(sql, result);
        query.setParameter("holder", mine.holderId()).setParameter("from", mine.from()).setParameter("to", mine.to());
        if (sql.contains(":now")) {
            query.setParameter("now", mine.now());
        }
        if (sql.contains(":organisationPath")) {
            query.setParameter("organisation", mine.organisationId()).setParameter("organisationPath", mine.organisationPath());
        }
        return query;
    }
}
