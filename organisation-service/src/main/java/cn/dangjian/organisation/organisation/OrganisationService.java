package cn.dangjian.organisation.organisation;

import cn.dangjian.organisation.committee.CommitteeService;
import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.coverage.CoverageRepository;
import cn.dangjian.organisation.coverage.CoverageTally;
import cn.dangjian.organisation.events.OrganisationEvents;
import cn.dangjian.organisation.health.HealthRepository;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.organisation.policy.ChildSitsBelowParentLevel;
import cn.dangjian.organisation.policy.FormationFitsCoveredUnits;
import cn.dangjian.organisation.policy.NoMoveIntoOwnSubtree;
import cn.dangjian.organisation.policy.OnlyPlatformAdminCreatesRoots;
import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.organisation.policy.RevokeOnlyWhenEmpty;
import cn.dangjian.platform.time.ChinaTime;
import cn.dangjian.organisation.time.UpdateTimestamped;
import cn.dangjian.organisation.unit.UnitRepository;
import cn.dangjian.platform.rules.Refusal;
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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Creating, changing, moving and revoking organisations of the tree, within the caller's organisation scope. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);

    @Inject
    OrganisationRepository repository;

    @Inject
    OrganisationEvents events;

    @Inject
    Caller caller;

    @Inject
    UnitRepository units;

    @Inject
    CoverageRepository coverage;

    @Inject
    HealthRepository findings;

    @Inject
    HealthService health;

    @Inject
    MemberCounts counts;

    @Inject
    Clock clock;

    @Inject
    CoverageTally tally;

    @Inject
    OrganisationSettings settings;

    @Inject
    CommitteeService committees;

    public Organisation create(NewOrganisation request) {
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (repository.findById(id) != null) {
            throw new ConflictException("duplicate-id", "organisation " + id + " already exists");
        }
        if (repository.codeTaken(request.code())) {
            throw new ConflictException("duplicate-code", "organisation code " + request.code() + " is already taken");
        }
        Organisation parent = null;
        if (request.parentId() == null) {
            OnlyPlatformAdminCreatesRoots.check(caller.isPlatformAdmin()).ifPresent(refusal -> {
                throw new AccessDeniedException(refusal.detail());
            });
        } else {
            repository.treeLock(true);
            parent = repository.findById(request.parentId());
            if (parent == null) {
                throw new UnknownReferenceException("parentId", "organisation", request.parentId());
            }
            caller.requireManage(parent.pathIds());
            if (parent.revoked()) {
                throw new ConflictException("parent-revoked", "organisation " + parent.id + " was revoked on " + parent.revokedOn);
            }
            ChildSitsBelowParentLevel.check(request.level(), parent.level).ifPresent(refusal -> {
                throw new InconsistentInputException(refusal.slug(), "level", refusal.detail());
            });
        }
        Organisation organisation = Organisation.create(id, request.code(), request.name(), request.level(), request.sector(),
                request.formation() == null ? Formation.SINGLE : request.formation(), parent);
        organisation.foundedOn = request.foundedOn();
        repository.persist(organisation);
        events.created(organisation);
        repository.flush();
        health.recompute(parent == null ? List.of(organisation.id) : List.of(organisation.id, parent.id));
        LOG.infof("Organisation %s (%s) created under %s", organisation.id, organisation.level, organisation.parentId);
        return organisation;
    }

    /** Replaces the maintained fields, if the caller read the current version (If-Match) and may manage it. */
    public Organisation update(UUID id, String ifMatch, UpdateOrganisation request) {
        // locked like a unit locks its covering organisation, so a formation change and a unit taking a place are serialised
        Organisation organisation = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        caller.requireManage(organisation.pathIds());
        ETags.requireMatch(ifMatch, organisation.version);
        if (organisation.revoked()) {
            throw new ConflictException("organisation-revoked", "organisation " + id + " was revoked on " + organisation.revokedOn);
        }
        if (!organisation.code.equals(request.code()) && repository.codeTaken(request.code())) {
            throw new ConflictException("duplicate-code", "organisation code " + request.code() + " is already taken");
        }
        Formation formation = request.formation() == null ? Formation.SINGLE : request.formation();
        if (formation != organisation.formation) {
            FormationFitsCoveredUnits.check(formation, units.coveredBy(id), settings).ifPresent(refusal -> {
                throw new ConflictException(refusal.slug(), "formation " + formation + " refused: " + refusal.detail());
            });
        }
        boolean sectorChanged = organisation.sector != request.sector();
        organisation.code = request.code();
        organisation.name = request.name();
        organisation.sector = request.sector();
        organisation.formation = formation;
        organisation.foundedOn = request.foundedOn();
        repository.flush(); // a change bumps the version (the new ETag) and updatedAt
        if (sectorChanged) {
            committees.rederiveTerm(organisation.id, organisation.sector); // the term's length follows the sector
        }
        events.updated(organisation);
        tally.refreshCoveredBy(organisation.id); // the formation decides covered alone or jointly
        health.recompute(withParent(organisation));
        LOG.infof("Organisation %s updated (version %d)", organisation.id, organisation.version);
        return organisation;
    }

    /**
     * Moves an organisation with its whole subtree under a new parent: every path below is rewritten by prefix in this
     * one transaction (organisations, units located there, findings), and organisation.moved.v1 tells the others.
     */
    public Organisation move(UUID id, MoveOrganisation request) {
        repository.treeLock(false);
        Organisation organisation = find(id);
        caller.requireManage(organisation.pathIds());
        if (organisation.revoked()) {
            throw new ConflictException("organisation-revoked", "organisation " + id + " was revoked on " + organisation.revokedOn);
        }
        Organisation parent = repository.findById(request.parentId());
        if (parent == null) {
            throw new UnknownReferenceException("parentId", "organisation", request.parentId());
        }
        caller.requireManage(parent.pathIds());
        Refusal.enforce(NoMoveIntoOwnSubtree.check(id, parent.pathIds()));
        if (parent.revoked()) {
            throw new ConflictException("parent-revoked", "organisation " + parent.id + " was revoked on " + parent.revokedOn);
        }
        ChildSitsBelowParentLevel.check(organisation.level, parent.level).ifPresent(refusal -> {
            throw new InconsistentInputException(refusal.slug(), "parentId", refusal.detail());
        });
        if (parent.id.equals(organisation.parentId)) {
            return organisation; // already there: nothing moves, nothing to announce
        }
        UUID oldParent = organisation.parentId;
        String oldPath = organisation.path;
        List<UUID> oldIds = organisation.pathIds();
        List<UUID> newIds = new ArrayList<>(parent.pathIds());
        newIds.add(id);
        String newPath = cn.dangjian.platform.security.OrganisationPath.encode(newIds);
        repository.flush();
        // the whole subtree in a few statements: organisations (bulk, so the timestamp comes from where the entities' do),
        // the units located there, their coverage tallies and findings
        repository.moveSubtree(id, parent.id, oldPath, newPath, UpdateTimestamped.now());
        units.rewriteLocatedPaths(oldPath, newPath);
        coverage.rewritePaths(oldPath, newPath);
        findings.rewritePaths(oldPath, newPath);
        repository.getEntityManager().refresh(organisation);
        events.moved(id, oldIds, newIds);
        List<UUID> affected = new ArrayList<>(List.of(id, parent.id));
        if (oldParent != null) {
            affected.add(oldParent);
        }
        health.recompute(affected);
        LOG.infof("Organisation %s moved from %s to %s with its subtree", id, oldParent, parent.id);
        return organisation;
    }

    /** Revokes an organisation that has no members and no live children any more; announces organisation.revoked.v1. */
    public Organisation revoke(UUID id, RevokeOrganisation request) {
        Organisation organisation = find(id);
        caller.requireManage(organisation.pathIds());
        if (organisation.revoked()) {
            throw new ConflictException("organisation-revoked", "organisation " + id + " was already revoked on " + organisation.revokedOn);
        }
        LocalDate today = ChinaTime.today(clock);
        LocalDate revokedOn = request == null || request.revokedOn() == null ? today : request.revokedOn();
        if (revokedOn.isAfter(today)) {
            throw new InvalidInputException("revokedOn", "must not be in the future");
        }
        if (organisation.foundedOn != null && revokedOn.isBefore(organisation.foundedOn)) {
            throw new InvalidInputException("revokedOn", "must not be before the founding day " + organisation.foundedOn);
        }
        Refusal.enforce(RevokeOnlyWhenEmpty.check(repository.liveChildren(id), counts.members(id)));
        organisation.revokedOn = revokedOn;
        repository.flush();
        events.revoked(organisation);
        tally.refreshCoveredBy(id); // its units are no longer covered
        health.forget(id);
        if (organisation.parentId != null) {
            health.recompute(List.of(organisation.parentId));
        }
        LOG.infof("Organisation %s revoked on %s", id, revokedOn);
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(UUID id) {
        Organisation organisation = find(id);
        requireRead(organisation);
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Organisation> list(Level level, String name, PageRequest page) {
        return page(repository.search(scopePrefix(), level, name), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Organisation> children(UUID id, PageRequest page) {
        Organisation organisation = get(id);
        return page(repository.children(organisation.id), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Organisation> subtree(UUID id, PageRequest page) {
        Organisation organisation = get(id);
        return page(repository.subtree(organisation.path), page);
    }

    /**
     * The organisation a query parameter names (`under`, `organisationId`), for a read: an unknown id is a 400 naming
     * the parameter (only an id in the path is a 404), one outside the caller's scope a 403.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation named(String parameter, UUID id) {
        Organisation organisation = repository.findByIdOptional(id)
                .orElseThrow(() -> new InvalidInputException(parameter, "names no organisation: " + id + " is unknown"));
        requireRead(organisation);
        return organisation;
    }

    private Organisation find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }

    private static List<UUID> withParent(Organisation organisation) {
        return organisation.parentId == null ? List.of(organisation.id) : List.of(organisation.id, organisation.parentId);
    }

    private void requireRead(Organisation organisation) {
        if (!caller.mayRead(organisation.pathIds())) {
            throw new AccessDeniedException("organisation " + organisation.id + " is outside your scope");
        }
    }

    /** Everything for the district and read-only roles; an org-admin's own subtree otherwise. */
    public String scopePrefix() {
        if (caller.readsEverywhere()) {
            return "/";
        }
        Optional<Organisation> own = caller.organisationId().flatMap(repository::findByIdOptional);
        // an org-admin whose organisation is unknown sees nothing rather than everything
        return own.map(o -> o.path).orElse("/none/");
    }

    private static PageResponse<Organisation> page(PanacheQuery<Organisation> query, PageRequest page) {
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }
}
