package cn.dangjian.activity.attendance;

import cn.dangjian.activity.activity.Activity;
import cn.dangjian.activity.activity.ActivityStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participation", description = "One attendee of one activity: registration, leave, check-in/out, make-up, confirmation")
public record ParticipationView(
        UUID activityId,
        @Schema(description = "Member id, or the volunteer's holder id") UUID holderId,
        AttendeeKind attendeeKind,
        @Schema(description = "Members only") UUID memberId,
        String name,
        @Schema(description = "REGISTERED, WITHDRAWN, ON_LEAVE, or null (never signed up)") Participation.Registration registration,
        Instant registeredAt,
        String leaveReason,
        Instant checkedInAt,
        @Schema(description = "CODE, LOCATION, MAKE_UP (补签) or CONFIRMATION (recorded by the organiser's confirmation)")
        Participation.CheckInMethod checkInMethod,
        @Schema(description = "Checked in after startsAt plus the grace (迟到)") boolean late,
        @Schema(description = "A make-up check-in (补签)") boolean makeUp,
        String makeUpReason,
        @Schema(description = "Whether the organiser approved the make-up") boolean makeUpApproved,
        Instant checkedOutAt,
        @Schema(description = "Derived: the time between an in-person check-in and the check-out within the activity, rounded down to "
                + "the quarter hour (not capped by serviceHours); null without both", example = "1.25", type = SchemaType.NUMBER,
                nullable = true) BigDecimal presenceHours,
        @Schema(description = "Hours confirmed by the organiser, two decimal places; null until confirmed", example = "2.00") BigDecimal confirmedHours,
        Instant confirmedAt,
        @Schema(description = "Derived: the activity ended and this attendee neither checked in, nor was confirmed, nor on leave (缺席)")
        boolean absent) {

    static ParticipationView of(Participation p, String name, Activity activity) {
        boolean ended = activity.status == ActivityStatus.ENDED;
        BigDecimal presence = p.checkedInInPerson() && p.checkedOutAt != null
                ? PresenceHours.between(p.checkedInAt, p.checkedOutAt, activity.startsAt, AttendanceService.endOf(activity))
                : null;
        boolean absent = ended && p.checkedInAt == null && p.confirmedAt == null && p.registration != Participation.Registration.ON_LEAVE
                && p.registration != Participation.Registration.WITHDRAWN;
        return new ParticipationView(p.activityId, p.holderId, p.attendeeKind, p.memberId, name, p.registration, p.registeredAt,
                p.leaveReason, p.checkedInAt, p.checkInMethod, p.late, p.makeUp, p.makeUpReason, p.makeUpApprovedAt != null,
                p.checkedOutAt, presence, p.confirmedHours, p.confirmedAt, absent);
    }

    /** An eligible member with no record at all, once the activity ended: absent. */
    static ParticipationView absentee(UUID activityId, Attendee a) {
        return new ParticipationView(activityId, a.holderId(), a.kind(), a.memberId(), a.name(), null, null, null, null, null, false,
                false, null, false, null, null, null, null, true);
    }
}
