package cn.dangjian.member.events;

import cn.dangjian.member.member.Member;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** What member-service announces, written to the outbox in the caller's transaction. No ID or phone numbers. */
@ApplicationScoped
public class MemberEvents {

    @Inject
    Outbox outbox;

    /** data of member.registered.v1 and member.updated.v1 */
    public record MemberData(UUID id, String name, UUID organisationId, String status, String standing, LocalDate admittedOn, String sub) {
    }

    public void registered(Member m) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_REGISTERED, m.id,
                new MemberData(m.id, m.name, m.organisationId, m.status.name(), m.standing.name(), m.admittedOn, m.sub));
    }
}
