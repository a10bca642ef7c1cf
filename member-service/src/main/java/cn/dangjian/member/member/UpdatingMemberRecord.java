package cn.dangjian.member.member;

import cn.dangjian.member.audit.PersonalDataAudit;
import cn.dangjian.member.events.MemberEvents;
import cn.dangjian.member.grid.GridDirectory;
import cn.dangjian.member.policy.Today;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.AccessDeniedException;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ResourceNotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Changing the member record (JSON merge patch: a field sent is set, {@code null} clears it, a field left out stays).
 * org-admin in scope and platform-admin change the details; a member changes their own contact data (phone, address)
 * and nothing else. The name, ID number and birth date are not changed here.
 */
@ApplicationScoped
@Transactional
public class UpdatingMemberRecord {

    /** What a member may change on their own record. */
    static final Set<String> CONTACT = Set.of("phone", "address");

    private static final Map<String, Integer> TEXT = Map.of("address", 300, "ethnicity", 50, "education", 50, "employer", 200, "post", 100);
    private static final Set<String> DATES = Set.of("appliedOn", "activistOn", "candidateOn", "lostContactOn", "inHardshipOn", "veteranOn");

    @Inject
    MemberRepository repository;

    @Inject
    MemberAccess access;

    @Inject
    MemberEvents events;

    @Inject
    PersonalDataAudit audit;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    GridDirectory grids;

    /** Every detail a PUT replaces: the fields of MemberPatch; one left out of a PUT is cleared. */
    static final List<String> REPLACEABLE = List.of("phone", "address", "ethnicity", "education", "employer", "post",
            "appliedOn", "activistOn", "candidateOn", "lostContactOn", "inHardshipOn", "veteranOn", "gridId");

    /** PUT: the whole set of details; a field left out is cleared (phone cannot be, so it is required). */
    public MemberView replace(UUID id, String ifMatch, JsonNode record) {
        if (record == null || !record.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object with the member's details");
        }
        com.fasterxml.jackson.databind.node.ObjectNode full = ((com.fasterxml.jackson.databind.node.ObjectNode) record).deepCopy();
        for (String field : REPLACEABLE) {
            if (!full.has(field)) {
                full.putNull(field);
            }
        }
        return update(id, ifMatch, full);
    }

    public MemberView update(UUID id, String ifMatch, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object of the fields to change");
        }
        Member member = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFoundException("member", id));
        List<UUID> path = access.pathOf(member);
        boolean manages = caller.mayManage(path);
        boolean own = caller.sub().filter(sub -> sub.equals(member.sub)).isPresent();
        if (!manages && !own) {
            throw new AccessDeniedException("member " + id + " is outside your scope");
        }
        if (!manages) {
            for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!CONTACT.contains(field)) {
                    throw new AccessDeniedException("a member changes their own phone and address only, not " + field);
                }
            }
        }
        ETags.requireMatch(ifMatch, member.version);

        List<Problem.FieldError> invalid = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            apply(member, field.getKey(), field.getValue(), invalid);
        }
        invalid.addAll(MemberRecord.pipelineInOrder(member.appliedOn, member.activistOn, member.candidateOn, member.admittedOn));
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        repository.flush(); // the new version, for the ETag
        events.updated(member);
        if (manages) {
            audit.unmaskedRead(member.id, "member-update");
        }
        return MemberView.of(member, manages);
    }

    private void apply(Member m, String field, JsonNode value, List<Problem.FieldError> invalid) {
        boolean clear = value == null || value.isNull();
        if (field.equals("phone")) {
            try {
                m.changePhone(PhoneNumber.parse(clear ? null : value.asText()).value());
            } catch (IllegalArgumentException e) {
                invalid.add(new Problem.FieldError("phone", e.getMessage()));
            }
        } else if (field.equals("gridId")) {
            UUID grid;
            try {
                grid = clear ? null : UUID.fromString(value.asText());
            } catch (IllegalArgumentException e) {
                invalid.add(new Problem.FieldError("gridId", "must be a UUID"));
                return;
            }
            // checked before it is set: an unknown id on the entity would reach the database's foreign key first
            m.gridId = grid == null ? null : grids.requireAssignable("gridId", grid).id();
        } else if (TEXT.containsKey(field)) {
            String text = clear ? null : MemberRecord.trimmed(value.asText());
            if (!clear && !value.isTextual()) {
                invalid.add(new Problem.FieldError(field, "must be a string"));
            } else if (text != null && text.length() > TEXT.get(field)) {
                invalid.add(new Problem.FieldError(field, "must be at most " + TEXT.get(field) + " characters"));
            } else {
                text(field).accept(m, text);
            }
        } else if (DATES.contains(field)) {
            LocalDate date = null;
            if (!clear) {
                try {
                    date = LocalDate.parse(value.asText());
                } catch (DateTimeParseException e) {
                    invalid.add(new Problem.FieldError(field, "must be a date YYYY-MM-DD"));
                    return;
                }
                if (date.isAfter(today.date())) {
                    invalid.add(new Problem.FieldError(field, "must not be in the future"));
                    return;
                }
            }
            date(field).accept(m, date);
        } else {
            invalid.add(new Problem.FieldError(field, "cannot be changed here"));
        }
    }

    private static BiConsumer<Member, String> text(String field) {
        return switch (field) {
            case "address" -> (m, v) -> m.address = v;
            case "ethnicity" -> (m, v) -> m.ethnicity = v;
            case "education" -> (m, v) -> m.education = v;
            case "employer" -> (m, v) -> m.employer = v;
            default -> (m, v) -> m.post = v;
        };
    }

    private static BiConsumer<Member, LocalDate> date(String field) {
        return switch (field) {
            case "appliedOn" -> (m, v) -> m.appliedOn = v;
            case "activistOn" -> (m, v) -> m.activistOn = v;
            case "candidateOn" -> (m, v) -> m.candidateOn = v;
            case "lostContactOn" -> (m, v) -> m.lostContactOn = v;
            case "inHardshipOn" -> (m, v) -> m.inHardshipOn = v;
            default -> (m, v) -> m.veteranOn = v;
        };
    }
}
