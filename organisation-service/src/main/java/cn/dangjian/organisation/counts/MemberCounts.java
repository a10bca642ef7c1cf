package cn.dangjian.organisation.counts;

import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Member counts per organisation, kept from member events without ever calling member-service. Each member's row
 * holds the fields its events carry and the newest aggregateversion applied: a newer event overwrites the fields it
 * carries, an older one (late, replayed) only fills fields still unknown. Counts are then recounted from the rows
 * for the organisations the event touched, never incremented, so redelivery and reordering cannot make them drift.
 */
@ApplicationScoped
public class MemberCounts {

    /**
     * Standings that end membership. Only for events without {@code active} (before member-service published it):
     * when an event carries {@code active}, member-service's word decides.
     */
    public static final Set<String> NOT_COUNTED = Set.of("EXPELLED", "DROPPED", "DECEASED", "QUALIFICATION_CANCELLED");

    /** The same as SQL over member_record: active as member-service says, else by the standing (compatibility). */
    static final String ACTIVE_SQL = "coalesce(active, coalesce(standing, 'NORMAL') NOT IN ('EXPELLED', 'DROPPED', 'DECEASED', 'QUALIFICATION_CANCELLED'))";

    /** What this service knows of one member from member events (committee seats need it). */
    public record Member(UUID id, String name, String status, String standing, boolean active, boolean left) {
    }

