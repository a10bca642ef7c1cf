package cn.dangjian.organisation.committee;

import cn.dangjian.organisation.counts.MemberCounts;
import cn.dangjian.organisation.health.HealthService;
import cn.dangjian.organisation.organisation.Organisation;
import cn.dangjian.organisation.organisation.OrganisationRepository;
import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.organisation.policy.OrganisationSettings;
import cn.dangjian.organisation.policy.SeatHolderEligible;
import cn.dangjian.organisation.policy.TermLength;
import cn.dangjian.platform.time.ChinaTime;
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
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The committee and term of an organisation; who holds its seats, and since when the secretary post is vacant. The
 * term's last day and the vacancy are derived here, never taken from a client.
 */
@ApplicationScoped
@Transactional
public class CommitteeService {

    private static final Logger LOG = Logger.getLogger(CommitteeService.class);

    @Inject
    CommitteeRepository committees;

    @Inject
    OrganisationService organisations;

    @Inject
    OrganisationRepository repository;

    @Inject
    OrganisationSettings settings;

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
        return committees.findById(organisationId);
    }

    public Committee replace(UUID organisationId, String ifMatch, CommitteeRequest request) {
        Organisation organisation = repository.findByIdOptional(organisationId)
                .orElseThrow(() -> new ResourceNotFoundException("organisation", organisationId));
        caller.requireManage(organisation.pathIds());
        Committee committee = committees.findById(organisationId);
        ETags.requireMatch(ifMatch, etagVersion(committee));
        if (organisation.revoked()) {
            throw new ConflictException("organisation-revoked", "organisation " + organisationId + " was revoked on " + organisation.revokedOn);
        }
        List<Seat> seats = checkSeats(request.seats());
        boolean secretaryHeld = seats.stream().anyMatch(s -> s.post() == Post.SECRETARY);
        LocalDate today = ChinaTime.today(clock);
        LocalDate termEndsOn = TermLength.endOf(request.termStartsOn(), organisation.sector, settings);
        // a vacancy runs from the day this service saw the seat emptied; re-sending a committee without a secretary keeps that day
        LocalDate vacantSince = secretaryHeld ? null
                : committee != null && committee.secretaryVacantSince != null ? committee.secretaryVacantSince
                : today;
        requireEchoOrDerived("termEndsOn", request.termEndsOn(), committee == null ? null : committee.termEndsOn, termEndsOn);
        requireEchoOrDerived("secretaryVacantSince", request.secretaryVacantSince(), committee == null ? null : committee.secretaryVacantSince,
                vacantSince);
        boolean fresh = committee == null;
        if (fresh) {
            committee = new Committee();
            committee.organisationId = organisationId;
        }
        committee.termStartsOn = request.termStartsOn();
        committee.termEndsOn = termEndsOn;
        committee.secretaryVacantSince = vacantSince;
        if (!seats.equals(committee.seats.stream().map(CommitteeSeat::asStored).toList())) {
            committee.seats.clear();
            for (Seat seat : seats) {
                committee.seats.add(new CommitteeSeat(seat));
            }
        }
        if (fresh) {
            committees.persist(committee);
        }
        committees.flush(); // a changed committee, its seats included, has a new version (the ETag) and updatedAt
        health.recompute(List.of(organisationId));
        return committee;
    }

    /**
     * Checks each seat: a member of the platform must be known (422), a full member, active and in normal standing
     * (409, SeatHolderEligible); a part-time member from outside needs a name and a role, and cannot be the secretary
     * (400). Answers the seats as they are stored: a member's name is theirs from member events, not the client's.
     */
    private List<Seat> checkSeats(List<Seat> requested) {
        if (requested.stream().filter(s -> s.post() == Post.SECRETARY).count() > 1) {
            throw new InvalidInputException("seats", "at most one SECRETARY");
        }
        Set<UUID> seen = new HashSet<>();
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Seat seat = requested.get(i);
            String at = "seats[" + i + "]";
            if (seat.fromOutside()) {
                if (seat.post() == Post.SECRETARY) {
                    throw new InvalidInputException(at + ".memberId", "the secretary is a full member of the platform: name them by memberId");
                }
                if (blank(seat.name())) {
                    throw new InvalidInputException(at + ".name", "a seat holds a member (memberId) or a part-time member from outside by name and role");
                }
                if (blank(seat.role())) {
                    throw new InvalidInputException(at + ".role", "say what a part-time member from outside is on the committee, e.g. 兼职委员");
                }
                seats.add(new Seat(seat.post(), null, seat.name().strip(), seat.role().strip(), blank(seat.from()) ? null : seat.from().strip()));
                continue;
            }
            if (!seen.add(seat.memberId())) {
                throw new InvalidInputException("seats", "a member holds one seat");
            }
            MemberCounts.Member member = members.member(seat.memberId());
            if (member == null) {
                throw new UnknownReferenceException(at + ".memberId", "member", seat.memberId());
            }
            SeatHolderEligible.check(member.status(), member.standing(), member.active(), member.left()).ifPresent(refusal -> {
                throw new ConflictException(refusal.slug(), at + ": member " + member.id() + " " + refusal.detail());
            });
            if (!blank(seat.name()) && member.name() != null && !member.name().equals(seat.name().strip())) {
                throw new InvalidInputException(at + ".name", "a member's name comes from the member record (" + member.name() + "): omit it");
            }
            // the member's own name is shown from member events; the client's is kept only while none has arrived
            seats.add(new Seat(seat.post(), member.id(), member.name() == null && !blank(seat.name()) ? seat.name().strip() : null,
                    blank(seat.role()) ? null : seat.role().strip(), blank(seat.from()) ? null : seat.from().strip()));
        }
        return seats;
    }

    /**
     * A derived value in a request (deprecated, for clients that send back what they read) is accepted only as the
     * committee's current value or the derived one; anything else would be a forged record.
     */
    private static void requireEchoOrDerived(String field, LocalDate sent, LocalDate current, LocalDate derived) {
        if (sent != null && !sent.equals(current) && !sent.equals(derived)) {
            throw new InvalidInputException(field, "is derived by the service, do not send it (it would be "
                    + (derived == null ? "empty" : derived.toString()) + ")");
        }
    }

    /** The term's last day follows the organisation's sector: re-derived when the sector changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rederiveTerm(UUID organisationId, Sector sector) {
        Committee committee = committees.findById(organisationId);
        if (committee != null) {
            committee.termEndsOn = TermLength.endOf(committee.termStartsOn, sector, settings);
            committees.flush();
        }
    }

    /**
     * A member whose membership ended (not active) or who left the platform holds no seat any more: their seats are
     * emptied, and an emptied SECRETARY seat starts a vacancy today (China time). Answers the organisations whose
     * committee changed, for their health findings.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> vacateSeatsOfDeparted(UUID memberId) {
        if (memberId == null) {
            return Set.of();
        }
        MemberCounts.Member member = members.member(memberId);
        if (member == null || (member.active() && !member.left())) {
            return Set.of();
        }
        LocalDate today = ChinaTime.today(clock);
        Set<UUID> changed = new LinkedHashSet<>();
        for (Committee committee : committees.withSeatOf(memberId)) {
            boolean secretary = committee.seats.stream().anyMatch(seat -> seat.heldBy(memberId) && seat.post == Post.SECRETARY);
            committee.seats.removeIf(seat -> seat.heldBy(memberId));
            if (secretary && committee.secretaryVacantSince == null) {
                committee.secretaryVacantSince = today;
            }
            changed.add(committee.organisationId);
            LOG.infof("Committee of %s: the seat of member %s emptied (membership ended or left the platform)", committee.organisationId, memberId);
        }
        // the versions move, so a client holding an old ETag reads the emptied seat before it writes
        committees.flush();
        return changed;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** "0" means "no committee yet"; a recorded committee's ETag is its version + 1, so the two never meet. */
    public static long etagVersion(Committee committee) {
        return committee == null ? 0 : committee.version + 1;
    }

    /** The committee's seats, each member's name as member events last told it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Seat> seats(Committee committee) {
        Map<UUID, String> names = members.names(committee.seats.stream().map(seat -> seat.memberId).filter(Objects::nonNull).toList());
        return committee.seats.stream().map(seat -> seat.view(seat.memberId == null ? null : names.get(seat.memberId))).toList();
    }

    /**
     * Live organisations in the caller's scope whose term ends within {@code days} days (or has already ended).
     *
     * @param parameter the query parameter that carried the days, named when they are out of range
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TermEnding> ending(String parameter, Integer days, PageRequest page) {
        int within = days == null ? settings.termEndingWithinDays() : days;
        if (within < 0 || within > 3650) {
            throw new InvalidInputException(parameter, "must be between 0 and 3650 days");
        }
        LocalDate until = ChinaTime.today(clock).plusDays(within);
        String prefix = organisations.scopePrefix();
        return new PageResponse<>(committees.ending(prefix, until, page), page.page(), page.size(), committees.countEnding(prefix, until));
    }
}
