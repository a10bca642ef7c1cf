package cn.dangjian.activity.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * One attendee of one activity: registration, leave, check-in and check-out, make-up, and the organiser's
 * confirmation. Keyed by (activity, holder), which is what makes a confirmation count once.
 */
@Entity
@Table(name = "participation")
@IdClass(Participation.Key.class)
public class Participation {

    /** The primary key: one row per activity and holder. */
    public static class Key implements Serializable {
        public UUID activityId;
        public UUID holderId;

        public Key() {
        }

        public Key(UUID activityId, UUID holderId) {
            this.activityId = activityId;
            this.holderId = holderId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(activityId, k.activityId) && java.util.Objects.equals(holderId, k.holderId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(activityId, holderId);
        }
    }

    /** REGISTERED (has a place), WITHDRAWN (gave it back), ON_LEAVE (asked for leave, 请假). */
    @Schema(name = "RegistrationState", description = "REGISTERED 已报名, WITHDRAWN 已取消报名, ON_LEAVE 请假")
    public enum Registration {
        REGISTERED,
        WITHDRAWN,
        ON_LEAVE
    }

    /** How the attendance was recorded. */
    public enum CheckInMethod {
        CODE,
        LOCATION,
        MAKE_UP,
        CONFIRMATION
    }

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    @Id
    @Column(name = "holder_id")
    public UUID holderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendee_kind", nullable = false)
    public AttendeeKind attendeeKind;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public Registration registration;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "leave_reason")
    public String leaveReason;

    @Column(name = "leave_requested_at")
    public Instant leaveRequestedAt;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_method")
    public CheckInMethod checkInMethod;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "make_up", nullable = false)
    public boolean makeUp;

    @Column(name = "make_up_reason")
    public String makeUpReason;

    @Column(name = "make_up_approved_by")
    public String makeUpApprovedBy;

    @Column(name = "make_up_approved_at")
    public Instant makeUpApprovedAt;

    @Column(name = "checked_out_at")
    public Instant checkedOutAt;

    @Column(name = "confirmed_hours", precision = 4, scale = 2)
    public BigDecimal confirmedHours;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** Set by Hibernate whenever the row is written: the one place timestamps are kept. */
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Checked in there and then, by the organiser's code or by location: a make-up (补签) or the organiser's record is not. */
    public boolean checkedInInPerson() {
        return checkedInAt != null && (checkInMethod == CheckInMethod.CODE || checkInMethod == CheckInMethod.LOCATION);
    }

    public static Participation of(UUID activityId, Attendee attendee) {
        Participation p = new Participation();
        p.activityId = activityId;
        p.holderId = attendee.holderId();
        p.attendeeKind = attendee.kind();
        p.memberId = attendee.memberId();
        return p;
    }
}
