package cn.dangjian.member.member;

import cn.dangjian.member.audit.PersonalDataAudit;
import cn.dangjian.member.directory.ListScope;
import cn.dangjian.member.dues.DuesAtRegistration;
import cn.dangjian.member.events.MemberEvents;
import cn.dangjian.member.grid.GridDirectory;
import cn.dangjian.member.identity.IdentityCipher;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Registering and reading members, within the caller's organisation scope. */
@ApplicationScoped
@Transactional
public class MemberService {

    private static final Logger LOG = Logger.getLogger(MemberService.class);

    @Inject
    MemberRepository repository;

    @Inject
    OrganisationDirectory directory;

    @Inject
    MemberEvents events;

    @Inject
    PersonalDataAudit audit;

    @Inject
    Caller caller;

    @Inject
    IdentityCipher cipher;

    @Inject
    GridDirectory grids;

    @Inject
    DuesAtRegistration duesAtRegistration;

    @Inject
    ListScope scopes;

    /** The service's one China-time clock: "today" and "not in the future" are China dates whatever the host's zone. */
    @Inject
    Today today;

    public Member register(NewMember request) {
        LocalDate date = today.date();
        List<Problem.FieldError> invalid = new ArrayList<>();
        IdNumber idNumber = null;
        PhoneNumber phone = null;
        try {
            idNumber = IdNumber.parse(request.idNumber(), date);
        } catch (IllegalArgumentException e) {
            invalid.add(new Problem.FieldError("idNumber", e.getMessage()));
        }
        try {
            phone = PhoneNumber.parse(request.phone());
        } catch (IllegalArgumentException e) {
            invalid.add(new Problem.FieldError("phone", e.getMessage()));
        }
        if (idNumber != null) {
            AdmissionPolicies.oldEnough(idNumber.birthDate(), request.admittedOn())
                    .ifPresent(message -> invalid.add(new Problem.FieldError("admittedOn", message)));
        }
        AdmissionPolicies.fullAfterProbation(request.status(), request.admittedOn(), date)
                .ifPresent(message -> invalid.add(new Problem.FieldError("status", message)));
        AdmissionPolicies.fullMemberOnFits(request.status(), request.admittedOn(), request.fullMemberOn())
                .ifPresent(message -> invalid.add(new Problem.FieldError("fullMemberOn", message)));
        invalid.addAll(MemberRecord.pipelineInOrder(request.appliedOn(), request.activistOn(), request.candidateOn(), request.admittedOn()));
        duesAtRegistration.invalid(request.duesPaidUpTo(), request.admittedOn()).ifPresent(invalid::add);
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        DirectoryEntry organisation = directory.requireManageable("organisationId", request.organisationId(), caller);
        duesAtRegistration.refuseOwnRecord(request.duesPaidUpTo(), request.sub());
        UUID id = request.id() != null ? request.id() : UUID.randomUUID();
        if (repository.findById(id) != null) {
            throw new ConflictException("duplicate-id", "member " + id + " already exists");
        }
        String idNumberHash = cipher.hash(idNumber.value());
        if (repository.idNumberTaken(idNumberHash)) {
            throw new ConflictException("duplicate-id-number", "a member with this ID number is already registered");
        }
        if (request.sub() != null && repository.findBySub(request.sub()).isPresent()) {
            throw new ConflictException("duplicate-login", "this login is already linked to another member");
        }
        Member member = new Member();
        member.id = id;
        member.name = request.name().trim();
        member.gender = request.gender();
        member.identity(idNumber.value(), phone.value());
        member.idNumberHash = idNumberHash;
        member.birthDate = idNumber.birthDate();
        member.organisationId = organisation.id();
        member.status = request.status();
        member.standing = Standing.NORMAL;
        member.admittedOn = request.admittedOn();
        member.fullMemberOn = AdmissionPolicies.fullMemberOn(request.status(), request.admittedOn(), request.fullMemberOn());
        member.sub = request.sub();
        MemberRecord.details(member, request.ethnicity(), request.education(), request.employer(), request.post(), request.address());
        member.appliedOn = request.appliedOn();
        member.activistOn = request.activistOn();
        member.candidateOn = request.candidateOn();
        member.lostContactOn = request.lostContactOn();
        member.inHardshipOn = request.inHardshipOn();
        member.veteranOn = request.veteranOn();
        member.gridId = request.gridId() == null ? null : grids.requireAssignable("gridId", request.gridId()).id();
        member.duesPaidUpTo = duesAtRegistration.paidUpTo(request.duesPaidUpTo(), request.admittedOn());
        repository.persist(member);
        events.registered(member);
        // the 201 shows the creator the numbers they typed, unmasked: that is a read of personal data like any other
        audit.unmaskedRead(member.id, "member-registration");
        LOG.infof("Member %s registered in organisation %s (%s)", member.id, member.organisationId, member.status);
        return member;
    }

    /** One member; unmasked for those who may see personal data, and then audited. */
    public MemberView get(UUID id) {
        Member member = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("member", id));
        List<UUID> path = pathOf(member);
        boolean own = caller.sub().filter(sub -> sub.equals(member.sub)).isPresent();
        if (!own && !caller.mayRead(path)) {
            throw new AccessDeniedException("member " + id + " is outside your scope");
        }
        boolean unmasked = caller.maySeePersonalData(path);
        if (unmasked) {
            audit.unmaskedRead(member.id, "member-detail");
        }
        return MemberView.of(member, unmasked);
    }

    /** Members in scope, always masked: lists are for finding people, not for reading their identity data. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<MemberView> list(MemberListQuery filter, PageRequest page) {
        UUID organisationId = filter.organisationId();
        if (filter.ownOrganisationAlone()) {
            // v1.1's includeSubtree=false alone: an org-admin's own organisation; those who read everywhere must say which
            organisationId = caller.readsEverywhere() ? null : caller.organisationId().orElse(null);
            if (organisationId == null) {
                throw new InvalidInputException("includeSubtree", "false needs an organisationId: the organisation to list alone");
            }
        }
        if (filter.gridId() != null && grids.find(filter.gridId()).isEmpty()) {
            throw new InvalidInputException("gridId", "names no grid: " + filter.gridId() + " is unknown");
        }
        ListScope.Scope scope = scopes.of(filter.under(), organisationId);
        if (scope.empty()) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        PanacheQuery<Member> query = repository.search(new MemberRepository.Filter(scope.pathPrefix(), scope.organisationOnly(),
                filter.status(), filter.standing(), filter.flag(), filter.gridId(), filter.name()));
        List<MemberView> items = query.page(page.page(), page.size()).list().stream().map(m -> MemberView.of(m, false)).toList();
        return new PageResponse<>(items, page.page(), page.size(), query.count());
    }

    private List<UUID> pathOf(Member member) {
        // a member's organisation always exists in the directory (checked on registration); revoked ones stay
        return directory.find(member.organisationId).map(DirectoryEntry::path).orElse(List.of(member.organisationId));
    }
}
