package cn.dangjian.organisation.grid;

import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationRepository;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Grids of communities, announced as grid.created/updated/retired.v1 (keyed by the community) for member- and activity-service. */
@ApplicationScoped
@Transactional
public class GridService {

    private static final Logger LOG = Logger.getLogger(GridService.class);

    /** data of grid.*.v1: names and member ids only, never ID or phone numbers */
    public record GridData(UUID id, UUID communityOrganisationId, String name, GridPerson leader, List<GridPerson> workers, LocalDate retiredOn) {
    }

    @Inject
    GridRepository repository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    MemberCounts members;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Grid create(GridRequest request) {
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (repository.findById(id) != null) {
            throw new ConflictException("duplicate-id", "grid " + id + " already exists");
        }
        Organisation community = organisations.findById(request.communityOrganisationId());
        if (community == null) {
            throw new UnknownReferenceException("communityOrganisationId", "organisation", request.communityOrganisationId());
        }
        caller.requireManage(community.pathIds());
        if (community.revoked()) {
            throw new InconsistentInputException("organisation-revoked", "communityOrganisationId", "organisation was revoked on " + community.revokedOn);
        }
        if (community.sector != Sector.COMMUNITY) {
            throw new InconsistentInputException("not-a-community", "communityOrganisationId", "grids belong to a community organisation (sector COMMUNITY)");
        }
        Grid grid = new Grid();
        grid.id = id;
        grid.communityOrganisationId = community.id;
        apply(grid, request);
        repository.persist(grid);
        repository.flush();
        publish(EventTypes.GRID_CREATED, grid);
        LOG.infof("Grid %s created in community %s", grid.id, grid.communityOrganisationId);
        return grid;
    }

    public Grid update(UUID id, String ifMatch, GridRequest request) {
        Grid grid = manageable(id);
        ETags.requireMatch(ifMatch, grid.version);
        if (grid.retiredOn != null) {
            throw new ConflictException("grid-retired", "grid " + id + " was retired on " + grid.retiredOn);
        }
        if (!grid.communityOrganisationId.equals(request.communityOrganisationId())) {
            throw new InconsistentInputException("community-fixed", "communityOrganisationId", "a grid stays in its community; retire it and create another");
        }
        apply(grid, request);
        repository.flush(); // a new version (the ETag) and updatedAt if anything changed, the workers included
        publish(EventTypes.GRID_UPDATED, grid);
        return grid;
    }

    public Grid retire(UUID id) {
        Grid grid = manageable(id);
        if (grid.retiredOn != null) {
            throw new ConflictException("grid-retired", "grid " + id + " was already retired on " + grid.retiredOn);
        }
        grid.retiredOn = ChinaTime.today(clock);
        repository.flush();
        publish(EventTypes.GRID_RETIRED, grid);
        LOG.infof("Grid %s retired", grid.id);
        return grid;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Grid get(UUID id) {
        Grid grid = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("grid", id));
        Organisation community = organisations.findById(grid.communityOrganisationId);
        if (!caller.mayRead(community.pathIds())) {
            throw new AccessDeniedException("grid " + id + " lies outside your scope");
        }
        return grid;
    }

    /**
     * Grids by name: of one community ({@code community}, named by the query parameter {@code parameter}), of the
     * communities under {@code under}, or in the caller's scope; in service only unless {@code includeRetired}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Grid> list(String parameter, UUID community, UUID under, boolean includeRetired, PageRequest page) {
        Organisation one = community == null ? null : organisationService.named(parameter, community);
        String prefix = under == null ? organisationService.scopePrefix() : organisationService.named("under", under).path;
        PanacheQuery<Grid> query = repository.search(one == null ? null : one.id, prefix, includeRetired);
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GridView view(Grid grid) {
        GridPerson leader = grid.leaderMemberId == null && grid.leaderName == null ? null : new GridPerson(grid.leaderMemberId, grid.leaderName, "网格长");
        return new GridView(grid.id, grid.communityOrganisationId, grid.name, leader, grid.workers.stream().map(GridWorker::view).toList(),
                grid.retiredOn, grid.createdAt, grid.updatedAt);
    }

    private Grid manageable(UUID id) {
        Grid grid = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("grid", id));
        caller.requireManage(organisations.findById(grid.communityOrganisationId).pathIds());
        return grid;
    }

    private void apply(Grid grid, GridRequest request) {
        grid.name = request.name();
        GridPerson leader = request.leader();
        if (leader != null) {
            requireIdentified("leader", leader);
            requireKnownMember("leader.memberId", leader.memberId());
        }
        List<GridPerson> workers = request.workers() == null ? List.of() : request.workers();
        for (int i = 0; i < workers.size(); i++) {
            requireIdentified("workers[" + i + "]", workers.get(i));
            requireKnownMember("workers[" + i + "].memberId", workers.get(i).memberId());
        }
        grid.leaderMemberId = leader == null ? null : leader.memberId();
        grid.leaderName = leader == null ? null : leader.name();
        List<GridWorker> kept = workers.stream().map(GridWorker::new).toList();
        if (!workers.equals(grid.workers.stream().map(GridWorker::view).toList())) {
            grid.workers.clear();
            grid.workers.addAll(kept);
        }
    }

    private void requireIdentified(String field, GridPerson person) {
        if (!person.identified()) {
            throw new InvalidInputException(field, "needs a memberId or a name");
        }
    }

    private void requireKnownMember(String field, UUID member) {
        if (member != null && !members.knows(member)) {
            throw new UnknownReferenceException(field, "member", member);
        }
    }

    private void publish(String type, Grid grid) {
        GridView view = view(grid);
        // keyed by the community, as the contract says, so that one community's grid events stay in order
        outbox.publish(Topics.ORGANISATIONS, type, grid.communityOrganisationId,
                new GridData(grid.id, grid.communityOrganisationId, grid.name, view.leader(), view.workers(), grid.retiredOn));
    }
}
