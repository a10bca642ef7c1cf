package cn.dangjian.organisation.unit;

import cn.dangjian.organisation.coverage.CoverageTally;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationRepository;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.organisation.policy.FormationFitsCoveredUnits;
import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.organisation.organisation.Sector;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Registering units and who covers them; the locating organisation's administrators answer for them. */
@ApplicationScoped
@Transactional
public class UnitService {

    private static final Logger LOG = Logger.getLogger(UnitService.class);

    @Inject
    UnitRepository repository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    OrganisationSettings settings;

    @Inject
    HealthService health;

    @Inject
    CoverageTally tally;

    @Inject
    Caller caller;


    public Unit create(UnitRequest request) {
        CreditCode code = creditCode(request.creditCode());
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (repository.findById(id) != null) {
            throw new ConflictException("duplicate-id", "unit " + id + " already exists");
        }
        Unit unit = new Unit();
        unit.id = id;
        apply(unit, request, code);
        repository.persist(unit);
        repository.flush();
        tally.refresh(List.of(unit.locatedInOrganisationId));
        health.recompute(nonNull(unit.coveringOrganisationId));
        LOG.infof("Unit %s (%s) registered in %s, covered by %s", unit.id, unit.kind, unit.locatedInOrganisationId, unit.coveringOrganisationId);
        return unit;
    }

    public Unit update(UUID id, String ifMatch, UnitRequest request) {
        Unit unit = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("unit", id));
        requireManage(unit.locatedInOrganisationId);
        ETags.requireMatch(ifMatch, unit.version);
        CreditCode code = creditCode(request.creditCode());
        UUID coveredBefore = unit.coveringOrganisationId;
        UUID locatedBefore = unit.locatedInOrganisationId;
        apply(unit, request, code);
        repository.flush();
        tally.refresh(List.of(locatedBefore, unit.locatedInOrganisationId));
        List<UUID> affected = new ArrayList<>(nonNull(coveredBefore));
        affected.addAll(nonNull(unit.coveringOrganisationId));
        health.recompute(affected);
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit get(UUID id) {
        Unit unit = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("unit", id));
        if (!caller.mayRead(cn.dangjian.platform.security.OrganisationPath.decode(unit.locatedPath))) {
            throw new AccessDeniedException("unit " + id + " lies outside your scope");
        }
        return unit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Unit> list(UUID under, Sector kind, Boolean covered, PageRequest page) {
        String prefix = under == null ? organisationService.scopePrefix() : organisationService.named("under", under).path;
        PanacheQuery<Unit> query = repository.search(prefix, kind, covered);
        return new PageResponse<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }

    private void apply(Unit unit, UnitRequest request, CreditCode code) {
        if (repository.creditCodeTaken(code, unit.id)) {
            throw new ConflictException("duplicate-credit-code", "a unit with credit code " + code + " is already registered");
        }
        Organisation located = organisations.findById(request.locatedInOrganisationId());
        if (located == null) {
            throw new UnknownReferenceException("locatedInOrganisationId", "organisation", request.locatedInOrganisationId());
        }
        caller.requireManage(located.pathIds());
        if (located.revoked()) {
            throw new InconsistentInputException("organisation-revoked", "locatedInOrganisationId", "organisation was revoked on " + located.revokedOn);
        }
        UUID covering = request.coveringOrganisationId();
        if (covering != null && !covering.equals(unit.coveringOrganisationId)) {
            // lock the covering organisation so that two units cannot both take its last place
            Organisation organisation = organisations.findById(covering, LockModeType.PESSIMISTIC_WRITE);
            if (organisation == null) {
                throw new UnknownReferenceException("coveringOrganisationId", "organisation", covering);
            }
            caller.requireManage(organisation.pathIds());
            if (organisation.revoked()) {
                throw new InconsistentInputException("organisation-revoked", "coveringOrganisationId", "organisation was revoked on " + organisation.revokedOn);
            }
            long after = repository.coveredBy(covering, unit.id) + 1;
            Refusal.enforce(FormationFitsCoveredUnits.check(organisation.formation, after, settings));
        }
        unit.name = request.name();
        unit.creditCode = code;
        unit.kind = request.kind();
        unit.aboveDesignatedSize = Boolean.TRUE.equals(request.aboveDesignatedSize());
        unit.employees = request.employees();
        unit.declaredPartyMembers = request.declaredPartyMembers();
        unit.address = request.address();
        unit.locatedInOrganisationId = located.id;
        unit.locatedPath = located.path;
        unit.coveringOrganisationId = covering;
    }

    private void requireManage(UUID organisation) {
        Organisation located = organisations.findById(organisation);
        caller.requireManage(located == null ? List.of() : located.pathIds());
    }

    private static CreditCode creditCode(String raw) {
        try {
            return CreditCode.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("creditCode", e.getMessage());
        }
    }

    private static List<UUID> nonNull(UUID id) {
        return id == null ? List.of() : List.of(id);
    }
}
