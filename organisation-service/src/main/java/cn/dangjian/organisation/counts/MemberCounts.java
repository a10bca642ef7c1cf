package cn.dangjian.organisation.counts;

import cn.dangjian.organisation.counts.MemberRecordRepository.Field;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Member counts per organisation, kept from member events without ever calling member-service. Each member's row
 * holds the fields its events carry and the newest aggregateversion applied: a newer event overwrites the fields it
 * carries, an older one (late, replayed) only fills fields still unknown. Counts are then recounted from the rows
 * for the organisations the event touched, never incremented, so redelivery and reordering cannot make them drift.
 */
@ApplicationScoped
public class MemberCounts {

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
    MemberRecordRepository records;

    @Inject
    EventReader reader;

    @Inject
    cn.dangjian.organisation.coverage.CoverageTally tally;

    /** Applies one member event; answers the organisations whose counts it may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> apply(EventEnvelope event) {
        JsonNode data = event.data();
        long version = versionOf(event);
        List<Field> fields = new ArrayList<>();
        switch (event.type()) {
            case EventTypes.MEMBER_REGISTERED, EventTypes.MEMBER_UPDATED -> {
                fields.add(new Field("organisation_id", reader.uuid(data, "organisationId"), UUID.class));
                fields.add(new Field("status", reader.text(data, "status"), String.class));
                fields.add(new Field("standing", reader.text(data, "standing"), String.class));
                fields.add(new Field("voting_rights", optionalBoolean(data, "votingRights"), Boolean.class));
                fields.add(new Field("active", optionalBoolean(data, "active"), Boolean.class));
                fields.add(new Field("name", reader.optionalText(data, "name"), String.class));
                fields.add(new Field("gone", false, Boolean.class));
            }
            case EventTypes.MEMBER_CONVERTED -> {
                fields.add(new Field("organisation_id", reader.uuid(data, "organisationId"), UUID.class));
                fields.add(new Field("status", "FULL", String.class));
            }
            case EventTypes.MEMBER_STANDING_CHANGED -> {
                fields.add(new Field("organisation_id", reader.uuid(data, "organisationId"), UUID.class));
                fields.add(new Field("standing", reader.text(data, "standing"), String.class));
                fields.add(new Field("voting_rights", optionalBoolean(data, "votingRights"), Boolean.class));
                fields.add(new Field("active", optionalBoolean(data, "active"), Boolean.class));
            }
            case EventTypes.MEMBER_TRANSFERRED -> {
                UUID to = reader.optionalUuid(data, "toOrganisationId");
                fields.add(new Field("organisation_id", to, UUID.class));
                fields.add(new Field("gone", to == null, Boolean.class)); // left the platform
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

    private Set<UUID> patch(UUID member, long version, List<Field> fields) {
        Set<UUID> touched = new LinkedHashSet<>();
        UUID before = records.organisationOf(member, true);
        if (before != null) {
            touched.add(before);
        }
        records.upsert(member, version, fields);
        UUID after = records.organisationOf(member, false);
        if (after != null) {
            touched.add(after);
        }
        touched.forEach(this::recount);
        return touched;
    }

    private Set<UUID> hosting(EventEnvelope event, long version) {
        JsonNode data = event.data();
        UUID host = reader.uuid(data, "hostOrganisationId");
        records.upsertHosting(reader.uuid(data, "memberId"), host, reader.text(data, "kind"), EventTypes.MEMBER_HOSTED.equals(event.type()), version);
        recount(host);
        return Set.of(host);
    }

    /** Recounts one organisation from the member rows. */
    public void recount(UUID organisation) {
        records.recount(organisation);
        tally.refreshCoveredBy(organisation); // "covered by an organisation with fewer than 3 full members"
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts of(UUID organisation) {
        return records.counts(organisation);
    }

    /** Full and probationary members of the organisation (hosted members belong elsewhere). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long members(UUID organisation) {
        return of(organisation).members();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean knows(UUID member) {
        return records.knows(member);
    }

    /** The member as member events describe it, or null when no event about it has arrived (yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Member member(UUID member) {
        return records.member(member);
    }

    /** The members' names as member events last told them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> names(Collection<UUID> members) {
        return records.names(members);
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
