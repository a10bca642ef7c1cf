package cn.dangjian.member.events;

import cn.dangjian.member.member.ActiveMembership;
import cn.dangjian.member.member.Member;
import cn.dangjian.member.member.VotingRights;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What member-service announces, written to the outbox in the caller's transaction. No ID or phone numbers.
 * {@code votingRights} comes from {@link VotingRights} alone and {@code active} from {@link ActiveMembership} alone, so
 * consumers never work them out themselves.
 */
@ApplicationScoped
public class MemberEvents {

    @Inject
    Outbox outbox;

    /** data of member.registered.v1 and member.updated.v1 */
    public record MemberData(UUID id, String name, UUID organisationId, String status, String standing, boolean votingRights,
                             boolean active, LocalDate admittedOn, LocalDate fullMemberOn, UUID gridId, String sub) {
    }

    /** data of member.converted.v1 */
    public record ConvertedData(UUID id, UUID organisationId, String status, LocalDate fullMemberOn, boolean votingRights) {
    }

    /** data of member.standing-changed.v1 */
    public record StandingChangedData(UUID id, UUID organisationId, String standing, String previousStanding,
                                      LocalDate effectiveOn, boolean votingRights, boolean active) {
    }

    public void registered(Member m) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_REGISTERED, m.id, data(m));
    }

    public void updated(Member m) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_UPDATED, m.id, data(m));
    }

    public void converted(Member m) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_CONVERTED, m.id,
                new ConvertedData(m.id, m.organisationId, m.status.name(), m.fullMemberOn, VotingRights.of(m)));
    }

    public void standingChanged(Member m, String previousStanding, LocalDate effectiveOn) {
        outbox.publish(Topics.MEMBERS, EventTypes.MEMBER_STANDING_CHANGED, m.id,
                new StandingChangedData(m.id, m.organisationId, m.standing.name(), previousStanding, effectiveOn, VotingRights.of(m),
                        ActiveMembership.of(m)));
    }

    private static MemberData data(Member m) {
        return new MemberData(m.id, m.name, m.organisationId, m.status.name(), m.standing.name(), VotingRights.of(m),
                ActiveMembership.of(m), m.admittedOn, m.fullMemberOn, m.gridId, m.sub);
    }
}
