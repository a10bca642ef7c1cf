package cn.dangjian.activity.attendance;

import cn.dangjian.activity.roster.RosterMember;
import cn.dangjian.activity.roster.RosterMemberRepository;
import cn.dangjian.activity.roster.RosterVolunteer;
import cn.dangjian.activity.roster.RosterVolunteerRepository;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who an attendee is, from the roster kept from events: the caller by the token's sub (a member first, else a
 * volunteer), or someone the organiser names by member id or holder id.
 */
@RequestScoped
public class Attendees {

    @Inject
    Caller caller;

    @Inject
    RosterMemberRepository members;

    @Inject
    RosterVolunteerRepository volunteers;

    /** The caller as an attendee, if their login is linked to a member or a volunteer known here. */
    public Optional<Attendee> self() {
        Optional<String> sub = caller.sub();
        if (sub.isEmpty()) {
            return Optional.empty();
        }
        if (caller.has(Roles.MEMBER)) {
            Optional<Attendee> member = members.findBySub(sub.get()).map(Attendees::of);
            if (member.isPresent()) {
                return member;
            }
        }
        if (caller.has(Roles.VOLUNTEER)) {
            return volunteers.findBySub(sub.get()).map(Attendees::of);
        }
        return Optional.empty();
    }

    /** The caller as an attendee; 403 when their login is not (yet) linked to a member or volunteer known here. */
    public Attendee requireSelf() {
        return self().orElseThrow(() -> new AccessDeniedException(
                "your login is not linked to a member or volunteer known to activity-service (yet); you act only for yourself"));
    }

    public Optional<Attendee> member(UUID memberId) {
        return members.findByIdOptional(memberId).map(Attendees::of);
    }

    /** A holder id: a volunteer's, or a member's (whose holder id is the member id). */
    public Optional<Attendee> holder(UUID holderId) {
        Optional<Attendee> volunteer = volunteers.findByIdOptional(holderId).map(Attendees::of);
        return volunteer.isPresent() ? volunteer : member(holderId);
    }

    public String nameOf(UUID holderId) {
        return holder(holderId).map(Attendee::name).orElse(null);
    }

    /** The names of many holders at once (two queries whatever their number); a volunteer's holder id first, as {@link #holder}. */
    public Map<UUID, String> namesOf(Collection<UUID> holderIds) {
        Map<UUID, String> names = new HashMap<>();
        members.withIds(holderIds).forEach(m -> names.put(m.id, m.name));
        volunteers.withIds(holderIds).forEach(v -> names.put(v.holderId, v.name));
        return names;
    }

    static Attendee of(RosterMember m) {
        return new Attendee(m.id, AttendeeKind.MEMBER, m.id, m.name, m.organisationId, m.active, m.sub);
    }

    static Attendee of(RosterVolunteer v) {
        // volunteers have no standing: a registered volunteer is always active
        return new Attendee(v.holderId, AttendeeKind.VOLUNTEER, null, v.name, v.organisationId, true, v.sub);
    }
}
