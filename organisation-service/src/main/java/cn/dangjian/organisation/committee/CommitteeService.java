package cn.dangjian.organisation.committee;

import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.counts.Sql;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationRepository;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.organisation.policy.OrganisationPolicies;
import cn.dangjian.organisation.policy.TermLength;
import cn.dangjian.organisation.time.Clocks;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.UnknownReferenceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The committee and term of an organisation; who holds the secretary post, and since when it is vacant. */
@ApplicationScoped
@Transactional
public class CommitteeService {

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository repository;

    @Inject
    OrganisationPolicies policies;

    @Inject
    MemberCounts members;

    @Inject
    HealthService health;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The committee, or null when none is recorded (its ETag is then "0"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Committee find(UUID organisationId) {
        organisations.get(organisationId);
        return em.find(Committee.class, organisationId);
    }

    public Committee replace(UUID organisationId, String ifMatch, CommitteeRequest request) {
        Organisation organisation = repository.findByIdOptional(organisationId)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", organisationId));
        caller.requireManage(organisation.pathIds());
        Committee committee = em.find(Committee.class, organisationId);
        ETags.requireMatch(ifMatch, etagVersion(committee));
        if (organisation.revoked()) {
            throw new ConflictException("organisation-revoked", "organisation " + organisationId + " was revoked on " + organisation.revokedOn);
        }
        long secretaries = request.seats().stream().filter(s -> s.post() == Post.SECRETARY).count();
        if (secretaries > 1) {
            throw new InvalidInputException("seats", "at most one SECRETARY");
        }
        if (request.seats().stream().map(Seat::memberId).distinct().count() < request.seats().size()) {
            throw new InvalidInputException("seats", "a member holds one seat");
        }
        for (int i = 0; i < request.seats().size(); i++) {
            UUID member = request.seats().get(i).memberId();
            if (!members.knows(member)) {
                throw new UnknownReferenceException("seats[" + i + "].memberId", "member", member);
            }
        }
        LocalDate termEndsOn = request.termEndsOn() != null ? request.termEndsOn()
                : TermLength.endOf(request.termStartsOn(), organisation.sector, policies);
        if (termEndsOn.isBefore(request.termStartsOn())) {
            throw new InvalidInputException("termEndsOn", "must not be before termStartsOn");
        }
        LocalDate today = Clocks.today(clock);
        if (request.secretaryVacantSince() != null && request.secretaryVacantSince().isAfter(today)) {
            throw new InvalidInputException("secretaryVacantSince", "must not be in the future");
        }
        boolean fresh = committee == null;
        if (fresh) {
            committee = new Committee();
            committee.organisationId = organisationId;
        }
        LocalDate vacantBefore = committee.secretaryVacantSince;
        committee.termStartsOn = request.termStartsOn();
        committee.termEndsOn = termEndsOn;
        committee.secretaryVacantSince = secretaries == 1 ? null
                : request.secretaryVacantSince() != null ? request.secretaryVacantSince()
                : vacantBefore != null ? vacantBefore : today;
        committee.updatedAt = Instant.now();
        if (fresh) {
            em.persist(committee);
        }
        em.flush(); // updatedAt always changes, so the version (the ETag) moves even when only the seats change
        sql.update("DELETE FROM committee_seat WHERE organisation_id = ?", organisationId);
        for (int i = 0; i < request.seats().size(); i++) {
            Seat seat = request.seats().get(i);
            sql.update("INSERT INTO committee_seat (organisation_id, seat, post, member_id, name) VALUES (?, ?, ?, ?, ?)",
                    organisationId, i, seat.post().name(), seat.memberId(), seat.name());
        }
        health.recompute(List.of(organisationId));
        return committee;
    }

    /** "0" means "no committee yet"; a recorded committee's ETag is its version + 1, so the two never meet. */
    public static long etagVersion(Committee committee) {
        return committee == null ? 0 : committee.version + 1;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Seat> seats(UUID organisationId) {
        return sql.list("SELECT post, member_id, name FROM committee_seat WHERE organisation_id = ? ORDER BY seat",
                rs -> new Seat(Post.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3)), organisationId);
    }

    /** Live organisations in the caller's scope whose term ends within {@code days} days (or has already ended). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TermEnding> ending(Integer days, PageRequest page) {
        int within = days == null ? policies.termEndingWithinDays() : days;
        if (within < 0 || within > 3650) {
            throw new InvalidInputException("within", "must be between 0 and 3650 days");
        }
        LocalDate until = Clocks.today(clock).plusDays(within);
        String prefix = organisations.scopePrefix() + "%";
        long total = sql.one("""
                SELECT count(*) FROM committee c JOIN organisation o ON o.id = c.organisation_id
                WHERE o.revoked_on IS NULL AND o.path LIKE ? AND c.term_ends_on <= ?""", rs -> rs.getLong(1), prefix, until);
        List<TermEnding> items = sql.list("""
                SELECT o.id, o.name, c.term_ends_on FROM committee c JOIN organisation o ON o.id = c.organisation_id
                WHERE o.revoked_on IS NULL AND o.path LIKE ? AND c.term_ends_on <= ?
                ORDER BY c.term_ends_on, o.id LIMIT ? OFFSET ?""",
                rs -> new TermEnding(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)),
                prefix, until, page.size(), page.offset());
        return new PageResponse<>(items, page.page(), page.size(), total);
    }
}