    /** Counts of one organisation. */
    public record Counts(int fullMembers, int probationary, int withVote, int hosted) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public int members() {
            return fullMembers + probationary;
        }
    }

    @Inject
    Sql sql;

    @Inject
    EventReader reader;

    @Inject
    cn.dangjian.organisation.coverage.CoverageTally tally;

    /** Applies one member event; answers the organisations whose counts it may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> apply(EventEnvelope event) {
        JsonNode data = event.data();
        long version = versionOf(event);
        Map<String, Object> fields = new LinkedHashMap<>();
        switch (event.type()) {
            case EventTypes.MEMBER_REGISTERED, EventTypes.MEMBER_UPDATED -> {
                fields.put("organisation_id", reader.uuid(data, "organisationId"));
                fields.put("status", reader.text(data, "status"));
                fields.put("standing", reader.text(data, "standing"));
                fields.put("voting_rights", optionalBoolean(data, "votingRights"));
                fields.put("active", optionalBoolean(data, "active"));
                fields.put("name", reader.optionalText(data, "name"));
                fields.put("gone", false);
            }
            case EventTypes.MEMBER_CONVERTED -> {
                fields.put("organisation_id", reader.uuid(data, "organisationId"));
                fields.put("status", "FULL");
            }
            case EventTypes.MEMBER_STANDING_CHANGED -> {
                fields.put("organisation_id", reader.uuid(data, "organisationId"));
                fields.put("standing", reader.text(data, "standing"));
                fields.put("voting_rights", optionalBoolean(data, "votingRights"));
                fields.put("active", optionalBoolean(data, "active"));
            }
            case EventTypes.MEMBER_TRANSFERRED -> {
                UUID to = reader.optionalUuid(data, "toOrganisationId");
                fields.put("organisation_id", to);
                fields.put("gone", to == null); // left the platform
            }
            case EventTypes.MEMBER_HOSTED, EventTypes.MEMBER_HOSTING_ENDED -> {
                return hosting(event, version);
            }
            default -> {
                return Set.of(); // a type this version does not count
            }
        }
        return patch(reader.uuid(data, "id"), version, fields);
    }

    private Set<UUID> patch(UUID member, long version, Map<String, Object> fields) {
        Set<UUID> touched = new LinkedHashSet<>();
        UUID before = sql.one("SELECT organisation_id FROM member_record WHERE member_id = ? FOR UPDATE", rs -> rs.getObject(1, UUID.class), member);
        if (before != null) {
            touched.add(before);
        }
        String columns = String.join(", ", fields.keySet());
        String placeholders = fields.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        String sets = fields.keySet().stream().map(c -> c + " = CASE WHEN member_record.version < EXCLUDED.version THEN EXCLUDED." + c
                + " ELSE COALESCE(member_record." + c + ", EXCLUDED." + c + ") END").collect(Collectors.joining(", "));
        Object[] params = new Object[fields.size() + 2];
        params[0] = member;
        int i = 1;
        for (Object value : fields.values()) {
            params[i++] = value;
        }
        params[i] = version;
        sql.update("INSERT INTO member_record (member_id, " + columns + ", version) VALUES (?, " + placeholders + ", ?) "
                + "ON CONFLICT (member_id) DO UPDATE SET " + sets + ", version = GREATEST(member_record.version, EXCLUDED.version), updated_at = now()", params);
        UUID after = sql.one("SELECT organisation_id FROM member_record WHERE member_id = ?", rs -> rs.getObject(1, UUID.class), member);
        if (after != null) {
            touched.add(after);
        }
        touched.forEach(this::recount);
        return touched;
    }

    private Set<UUID> hosting(EventEnvelope event, long version) {
        JsonNode data = event.data();
        UUID host = reader.uuid(data, "hostOrganisationId");
        String kind = reader.text(data, "kind");
        boolean active = EventTypes.MEMBER_HOSTED.equals(event.type());
        sql.update("""
                INSERT INTO member_hosting (member_id, host_organisation_id, kind, active, version) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (member_id, host_organisation_id, kind) DO UPDATE SET active = EXCLUDED.active, version = EXCLUDED.version
                WHERE member_hosting.version < EXCLUDED.version""", reader.uuid(data, "memberId"), host, kind, active, version);
        recount(host);
        return Set.of(host);
    }

    /** Recounts one organisation from the member rows. */
    public void recount(UUID organisation) {
        sql.update("""
                INSERT INTO organisation_member_count (organisation_id, full_members, probationary, with_vote, hosted)
                SELECT ?, count(*) FILTER (WHERE status = 'FULL'), count(*) FILTER (WHERE status = 'PROBATIONARY'),
                       count(*) FILTER (WHERE voting_rights),
                       (SELECT count(DISTINCT member_id) FROM member_hosting WHERE host_organisation_id = ? AND active)
                FROM member_record
                WHERE organisation_id = ? AND NOT coalesce(gone, false)
                """ + " AND " + ACTIVE_SQL + """
                ON CONFLICT (organisation_id) DO UPDATE SET full_members = EXCLUDED.full_members, probationary = EXCLUDED.probationary,
                    with_vote = EXCLUDED.with_vote, hosted = EXCLUDED.hosted""", organisation, organisation, organisation);
        tally.refreshCoveredBy(organisation); // "covered by an organisation with fewer than 3 full members"
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts of(UUID organisation) {
        Counts counts = sql.one("SELECT full_members, probationary, with_vote, hosted FROM organisation_member_count WHERE organisation_id = ?",
                rs -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), organisation);
        return counts == null ? Counts.NONE : counts;
    }

    /** Full and probationary members of the organisation (hosted members belong elsewhere). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long members(UUID organisation) {
        return of(organisation).members();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean knows(UUID member) {
        return sql.one("SELECT 1 FROM member_record WHERE member_id = ? AND NOT coalesce(gone, false)", rs -> 1, member) != null;
    }

    /** The member as member events describe it, or null when no event about it has arrived (yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Member member(UUID member) {
        return sql.one("SELECT member_id, name, status, standing, " + ACTIVE_SQL + ", coalesce(gone, false) FROM member_record WHERE member_id = ?",
                rs -> new Member(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)),
                member);
    }

    /** The member an event is about (data.id), or null for events about a hosting. */
    public UUID memberOf(EventEnvelope event) {
        return switch (event.type()) {
            case EventTypes.MEMBER_REGISTERED, EventTypes.MEMBER_UPDATED, EventTypes.MEMBER_CONVERTED, EventTypes.MEMBER_STANDING_CHANGED,
                 EventTypes.MEMBER_TRANSFERRED -> reader.uuid(event.data(), "id");
            default -> null;
        };
    }

    private Boolean optionalBoolean(JsonNode data, String field) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            throw new MalformedEventException("data." + field + " must be true or false");
        }
        return node.booleanValue();
    }

    static long versionOf(EventEnvelope event) {
        if (event.aggregateversion() == null) {
            throw new MalformedEventException("aggregateversion is required to keep counts order-proof");
        }
        return event.aggregateversion();
    }
}
