package cn.dangjian.activity.activity;

import cn.dangjian.activity.events.ActivityEvents;
import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ResourceNotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import cn.dangjian.platform.web.ETags;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Creating and reading activities. Those who manage an organisation see its activities in every status; members
 * and volunteers see published ones only, and for them a draft does not exist.
 */
@ApplicationScoped
@Transactional
public class ActivityService {

    private static final Logger LOG = Logger.getLogger(ActivityService.class);

    @Inject
    ActivityRepository repository;

    @Inject
    OrganisationDirectory directory;

    @Inject
    ActivityEvents events;

    @Inject
    Caller caller;

    @Inject
    ActivityLifecycle lifecycle;

    @Inject
    Clock clock;

    public Activity create(NewActivity request) {
        List<Problem.FieldError> invalid = new ArrayList<>();
        ActivityPeriod period = null;
        ServiceHours serviceHours = null;
        try {
            period = ActivityPeriod.of(request.startsAt(), request.endsAt());
        } catch (ActivityPeriod.Invalid e) {
            invalid.add(new Problem.FieldError(e.field(), e.getMessage()));
        }
        if (request.serviceHours() != null) {
            try {
                serviceHours = ServiceHours.of(request.serviceHours());
            } catch (ServiceHours.Invalid e) {
                invalid.add(new Problem.FieldError("serviceHours", e.getMessage()));
            }
        }
        Coordinates coordinates = Coordinates.of(request.latitude(), request.longitude(), invalid);
        if (request.eligibility() != null && request.eligibility().isEmpty()) {
            invalid.add(new Problem.FieldError("eligibility", "must name at least one kind of attendee"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        DirectoryEntry organisation = directory.requireManageable("organisationId", request.organisationId(), caller);
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (repository.findById(id) != null) {
            throw new ConflictException("duplicate-id", "activity " + id + " already exists");
        }
        Activity activity = new Activity();
        activity.id = id;
        activity.organisationId = organisation.id();
        activity.type = request.type();
        activity.status = request.isDraft() ? ActivityStatus.DRAFT : ActivityStatus.PUBLISHED;
        activity.title = request.title().trim();
        activity.startsAt = period.startsAt();
        activity.endsAt = period.endsAt();
        activity.serviceHours = serviceHours == null ? null : serviceHours.value();
        activity.location = blankToNull(request.location());
        activity.description = blankToNull(request.description());
        activity.capacity = request.capacity();
        activity.host = blankToNull(request.host());
        activity.recorder = blankToNull(request.recorder());
        activity.latitude = coordinates == null ? null : coordinates.latitude();
        activity.longitude = coordinates == null ? null : coordinates.longitude();
        activity.eligibility = request.eligibility() != null ? EnumSet.copyOf(request.eligibility()) : defaultEligibility(request.type());
        activity.createdBy = caller.subject();
        if (activity.status == ActivityStatus.PUBLISHED) {
            activity.publishedAt = clock.instant();
        }
        repository.persist(activity);
        if (activity.status == ActivityStatus.PUBLISHED) {
            events.published(activity);
        }
        LOG.infof("Activity %s (%s, %s) created in organisation %s", activity.id, activity.type, activity.status, activity.organisationId);
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Activity get(UUID id) {
        Activity activity = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("activity", id));
        if (caller.mayRead(pathOf(activity))) {
            return activity;
        }
        if (isParticipant()) {
            if (activity.status.isOpenToParticipants()) {
                return activity;
            }
            // a draft is the organiser's business: to anyone else it is as unknown as a wrong id
            throw new ResourceNotFoundException("activity", id);
        }
        throw new AccessDeniedException("activity " + id + " is outside your scope");
    }

    /**
     * Activities the caller may see, filtered, in the order they take place: {@code under} an organisation (it and its
     * subtree), of one {@code organisationId} alone, or both. An unknown organisation in either is a 400 naming it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Activity> list(ActivityFilter filter, PageRequest page) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw new InvalidInputException("to", "must be after from");
        }
        boolean readsEverything = caller.readsEverywhere();
        boolean administers = !readsEverything && caller.has(Roles.ORG_ADMIN);
        String subtree = null;
        if (filter.under() != null) {
            subtree = OrganisationPath.encode(readableFilter(filter.underParameter(), filter.under(), administers).path());
        }
        if (filter.organisationId() != null) {
            readableFilter("organisationId", filter.organisationId(), administers);
        }
        if (administers && subtree == null && filter.organisationId() == null) {
            subtree = caller.organisationId().flatMap(directory::subtreePath).orElse(null);
            if (subtree == null) {
                return new PageResponse<>(List.of(), page.page(), page.size(), 0);
            }
        }
        Set<ActivityStatus> statuses = readsEverything || administers ? null : ActivityStatus.openToParticipants();
        PanacheQuery<Activity> query = repository.search(subtree, filter.organisationId(), statuses, filter.type(), filter.from(), filter.to());
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    /** An organisation named in a query: known here (else 400 naming the parameter), in an org-admin's scope (else 403). */
    private DirectoryEntry readableFilter(String parameter, UUID organisationId, boolean administers) {
        DirectoryEntry organisation = directory.find(organisationId)
                .orElseThrow(() -> new InvalidInputException(parameter, "unknown organisation " + organisationId));
        if (administers) {
            caller.requireRead(organisation.path());
        }
        return organisation;
    }

    /** DRAFT → PUBLISHED, announced as activity.published.v1. */
    public Activity publish(UUID id) {
        Activity activity = manageable(id);
        return move(activity, ActivityStatus.PUBLISHED, null);
    }

    /**
     * Ends an activity before its endsAt (提前结束); announced once as activity.ended.v1. Not before it has begun:
     * an activity that will not take place is cancelled instead.
     */
    public Activity end(UUID id) {
        Activity activity = manageable(id);
        activity.status.requireMayBecome(ActivityStatus.ENDED);
        Instant now = clock.instant();
        if (now.isBefore(activity.startsAt)) {
            throw new ConflictException("not-started", "activity " + id + " starts at " + activity.startsAt
                    + "; cancel it instead of ending it before it has begun");
        }
        return move(activity, ActivityStatus.ENDED, null);
    }

    /** DRAFT or PUBLISHED → CANCELLED with a reason; a published one is announced as activity.cancelled.v1. */
    public Activity cancel(UUID id, String reason) {
        Activity activity = manageable(id);
        return move(activity, ActivityStatus.CANCELLED, reason.trim());
    }

    /**
     * Changes an activity that has not begun, based on the version the caller read (If-Match). PUT replaces every
     * field, PATCH only those it carries. A published activity's change is announced as activity.updated.v1.
     */
    public Activity update(UUID id, String ifMatch, ActivityChange change, boolean replace) {
        Activity activity = manageable(id);
        ETags.requireMatch(ifMatch, activity.version);
        if (!activity.status.isEditable()) {
            throw new ConflictException("not-editable", "an activity that is " + activity.status + " can no longer be changed");
        }
        List<Problem.FieldError> invalid = new ArrayList<>();
        if (replace) {
            for (var required : List.of(new Object[] {"type", change.type()}, new Object[] {"title", change.title()},
                    new Object[] {"startsAt", change.startsAt()}, new Object[] {"endsAt", change.endsAt()})) {
                if (required[1] == null) {
                    invalid.add(new Problem.FieldError((String) required[0], "is required"));
                }
            }
            if (!invalid.isEmpty()) {
                throw new InvalidInputException(invalid);
            }
        }
        Instant startsAt = pick(replace, change.startsAt(), activity.startsAt);
        Instant endsAt = pick(replace, change.endsAt(), activity.endsAt);
        try {
            ActivityPeriod.of(startsAt, endsAt);
        } catch (ActivityPeriod.Invalid e) {
            invalid.add(new Problem.FieldError(e.field(), e.getMessage()));
        }
        BigDecimal serviceHours = pick(replace, change.serviceHours(), activity.serviceHours);
        if (serviceHours != null && (replace || change.serviceHours() != null)) {
            try {
                serviceHours = ServiceHours.of(serviceHours).value();
            } catch (ServiceHours.Invalid e) {
                invalid.add(new Problem.FieldError("serviceHours", e.getMessage()));
            }
        }
        Coordinates coordinates;
        if (replace || change.latitude() != null || change.longitude() != null) {
            coordinates = Coordinates.of(change.latitude(), change.longitude(), invalid);
        } else {
            coordinates = activity.latitude == null ? null : new Coordinates(activity.latitude, activity.longitude);
        }
        if (change.eligibility() != null && change.eligibility().isEmpty()) {
            invalid.add(new Problem.FieldError("eligibility", "must name at least one kind of attendee"));
        }
        if (change.title() != null && change.title().isBlank()) {
            invalid.add(new Problem.FieldError("title", "must not be blank"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        Integer capacity = pick(replace, change.capacity(), activity.capacity);
        if (capacity != null && capacity < activity.registeredCount) {
            throw new ConflictException("capacity-below-registrations",
                    "capacity " + capacity + " is below the " + activity.registeredCount + " places already taken");
        }
        activity.type = pick(replace, change.type(), activity.type);
        activity.title = pick(replace, change.title(), activity.title).trim();
        activity.startsAt = startsAt;
        activity.endsAt = endsAt;
        activity.serviceHours = serviceHours;
        activity.location = blankToNull(pick(replace, change.location(), activity.location));
        activity.description = blankToNull(pick(replace, change.description(), activity.description));
        activity.capacity = capacity;
        activity.host = blankToNull(pick(replace, change.host(), activity.host));
        activity.recorder = blankToNull(pick(replace, change.recorder(), activity.recorder));
        activity.latitude = coordinates == null ? null : coordinates.latitude();
        activity.longitude = coordinates == null ? null : coordinates.longitude();
        if (change.eligibility() != null) {
            activity.eligibility = EnumSet.copyOf(change.eligibility());
        } else if (replace) {
            activity.eligibility = defaultEligibility(activity.type);
        }
        repository.flush(); // the new version (and updatedAt) is the ETag of the answer
        if (activity.status == ActivityStatus.PUBLISHED) {
            events.updated(activity);
        }
        LOG.infof("Activity %s updated", activity.id);
        return activity;
    }

    /**
     * The activity, for a change by its organiser: 404 when unknown (or a draft the caller may not see), 403 unless the
     * caller is platform-admin or org-admin of the organising organisation's subtree.
     */
    public Activity manageable(UUID id) {
        Activity activity = get(id);
        caller.requireManage(pathOf(activity));
        return activity;
    }

    /** Whether the caller organises this activity: platform-admin, or org-admin of the organising organisation's subtree. */
    public boolean organises(Activity activity) {
        return caller.mayManage(pathOf(activity));
    }

    private Activity move(Activity activity, ActivityStatus to, String reason) {
        activity.status.requireMayBecome(to);
        Activity moved = lifecycle.move(activity.id, to, clock.instant(), null, reason)
                // another request or the scheduled job moved it first: answer with the state it is in now
                .orElseThrow(() -> {
                    repository.getEntityManager().refresh(activity);
                    return new ActivityStatus.WrongTransition(activity.status, to);
                });
        LOG.infof("Activity %s is now %s", moved.id, moved.status);
        return moved;
    }

    private static <T> T pick(boolean replace, T given, T current) {
        return replace || given != null ? given : current;
    }

    static Set<Eligibility> defaultEligibility(ActivityType type) {
        return switch (type) {
            case VOLUNTEER_SERVICE, HOUSEHOLD_VISIT, PRACTICAL_MATTERS_PROJECT ->
                    EnumSet.of(Eligibility.SUBTREE_MEMBERS, Eligibility.COMMUNITY_REGISTERED, Eligibility.VOLUNTEERS);
            default -> EnumSet.of(Eligibility.SUBTREE_MEMBERS);
        };
    }

    public List<UUID> pathOf(UUID organisationId) {
        return directory.find(organisationId).map(DirectoryEntry::path).orElse(List.of(organisationId));
    }

    private boolean isParticipant() {
        return caller.has(Roles.MEMBER) || caller.has(Roles.VOLUNTEER);
    }

    private List<UUID> pathOf(Activity activity) {
        // an activity's organisation was in the directory when it was created; revoked ones stay
        return directory.find(activity.organisationId).map(DirectoryEntry::path).orElse(List.of(activity.organisationId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
