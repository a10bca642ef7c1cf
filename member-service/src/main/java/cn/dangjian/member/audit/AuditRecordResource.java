package cn.dangjian.member.audit;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/members/audit-records}: who read whose unmasked personal data (api-contract: every service's audit records). */
@Path("/api/members/audit-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class AuditRecordResource {

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUDITOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "List audit records of personal data reads (审计记录)", description = "auditor and platform-admin: every read "
            + "of a member's unmasked ID or phone number, newest first. Filter by actor (username), subjectId (the member) and "
            + "the time range from ≤ at < to.")
    @APIResponse(responseCode = "200", description = "A page of audit records")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging (the parameter is named), or from not before to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditRecord> list(
            @Parameter(description = "The reader's username (at most 100 characters)") @QueryParam("actor") String actor,
            @Parameter(description = "The member whose data was read") @QueryParam("subjectId") UUID subjectId,
            @Parameter(description = "ISO-8601 instant; records at or after it") @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant; records before it") @QueryParam("to") Instant to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (actor != null && actor.length() > 100) {
            throw new InvalidInputException("actor", "must be at most 100 characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after from");
        }
        PageRequest paging = PageRequest.of(page, size);
        StringBuilder where = new StringBuilder(" FROM personal_data_access WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" AND accessor = :actor");
            params.put("actor", actor.trim());
        }
        if (subjectId != null) {
            where.append(" AND member_id = :subject");
            params.put("subject", subjectId);
        }
        if (from != null) {
            where.append(" AND accessed_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND accessed_at < :to");
            params.put("to", Timestamp.from(to));
        }
        Query count = em.createNativeQuery("SELECT count(*)" + where);
        Query select = em.createNativeQuery("SELECT CAST(id AS varchar), accessor, accessor_sub, CAST(accessor_org AS varchar), CAST(member_id AS varchar), "
                + "purpose, accessed_at" + where + " ORDER BY accessed_at DESC, id", Object[].class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size()).getResultList();
        List<AuditRecord> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new AuditRecord(UUID.fromString((String) r[0]), (String) r[1], (String) r[2], r[3] == null ? null : UUID.fromString((String) r[3]),
                    UUID.fromString((String) r[4]), (String) r[5], instant(r[6])));
        }
        return new PageResponse<>(items, paging.page(), paging.size(), total);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(value.toString());
    }
}
