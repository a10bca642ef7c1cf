package cn.dangjian.activity.attendance;

import cn.dangjian.activity.activity.ActivityStatus;
import cn.dangjian.activity.activity.Eligibility;
import cn.dangjian.platform.rules.Refusal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of attendance, each a named policy that allows (empty) or refuses with a reason. Plain Java: the numbers
 * come from configuration ({@code activities.check-in.*}), the tests pin both sides of each edge.
 */
public final class AttendancePolicies {

    private AttendancePolicies() {
    }

    /** Who may attend (eligibility of the activity) against who the attendee is. */
    public static Optional<Refusal> mayAttend(Set<Eligibility> eligibility, List<UUID> activityPath, Attendee attendee,
                                              List<UUID> memberOrganisationPath, Collection<UUID> communities) {
        UUID organisation = activityPath.get(activityPath.size() - 1);
        boolean allowed;
        if (attendee.kind() == AttendeeKind.VOLUNTEER) {
            allowed = eligibility.contains(Eligibility.VOLUNTEERS);
        } else {
            allowed = (eligibility.contains(Eligibility.ORGANISATION_MEMBERS) && organisation.equals(attendee.organisationId()))
                    || (eligibility.contains(Eligibility.SUBTREE_MEMBERS) && memberOrganisationPath.contains(organisation))
                    || (eligibility.contains(Eligibility.COMMUNITY_REGISTERED) && communities.stream().anyMatch(activityPath::contains));
        }
        return allowed ? Optional.empty()
                : Refusal.refuse("not-eligible", "this activity is open to " + eligibility + " only");
    }

    /** Sign-up and leave: while published or in progress and before it ends. */
    public static Optional<Refusal> registrationOpen(ActivityStatus status, Instant endsAt, Instant now) {
        if ((status == ActivityStatus.PUBLISHED || status == ActivityStatus.IN_PROGRESS) && now.isBefore(endsAt)) {
            return Optional.empty();
        }
        return Refusal.refuse("registration-closed", "registration is closed: the activity is " + status);
    }

    /** Check-in by code or location: from {@code opensBefore} before startsAt until endsAt, while not ended or cancelled. */
    public static Optional<Refusal> checkInOpen(ActivityStatus status, Instant startsAt, Instant endsAt, Instant now, Duration opensBefore) {
        if (status != ActivityStatus.PUBLISHED && status != ActivityStatus.IN_PROGRESS) {
            return Refusal.refuse("check-in-closed", "check-in is closed: the activity is " + status + "; ask for a make-up check-in");
        }
        if (now.isBefore(startsAt.minus(opensBefore))) {
            return Refusal.refuse("check-in-not-open", "check-in opens at " + startsAt.minus(opensBefore));
        }
        if (now.isAfter(endsAt)) {
            return Refusal.refuse("check-in-closed", "check-in closed at " + endsAt + "; ask for a make-up check-in");
        }
        return Optional.empty();
    }

    /** A check-in after startsAt plus the grace is late (迟到). */
    public static boolean isLate(Instant startsAt, Instant checkedInAt, Duration lateAfter) {
        return checkedInAt.isAfter(startsAt.plus(lateAfter));
    }

    /** A make-up check-in (补签): once the activity has begun, until {@code within} after endsAt; not when cancelled. */
    public static Optional<Refusal> makeUpOpen(ActivityStatus status, Instant startsAt, Instant endsAt, Instant now, Duration within) {
        if (status == ActivityStatus.CANCELLED || status == ActivityStatus.DRAFT) {
            return Refusal.refuse("make-up-closed", "the activity is " + status);
        }
        if (now.isBefore(startsAt)) {
            return Refusal.refuse("make-up-closed", "the activity has not begun; check in instead");
        }
        if (now.isAfter(endsAt.plus(within))) {
            return Refusal.refuse("make-up-closed", "make-up check-ins closed at " + endsAt.plus(within));
        }
        return Optional.empty();
    }

    /** Location check-in: within the radius of the activity's coordinates (the edge itself counts as inside). */
    public static Optional<Refusal> withinRadius(BigDecimal latitude, BigDecimal longitude, BigDecimal atLatitude, BigDecimal atLongitude,
                                                 int radiusMetres) {
        double distance = Distance.metres(latitude, longitude, atLatitude, atLongitude);
        if (distance <= radiusMetres) {
            return Optional.empty();
        }
        return Refusal.refuse("outside-radius",
                String.format("you are %.0f m from the activity; check-in works within %d m", distance, radiusMetres));
    }

    /** Confirmed hours: at most the activity's service hours, and 0.00 when it counts none (meetings). */
    public static Optional<Refusal> hoursWithinServiceHours(BigDecimal hours, BigDecimal serviceHours) {
        BigDecimal cap = serviceHours == null ? BigDecimal.ZERO : serviceHours;
        if (hours.compareTo(cap) <= 0) {
            return Optional.empty();
        }
        return Refusal.refuse("hours-above-service-hours", "must be at most the activity's service hours, " + cap.setScale(2));
    }

    /** Hours confirmed from presence: at most what the presence allows ({@link PresenceHours}), unless recorded as a make-up with a reason. */
    public static Optional<Refusal> hoursWithinPresence(BigDecimal hours, BigDecimal creditable) {
        if (hours.compareTo(creditable) <= 0) {
            return Optional.empty();
        }
        return Refusal.refuse("hours-above-presence", "must be at most " + creditable.setScale(2) + " hours: the time between "
                + "check-in and check-out within the activity, rounded down to the quarter hour (and at most its service hours); "
                + "more only as a make-up with a reason (makeUpReason)");
    }

    /** Members whose standing has ended (expelled, dropped out, deceased, qualification cancelled) take part in nothing. */
    public static Optional<Refusal> takesPart(boolean active) {
        if (active) {
            return Optional.empty();
        }
        return Refusal.refuse("standing-ended",
                "this member's standing in the party has ended: they take part in no activity and nothing is recorded or credited for them");
    }

    /**
     * Nobody confirms their own attendance (four-eyes): the confirming caller's token {@code sub} against the attendee's
     * linked login. An attendee with no linked login is nobody's own; a caller without a subject cannot be told apart.
     */
    public static Optional<Refusal> notOwnAttendance(String confirmerSub, String attendeeSub) {
        if (confirmerSub == null) {
            return Refusal.refuse("own-attendance", "the confirming login has no subject to tell it from the attendee");
        }
        if (!confirmerSub.equals(attendeeSub)) {
            return Optional.empty();
        }
        return Refusal.refuse("own-attendance", "nobody confirms or approves their own attendance: another organiser does");
    }

    /** Check-out (签退), with the code or location like check-in: until {@code within} after endsAt; not when cancelled. */
    public static Optional<Refusal> checkOutOpen(ActivityStatus status, Instant endsAt, Instant now, Duration within) {
        if (status != ActivityStatus.PUBLISHED && status != ActivityStatus.IN_PROGRESS && status != ActivityStatus.ENDED) {
            return Refusal.refuse("check-out-closed", "check-out is closed: the activity is " + status);
        }
        if (now.isAfter(endsAt.plus(within))) {
            return Refusal.refuse("check-out-closed", "check-out closed at " + endsAt.plus(within)
                    + "; without a check-out no hours are credited unless the organiser records a make-up with a reason");
        }
        return Optional.empty();
    }
}
