package cn.dangjian.activity.attendance;

import cn.dangjian.activity.activity.Activity;
import cn.dangjian.activity.activity.ActivityRepository;
import cn.dangjian.activity.activity.ActivityService;
import cn.dangjian.activity.activity.ActivityStatus;
import cn.dangjian.activity.activity.ActivityView;
import cn.dangjian.activity.activity.Eligibility;
import cn.dangjian.activity.activity.ServiceHours;
import cn.dangjian.activity.events.ActivityEvents;
import cn.dangjian.activity.policy.ActivitySettings;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.activity.roster.RosterHosting;
import cn.dangjian.activity.roster.RosterMember;
import cn.dangjian.activity.roster.RosterMemberRepository;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.rules.Refusal;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ApiException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Attendance that can be trusted (use cases SigningUp, AskingForLeave, CheckingIn, CheckingOut, AskingForAMakeUp,
 * ConfirmingAttendance): members and volunteers act only for themselves, the organiser shows the code, approves
 * make-ups and confirms; each confirmed attendee is announced exactly once.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private static final Logger LOG = Logger.getLogger(AttendanceService.class);

    @Inject
    ActivityService activities;

    @Inject
    ParticipationRepository participations;

    @Inject
    Attendees attendees;

    @Inject
    RosterMemberRepository members;

    @Inject
    RosterHosting hosting;

    @Inject
    OrganisationDirectory directory;

    @Inject
    ActivityEvents events;

    @Inject
    ActivitySettings settings;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ActivityRepository activityRepository;

    CheckInCode codes;

    @PostConstruct
    void init() {
        codes = new CheckInCode(settings.checkIn().codeSecret(), settings.checkIn().codeWindow());
    }

    public ParticipationView signUp(UUID activityId, UUID memberId) {
        Activity activity = activities.get(activityId);
        Attendee self = attendees.requireSelf();
        if (memberId != null && !memberId.equals(self.memberId())) {
            throw new AccessDeniedException("you sign up only yourself");
        }
        Refusal.enforce(AttendancePolicies.takesPart(self.active()));
        Instant now = clock.instant();
        Refusal.enforce(AttendancePolicies.registrationOpen(activity.status, activity.endsAt, now));
        requireEligible(activity, self);
        Participation p = participations.find(activityId, self.holderId()).orElse(null);
        if (p != null && p.registration == Participation.Registration.REGISTERED) {
            throw new ConflictException("already-registered", "you have signed up for this activity already");
        }
        if (!participations.takePlace(activityId)) {
            throw new ConflictException("full", "all " + activity.capacity + " places are taken");
        }
        if (p == null) {
            p = Participation.of(activityId, self);
            participations.persist(p);
        }
        p.registration = Participation.Registration.REGISTERED;
        p.registeredAt = now;
        p.leaveReason = null;
        p.leaveRequestedAt = null;
        return view(p, activity);
    }

    public ParticipationView withdraw(UUID activityId, UUID holderId) {
        Activity activity = activities.get(activityId);
        Attendee self = attendees.requireSelf();
        if (!holderId.equals(self.holderId())) {
            throw new AccessDeniedException("you withdraw only your own registration");
        }
        Refusal.enforce(AttendancePolicies.registrationOpen(activity.status, activity.endsAt, clock.instant()));
        Participation p = participations.find(activityId, holderId)
                .filter(r -> r.registration == Participation.Registration.REGISTERED)
                .orElseThrow(() -> new ConflictException("not-registered", "you have not signed up for this activity"));
        participations.givePlaceBack(activityId);
        p.registration = Participation.Registration.WITHDRAWN;
        return view(p, activity);
    }

    public ParticipationView askForLeave(UUID activityId, String reason) {
        Activity activity = activities.get(activityId);
        Attendee self = attendees.requireSelf();
        Refusal.enforce(AttendancePolicies.takesPart(self.active()));
        Instant now = clock.instant();
        Refusal.enforce(AttendancePolicies.registrationOpen(activity.status, activity.endsAt, now));
        requireEligible(activity, self);
        Participation p = participations.find(activityId, self.holderId()).orElse(null);
        if (p == null) {
            p = Participation.of(activityId, self);
            participations.persist(p);
        } else if (p.checkedInAt != null) {
            throw new ConflictException("already-checked-in", "you checked in already; leave is for those who cannot come");
        } else if (p.registration == Participation.Registration.REGISTERED) {
            participations.givePlaceBack(activityId);
        }
        p.registration = Participation.Registration.ON_LEAVE;
        p.leaveReason = reason.trim();
        p.leaveRequestedAt = now;
        return view(p, activity);
    }

    /** The code the organiser shows now; it rotates every window. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInCode.Shown currentCode(UUID activityId) {
        Activity activity = activities.manageable(activityId);
        Instant now = clock.instant();
        // shown while check-in is open, and after the end for as long as attendees may still check out with it
        boolean checkingOut = activity.status == ActivityStatus.ENDED
                && AttendancePolicies.checkOutOpen(activity.status, activity.endsAt, now, settings.checkIn().checkOutWithin()).isEmpty();
        if (activity.status != ActivityStatus.PUBLISHED && activity.status != ActivityStatus.IN_PROGRESS && !checkingOut) {
            throw new ConflictException("check-in-closed", "an activity that is " + activity.status + " takes no check-ins or check-outs now");
        }
        return codes.current(activityId, now);
    }

    public ParticipationView checkIn(UUID activityId, AttendanceRequests.CheckIn request) {
        boolean byCode = requireOneProof(request.code(), request.latitude(), request.longitude());
        Activity activity = activities.get(activityId);
        Attendee self = attendees.requireSelf();
        Instant now = clock.instant();
        Refusal.enforce(AttendancePolicies.takesPart(self.active()));
        requireEligible(activity, self);
        Refusal.enforce(AttendancePolicies.checkInOpen(activity.status, activity.startsAt, activity.endsAt, now, settings.checkIn().opensBefore()));
        requireThere(activity, request.code(), request.latitude(), request.longitude(), now);
        Participation p = participations.find(activityId, self.holderId()).orElse(null);
        if (p != null && p.checkedInAt != null) {
            throw new ConflictException("already-checked-in", "you checked in at " + p.checkedInAt);
        }
        if (activity.capacity != null && (p == null || p.registration != Participation.Registration.REGISTERED)) {
            throw new ConflictException("registration-required", "this activity has limited places: sign up before checking in");
        }
        if (p == null) {
            p = Participation.of(activityId, self);
            participations.persist(p);
        }
        p.checkedInAt = now;
        p.checkInMethod = byCode ? Participation.CheckInMethod.CODE : Participation.CheckInMethod.LOCATION;
        p.late = AttendancePolicies.isLate(activity.startsAt, now, settings.checkIn().lateAfter());
        return view(p, activity);
    }

    /**
     * Check-out (签退) proves presence as check-in does, by the code or location: the hours credited are the time between
     * the two, so a check-out from elsewhere would forge them. Only after an in-person check-in, once, before confirmation.
     */
    public ParticipationView checkOut(UUID activityId, AttendanceRequests.CheckOut request) {
        boolean byCode = requireOneProof(request.code(), request.latitude(), request.longitude());
        Activity activity = activities.get(activityId);
        Attendee self = attendees.requireSelf();
        Instant now = clock.instant();
        Refusal.enforce(AttendancePolicies.takesPart(self.active()));
        Refusal.enforce(AttendancePolicies.checkOutOpen(activity.status, activity.endsAt, now, settings.checkIn().checkOutWithin()));
        Participation p = participations.find(activityId, self.holderId()).filter(Participation::checkedInInPerson)
                .orElseThrow(() -> new ConflictException("not-checked-in",
                        "check in (by the code or location) before checking out; a make-up request is not a check-in"));
        if (p.checkedOutAt != null) {
            throw new ConflictException("already-checked-out", "you checked out at " + p.checkedOutAt);
        }
        if (p.confirmedAt != null) {
            throw new ConflictException("already-confirmed", "your attendance was confirmed at " + p.confirmedAt);
        }
        requireThere(activity, byCode ? request.code() : null, request.latitude(), request.longitude(), now);
        p.checkedOutAt = now;
        return view(p, activity);
    }

    /** @return true for the code, false for a location: exactly one of them, a location with both coordinates */
    private static boolean requireOneProof(String code, BigDecimal latitude, BigDecimal longitude) {
        boolean byCode = code != null;
        boolean byLocation = latitude != null || longitude != null;
        if (byCode == byLocation) {
            throw new InvalidInputException("code", "give either the code or your latitude and longitude");
        }
        if (byLocation && (latitude == null || longitude == null)) {
            throw new InvalidInputException(latitude == null ? "latitude" : "longitude", "is required with the other coordinate");
        }
        return byCode;
    }

    /** The attendee is there now: the code the organiser shows (this window or the previous), or within the radius. */
    private void requireThere(Activity activity, String code, BigDecimal latitude, BigDecimal longitude, Instant now) {
        if (code != null) {
            if (!codes.accepts(activity.id, code, now)) {
                // the same answer whether the code expired, belongs to another activity or was guessed: no oracle
                throw new InconsistentInputException("invalid-check-in-code", "code",
                        "is not this activity's current check-in code; scan the code the organiser shows now");
            }
            return;
        }
        if (activity.latitude == null) {
            throw new ConflictException("no-location", "this activity has no coordinates; use the organiser's code");
        }
        Optional<Refusal> far = AttendancePolicies.withinRadius(latitude, longitude, activity.latitude, activity.longitude,
                settings.checkIn().radiusMetres());
        if (far.isPresent()) {
            throw new InconsistentInputException(far.get().slug(), "latitude", far.get().detail());
        }
    }

    public ParticipationView askForMakeUp(UUID activityId, String reason) {
        Activity activity = activities.get(activityId);
        Attendee self = attendees.requireSelf();
        Instant now = clock.instant();
        Refusal.enforce(AttendancePolicies.takesPart(self.active()));
        requireEligible(activity, self);
        Refusal.enforce(AttendancePolicies.makeUpOpen(activity.status, activity.startsAt, activity.endsAt, now, settings.checkIn().makeUpWithin()));
        Participation p = participations.find(activityId, self.holderId()).orElse(null);
        if (p != null && p.checkedInAt != null) {
            throw new ConflictException("already-checked-in", "you checked in at " + p.checkedInAt);
        }
        if (p == null) {
            p = Participation.of(activityId, self);
            participations.persist(p);
        }
        p.checkedInAt = now;
        p.checkInMethod = Participation.CheckInMethod.MAKE_UP;
        p.makeUp = true;
        p.makeUpReason = reason.trim();
        return view(p, activity);
    }

    public ParticipationView approveMakeUp(UUID activityId, UUID holderId) {
        Activity activity = activities.manageable(activityId);
        Participation p = participations.find(activityId, holderId)
                .orElseThrow(() -> new ResourceNotFoundException("attendee", holderId));
        if (!p.makeUp || p.makeUpApprovedAt != null) {
            throw new ConflictException("no-make-up-to-approve", "this attendee has no make-up check-in waiting for approval");
        }
        Optional<Attendee> attendee = attendees.holder(holderId);
        Refusal.enforce(AttendancePolicies.takesPart(attendee.map(Attendee::active).orElse(true)));
        Refusal.enforce(AttendancePolicies.notOwnAttendance(caller.sub().orElse(null), attendee.map(Attendee::sub).orElse(null)));
        p.makeUpApprovedBy = caller.subject();
        p.makeUpApprovedAt = clock.instant();
        LOG.infof("Make-up check-in approved for activity %s", activityId);
        return view(p, activity);
    }

    /**
     * A page of the attendance: everyone with a record (those who checked in first), then, once it ended, the members
     * expected there without one as absent (absences are derived), by name. Paged and counted in the database, with
     * the same few queries whatever the page size: the records' names are read for the whole page at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ParticipationView> attendance(UUID activityId, PageRequest page) {
        Activity activity = activities.get(activityId);
        requireSeesAttendance(activity);
        PanacheQuery<Participation> records = participations.ofActivity(activityId);
        long recorded = records.count();
        PanacheQuery<RosterMember> absentees = absentees(activity);
        long absent = absentees == null ? 0 : absentees.count();
        long offset = page.offset();
        List<ParticipationView> items = new ArrayList<>();
        if (offset < recorded) {
            List<Participation> slice = records.range((int) offset, (int) (Math.min(recorded, offset + page.size()) - 1)).list();
            Map<UUID, String> names = attendees.namesOf(slice.stream().map(p -> p.holderId).toList());
            slice.forEach(p -> items.add(ParticipationView.of(p, names.get(p.holderId), activity)));
        }
        long absentFrom = Math.max(0, offset - recorded);
        int room = page.size() - items.size();
        if (room > 0 && absentFrom < absent) {
            absentees.range((int) absentFrom, (int) (Math.min(absent, absentFrom + room) - 1)).list()
                    .forEach(m -> items.add(ParticipationView.absentee(activityId, Attendees.of(m))));
        }
        return new PageResponse<>(items, page.page(), page.size(), recorded + absent);
    }

    /** The members expected at an ended activity who have no record of it; null when none are expected (not ended, or open to others only). */
    private PanacheQuery<RosterMember> absentees(Activity activity) {
        if (activity.status != ActivityStatus.ENDED) {
            return null;
        }
        if (activity.eligibility.contains(Eligibility.SUBTREE_MEMBERS)) {
            // the subtree by the directory's path prefix: one parameter however large (never one per organisation)
            return directory.subtreePath(activity.organisationId)
                    .map(prefix -> members.withoutRecord(activity.id, activity.organisationId, prefix)).orElse(null);
        }
        if (activity.eligibility.contains(Eligibility.ORGANISATION_MEMBERS)) {
            return members.withoutRecord(activity.id, activity.organisationId, null);
        }
        return null;
    }

    /**
     * One attendee's record of an activity: for the attendee themself (a member or volunteer, by the token's sub), and
     * for those who see the attendance. 404 when the activity is unknown or the holder has no record of it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ParticipationView record(UUID activityId, UUID holderId) {
        Activity activity = activities.get(activityId);
        boolean own = attendees.self().map(self -> self.holderId().equals(holderId)).orElse(false);
        if (!own) {
            requireSeesAttendance(activity);
        }
        Participation p = participations.find(activityId, holderId)
                .orElseThrow(() -> new ResourceNotFoundException("attendance record of holder", holderId));
        return view(p, activity);
    }

    private void requireSeesAttendance(Activity activity) {
        if (!caller.mayRead(activities.pathOf(activity.organisationId))) {
            throw new AccessDeniedException("only the organiser and those who read its organisation see the attendance");
        }
    }

    /**
     * The organiser confirms attendance and hours (确认出勤). The hours are derived from presence: at most the time between
     * an in-person check-in and the check-out, rounded down to the quarter hour, and at most the service hours; beyond
     * that, or without a check-in of one's own, only as a make-up with a reason. Nobody confirms their own attendance,
     * and members whose standing has ended are confirmed for nothing. All attendees are checked before any is written.
     * Each attendee's confirmation is one conditional update of their (activity, holder) row; only the transaction that
     * changed it writes activity.attendance-confirmed.v1, so sending the confirmation twice, or two at once, announces
     * each attendee exactly once. Other hours later: 409.
     */
    public ConfirmationView confirm(UUID activityId, List<AttendanceRequests.ConfirmedAttendee> requested) {
        Activity activity = activities.manageable(activityId);
        if (activity.status != ActivityStatus.ENDED) {
            throw new ConflictException("not-ended", "attendance is confirmed once the activity has ended (it is " + activity.status
                    + "); the organiser may end it early");
        }
        String confirmer = caller.sub().orElse(null);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            planned.add(plan(activity, requested.get(i), confirmer, "attendees[" + i + "]"));
        }
        String by = caller.subject();
        Instant now = clock.instant();
        Map<UUID, ConfirmationView.Confirmed> confirmed = new LinkedHashMap<>();
        participations.flush();
        for (Planned plan : planned) {
            confirmed.put(plan.attendee().holderId(), confirmOne(activity, plan, by, now));
        }
        participations.getEntityManager().clear(); // the rows changed underneath the persistence context
        return new ConfirmationView(List.copyOf(confirmed.values()));
    }

    /**
     * What one attendee's confirmation will record, every rule checked first.
     *
     * @param hours        null for an attendee confirmed before, when the request leaves the hours out: what was kept stands
     * @param makeUpReason the organiser's reason, when this confirmation records a make-up
     */
    record Planned(Attendee attendee, BigDecimal hours, String makeUpReason, LocalDate servedOn, String field) {
    }

    private Planned plan(Activity activity, AttendanceRequests.ConfirmedAttendee requested, String confirmer, String field) {
        Attendee attendee = resolve(requested, field);
        enforce(field, AttendancePolicies.takesPart(attendee.active()));
        enforce(field, AttendancePolicies.notOwnAttendance(confirmer, attendee.sub()));
        String reason = requested.makeUpReason() == null ? null : requested.makeUpReason().trim();
        if (reason != null && reason.isEmpty()) {
            throw new InvalidInputException(field + ".makeUpReason", "must not be blank; leave it out unless you record a make-up");
        }
        Participation p = participations.find(activity.id, attendee.holderId()).orElse(null);
        boolean inPerson = p != null && p.checkedInInPerson();
        LocalDate servedOn = ChinaTime.dateOf(inPerson ? p.checkedInAt : activity.startsAt);
        BigDecimal hours = requested.hours() == null ? null : validHours(requested.hours(), activity, field + ".hours");
        if (p != null && p.confirmedAt != null) {
            return new Planned(attendee, hours, reason, servedOn, field); // a repeat: confirmOne compares with what was kept
        }
        // the attendee's own make-up request (补签) carries their reason; the organiser's confirmation approves it
        boolean madeUpWithReason = reason != null || (p != null && p.checkInMethod == Participation.CheckInMethod.MAKE_UP);
        if (!inPerson && !madeUpWithReason) {
            throw new InvalidInputException(field + ".makeUpReason", "is required: this attendee has no check-in of their own, "
                    + "so the confirmation records a make-up, which needs a reason");
        }
        BigDecimal creditable = madeUpWithReason
                ? (activity.serviceHours == null ? PresenceHours.ZERO : activity.serviceHours.setScale(2))
                : PresenceHours.creditable(PresenceHours.between(p.checkedInAt, p.checkedOutAt, activity.startsAt, endOf(activity)),
                        activity.serviceHours);
        if (hours == null) {
            hours = creditable;
        } else if (!madeUpWithReason) {
            enforce(field + ".hours", AttendancePolicies.hoursWithinPresence(hours, creditable));
        }
        return new Planned(attendee, hours, reason, servedOn, field);
    }

    /** When the activity's time ended: endsAt, or the organiser's earlier end. Presence after it is not counted. */
    static Instant endOf(Activity activity) {
        return activity.endedAt != null && activity.endedAt.isBefore(activity.endsAt) ? activity.endedAt : activity.endsAt;
    }

    private ConfirmationView.Confirmed confirmOne(Activity activity, Planned plan, String by, Instant now) {
        Attendee attendee = plan.attendee();
        UUID holder = attendee.holderId();
        if (plan.makeUpReason() != null) {
            // someone confirmed without any record of their own is recorded as an approved, flagged make-up with the reason;
            // a record of their own becomes one
            participations.insertConfirmedMakeUp(activity.id, attendee, plan.makeUpReason(), by, now);
            participations.recordMakeUp(activity.id, holder, plan.makeUpReason(), by, now);
        } else {
            // a pending make-up request (补签) is approved by the confirmation; an in-person check-in stays what it is
            participations.approvePendingMakeUp(activity.id, holder, by, now);
        }
        boolean changed = plan.hours() != null && participations.confirm(activity.id, holder, plan.hours(), by, now);
        ParticipationRepository.Kept kept = participations.kept(activity.id, holder);
        if (changed) {
            events.attendanceConfirmed(activity, holder, kept.kind().name(), kept.memberId(), plan.hours(), kept.makeUp(), plan.servedOn(), by, now);
            LOG.infof("Attendance confirmed for activity %s (%s, %s hours)", activity.id, kept.kind(), plan.hours());
        } else if (plan.hours() != null && kept.hours().compareTo(plan.hours()) != 0) {
            throw new ConflictException("already-confirmed", plan.field() + ".hours: this attendee was confirmed with " + kept.hours()
                    + " hours; a confirmation is final");
        }
        return new ConfirmationView.Confirmed(holder, kept.kind(), kept.memberId(), kept.hours().setScale(2), kept.confirmedAt(), kept.makeUp(),
                plan.servedOn(), changed);
    }

    /**
     * A page of the caller's activities starting in [from, to) (我的活动): those they hold a place in, those coming up
     * that they may attend, those they attended; or one of these kinds. Chosen, paged and counted in the database,
     * eligibility included. 404 for a login no member or volunteer known here is linked to (as on every …/me path).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<MyActivityView> mine(Instant from, Instant to, MyActivityView.Relation relation, PageRequest page) {
        Instant now = clock.instant();
        Instant start = from != null ? from : now.minus(settings.mine().defaultReach());
        Instant end = to != null ? to : (from != null ? from : now).plus(settings.mine().defaultReach());
        if (!end.isAfter(start)) {
            throw new InvalidInputException("to", "must be after from");
        }
        if (end.isAfter(start.plus(settings.mine().maxWindow()))) {
            throw new InvalidInputException("to", "the window may span at most " + settings.mine().maxWindow().toDays() + " days");
        }
        Attendee self = attendees.self().orElseThrow(NoLinkedAttendee::new);
        boolean member = self.kind() == AttendeeKind.MEMBER;
        // a member whose standing has ended is offered nothing upcoming
        ParticipationRepository.Mine mine = new ParticipationRepository.Mine(self.holderId(), member, self.organisationId(),
                member ? activities.pathOf(self.organisationId()) : List.of(), self.active(), start, end, now, relation);
        long total = participations.countMine(mine);
        List<ParticipationRepository.MineRow> rows = total == 0 ? List.of() : participations.mine(mine, page.offset(), page.size());
        List<UUID> ids = rows.stream().map(ParticipationRepository.MineRow::activityId).toList();
        Map<UUID, Activity> byId = new HashMap<>();
        activityRepository.withIds(ids).forEach(a -> byId.put(a.id, a));
        Map<UUID, Participation> records = new HashMap<>();
        participations.ofHolder(self.holderId(), ids).forEach(p -> records.put(p.activityId, p));
        List<MyActivityView> items = new ArrayList<>();
        for (ParticipationRepository.MineRow row : rows) {
            Activity a = byId.get(row.activityId());
            Participation p = records.get(row.activityId());
            boolean registered = p != null && p.registration == Participation.Registration.REGISTERED;
            boolean attended = p != null && (p.checkedInAt != null || p.confirmedAt != null);
            items.add(new MyActivityView(ActivityView.of(a), p == null ? null : ParticipationView.of(p, self.name(), a), registered,
                    row.upcoming(), attended));
        }
        return new PageResponse<>(items, page.page(), page.size(), total);
    }

    /** 404 on a path about the caller's own records when their login is linked to nobody known here (yet). */
    static class NoLinkedAttendee extends ApiException {
        NoLinkedAttendee() {
            super(404, "no-linked-member", "Not found",
                    "no member or volunteer known to activity-service is linked to your login (yet)", null);
        }
    }

    private Attendee resolve(AttendanceRequests.ConfirmedAttendee requested, String field) {
        if (requested == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (requested.memberId() == null && requested.holderId() == null) {
            throw new InvalidInputException(field + ".memberId", "give memberId for a member or holderId for a volunteer");
        }
        if (requested.memberId() != null && requested.holderId() != null && !requested.memberId().equals(requested.holderId())) {
            throw new InvalidInputException(field + ".holderId", "a member's holderId is their memberId; give one of them");
        }
        if (requested.memberId() != null) {
            return attendees.member(requested.memberId())
                    .orElseThrow(() -> new UnknownReferenceException(field + ".memberId", "member", requested.memberId()));
        }
        return attendees.holder(requested.holderId())
                .orElseThrow(() -> new UnknownReferenceException(field + ".holderId", "attendee", requested.holderId()));
    }

    /** Hours as sent: an exact decimal (400 otherwise), at most the activity's service hours (422 otherwise). */
    private static BigDecimal validHours(BigDecimal requested, Activity activity, String field) {
        BigDecimal hours;
        try {
            hours = ServiceHours.of(requested).value();
        } catch (ServiceHours.Invalid e) {
            throw new InvalidInputException(field, e.getMessage());
        }
        Optional<Refusal> above = AttendancePolicies.hoursWithinServiceHours(hours, activity.serviceHours);
        if (above.isPresent()) {
            throw new InconsistentInputException(above.get().slug(), field, above.get().detail());
        }
        return hours;
    }

    private void requireEligible(Activity activity, Attendee attendee) {
        List<UUID> memberPath = attendee.kind() == AttendeeKind.MEMBER ? activities.pathOf(attendee.organisationId()) : List.of();
        List<UUID> communities = attendee.kind() == AttendeeKind.MEMBER ? hosting.communitiesOf(attendee.memberId()) : List.of();
        Optional<Refusal> refusal = AttendancePolicies.mayAttend(activity.eligibility, activities.pathOf(activity.organisationId), attendee,
                memberPath, communities);
        if (refusal.isPresent()) {
            throw new AccessDeniedException(refusal.get().detail());
        }
    }

    /** A refusal about one field of the body (e.g. attendees[0].hours), named at the start of the detail. */
    private static void enforce(String field, Optional<Refusal> refusal) {
        Refusal.enforce(refusal.map(r -> new Refusal(r.slug(), field + ": " + r.detail())));
    }

    private ParticipationView view(Participation p, Activity activity) {
        return ParticipationView.of(p, attendees.nameOf(p.holderId), activity);
    }
}
