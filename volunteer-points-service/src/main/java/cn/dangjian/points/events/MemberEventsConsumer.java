package cn.dangjian.points.events;

import cn.dangjian.platform.events.TopicConsumer;
import cn.dangjian.platform.events.EventEnvelope;
import cn.dangjian.platform.events.EventReader;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.events.ReadModelVersions;
import cn.dangjian.points.account.AccountService;
import cn.dangjian.points.holder.Holder;
import cn.dangjian.points.holder.HolderKind;
import cn.dangjian.points.holder.HolderRepository;
import cn.dangjian.points.holder.HolderStanding;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the members this service needs from member events and opens each registered member's points account,
 * once: the inbox and the one-account-per-holder rule make a redelivery change nothing.
 */
@ApplicationScoped
public class MemberEventsConsumer extends TopicConsumer {

    @Inject
    EventReader reader;

    @Inject
    HolderRepository holders;

    @Inject
    AccountService accounts;

    @Inject
    ReadModelVersions versions;


    /** The read model whose versions {@link ReadModelVersions} keeps: an older member event never undoes a newer one. */
    static final String MODEL = "holder";

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
            case EventTypes.MEMBER_REGISTERED -> {
                // the account opens even when a newer event already brought the holder
                Holder holder = versions.advance(MODEL, event) ? upsert(data) : holders.findById(reader.uuid(data, "id"));
                accounts.openFor(holder == null ? upsert(data) : holder);
            }
            case EventTypes.MEMBER_UPDATED -> {
                if (versions.advance(MODEL, event)) {
                    upsert(data);
                }
            }
            case EventTypes.MEMBER_STANDING_CHANGED -> {
                Holder holder = holders.findById(reader.uuid(data, "id"));
                if (holder != null && versions.advance(MODEL, event)) {
                    applyStanding(holder, data);
                }
            }
            case EventTypes.MEMBER_TRANSFERRED -> {
                Holder holder = holders.findById(reader.uuid(data, "id"));
                if (holder != null && versions.advance(MODEL, event)) {
                    // null: the member left the platform; their points stay where they were earned (and in that scope)
                    UUID to = reader.optionalUuid(data, "toOrganisationId");
                    if (to != null) {
                        holder.organisationId = to;
                    }
                }
            }
            default -> {
                // other member events carry nothing this service keeps
            }
        }
    }

    private Holder upsert(JsonNode data) {
        UUID id = reader.uuid(data, "id");
        Holder holder = holders.findById(id);
        if (holder == null) {
            holder = new Holder();
            holder.id = id;
            holder.kind = HolderKind.MEMBER;
        }
        holder.name = reader.text(data, "name");
        holder.organisationId = reader.uuid(data, "organisationId");
        String sub = reader.optionalText(data, "sub");
        if (sub != null) {
            holder.sub = sub;
        }
        applyStanding(holder, data);
        if (!holders.isPersistent(holder)) {
            holders.persist(holder);
        }
        return holder;
    }

    /** member-service says whether the member is active; older events without it are read from their standing. */
    private void applyStanding(Holder holder, JsonNode data) {
        String standing = reader.optionalText(data, "standing");
        JsonNode active = data.get("active");
        if (active != null && !active.isNull() && !active.isBoolean()) {
            throw new cn.dangjian.platform.events.MalformedEventException("data.active must be true or false, was " + active);
        }
        holder.active = HolderStanding.active(active == null || active.isNull() ? null : active.booleanValue(), standing);
        if (standing != null) {
            holder.standing = standing;
        }
    }
}
