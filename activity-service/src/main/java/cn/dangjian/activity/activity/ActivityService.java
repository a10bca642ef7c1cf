package cn.dangjian.activity.activity;

import cn.dangjian.activity.events.ActivityEvents;
import cn.dangjian.platform.directory.DirectoryEntry;
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
import java.time.Instant;
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
        activity.createdBy = caller.subject();
        activity.createdAt = Instant.now();
        activity.updatedAt = activity.createdAt;
        if (activity.status == ActivityStatus.PUBLISHED) {
            activity.publishedAt = activity.createdAt;
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

    /** Activities the caller may see, filtered, in the order they take place. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Activity> list(UUID organisationId, ActivityType type, Instant from, Instant to, PageRequest page) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from");
        }
        boolean readsEverything = caller.readsEverywhere();
        boolean administers = !readsEverything && caller.has(Roles.ORG_ADMIN);
        List<UUID> organisations = null;
        if (organisationId != null) {
            DirectoryEntry organisation = directory.find(organisationId)
                    .orElseThrow(() -> new InvalidInputException("organisationId", "unknown organisation " + organisationId));
            if (administers) {
                caller.requireRead(organisation.path());
            }
            organisations = directory.subtreeIds(organisationId);
        } else if (administers) {
            organisations = caller.organisationId().map(directory::subtreeIds).orElse(List.of());
        }
        if (organisations != null && organisations.isEmpty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        ActivityStatus status = readsEverything || administers ? null : ActivityStatus.PUBLISHED;
        PanacheQuery<Activity> query = repository.search(organisations, status, type, from, to);
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
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
