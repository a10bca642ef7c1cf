package cn.dangjian.organisation.organisation;

import cn.dangjian.organisation.events.OrganisationEvents;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Creating and reading the organisation tree, within the caller's organisation scope. */
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
            if (!caller.isPlatformAdmin()) {
                throw new AccessDeniedException("only platform-admin creates a root organisation");
            }
        } else {
            parent = repository.findById(request.parentId());
            if (parent == null) {
                throw new UnknownReferenceException("parentId", "organisation", request.parentId());
            }
            caller.requireManage(parent.pathIds());
            if (parent.revokedOn != null) {
                throw new ConflictException("parent-revoked", "organisation " + parent.id + " was revoked on " + parent.revokedOn);
            }
            if (!request.level().mayBeChildOf(parent.level)) {
                throw new InconsistentInputException("level-below-parent", "level",
                        request.level() + " cannot sit under a " + parent.level);
            }
        }
        Organisation organisation = Organisation.create(id, request.code(), request.name(), request.level(), request.sector(),
                request.formation() == null ? Formation.SINGLE : request.formation(), parent);
        repository.persist(organisation);
        events.created(organisation);
        LOG.infof("Organisation %s (%s) created under %s", organisation.id, organisation.level, organisation.parentId);
        return organisation;
    }

    /** Replaces the maintained fields, if the caller read the current version (If-Match) and may manage it. */
    public Organisation update(UUID id, String ifMatch, UpdateOrganisation request) {
        Organisation organisation = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        caller.requireManage(organisation.pathIds());
        ETags.requireMatch(ifMatch, organisation.version);
        if (organisation.revokedOn != null) {
            throw new ConflictException("organisation-revoked", "organisation " + id + " was revoked on " + organisation.revokedOn);
        }
        if (!organisation.code.equals(request.code()) && repository.codeTaken(request.code())) {
            throw new ConflictException("duplicate-code", "organisation code " + request.code() + " is already taken");
        }
        organisation.code = request.code();
        organisation.name = request.name();
        organisation.sector = request.sector();
        organisation.formation = request.formation() == null ? Formation.SINGLE : request.formation();
        organisation.updatedAt = java.time.Instant.now();
        repository.flush(); // bumps the version, which is the new ETag
        events.updated(organisation);
        LOG.infof("Organisation %s updated (version %d)", organisation.id, organisation.version);
        return organisation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(UUID id) {
        Organisation organisation = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
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

    private void requireRead(Organisation organisation) {
        if (!caller.mayRead(organisation.pathIds())) {
            throw new AccessDeniedException("organisation " + organisation.id + " is outside your scope");
        }
    }

    /** Everything for the district and read-only roles; an org-admin's own subtree otherwise. */
    private String scopePrefix() {
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
