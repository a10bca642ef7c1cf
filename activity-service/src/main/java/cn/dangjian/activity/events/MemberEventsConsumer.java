package cn.dangjian.activity.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.activity.roster.RosterMember;
import cn.dangjian.activity.roster.RosterMemberRepository;
import cn.dangjian.platform.events.MemberEventFields;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.events.ReadModelVersions;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the roster of members from member events, once per event (inbox). */
@ApplicationScoped
public class MemberEventsConsumer extends TopicConsumer {

    @Inject
    EventReader reader;

    @Inject
    RosterMemberRepository roster;

    @Inject
    cn.dangjian.activity.roster.RosterHosting hosting;

    @Inject
    ReadModelVersions versions;

    /** The read model whose versions {@link ReadModelVersions} keeps: an older member event never undoes a newer one. */
    static final String MODEL = "roster_member";

    MemberEventsConsumer() {
        super(Topics.MEMBERS);
    }

    @Incoming("members")
    @Blocking(ordered = true)
    @Override
    public void consume(String message) {
        inbox.process(message, this::apply);
    }

    private void apply(EventEnvelope event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case EventTypes.MEMBER_REGISTERED, EventTypes.MEMBER_UPDATED -> {
                if (versions.advance(MODEL, event)) {
                    upsert(data);
                }
            }
            case EventTypes.MEMBER_CONVERTED -> known(data, event).ifPresent(m -> m.status = "FULL");
            case EventTypes.MEMBER_STANDING_CHANGED -> known(data, event).ifPresent(m -> {
                m.standing = reader.text(data, "standing");
                m.active = active(data, m.standing);
            });
            case EventTypes.MEMBER_TRANSFERRED -> known(data, event).ifPresent(m -> m.organisationId = reader.uuid(data, "toOrganisationId"));
            case EventTypes.MEMBER_HOSTED -> hosting.hosted(reader.uuid(data, "memberId"), reader.uuid(data, "hostOrganisationId"),
                    reader.text(data, "kind"));
            case EventTypes.MEMBER_HOSTING_ENDED -> hosting.ended(reader.uuid(data, "memberId"), reader.uuid(data, "hostOrganisationId"));
            default -> {
                // other member events carry nothing the roster keeps
            }
        }
    }

    /** The member if known here and the event newer than what the roster applied (versions advance only then). */
    private java.util.Optional<RosterMember> known(JsonNode data, EventEnvelope event) {
        return roster.findByIdOptional(reader.uuid(data, "id")).filter(m -> versions.advance(MODEL, event));
    }

    /** member-service decides whether a member is active; an older event is read by its standing ({@link MemberEventFields}). */
    private static boolean active(JsonNode data, String standing) {
        JsonNode active = data.get("active");
        return MemberEventFields.active(active != null && active.isBoolean() ? active.booleanValue() : null, standing);
    }

    private void upsert(JsonNode data) {
        UUID id = reader.uuid(data, "id");
        RosterMember member = roster.findById(id);
        boolean fresh = member == null;
        if (fresh) {
            member = new RosterMember();
            member.id = id;
        }
        member.name = reader.text(data, "name");
        member.organisationId = reader.uuid(data, "organisationId");
        member.status = reader.text(data, "status");
        member.standing = reader.text(data, "standing");
        member.active = active(data, member.standing);
        String sub = reader.optionalText(data, "sub");
        if (sub != null) {
            member.sub = sub;
        }
        if (fresh) {
            roster.persist(member);
        }
    }
}
