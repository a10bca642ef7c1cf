package cn.dangjian.member.audit;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/members/audit-records}: who read whose unmasked personal data (api-contract: every service's audit records). */
@Path("/api/members/audit-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class AuditRecordResource {

    @Inject
    AuditRecords records;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUDITOR})
    @Operation(summary = "List audit records of personal data reads (审计记录)", description = "auditor and platform-admin: every read "
            + "of a member's unmasked ID or phone number, newest first. Filter by actor (username), subjectId (the member) and "
            + "the time range from ≤ at < to.")
    @APIResponse(responseCode = "200", description = "A page of audit records")
    @APIResponse(responseCode = "400", description = "subjectId names no member, from is not before to, or a filter or page is invalid (the parameter is named)")
    public PageResponse<AuditRecord> list(
            @Parameter(description = "The reader's username (at most 100 characters)") @QueryParam("actor") String actor,
            @Parameter(description = "The member whose data was read") @QueryParam("subjectId") UUID subjectId,
            @Parameter(description = "ISO-8601 instant; records at or after it") @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant; records before it") @QueryParam("to") Instant to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return records.list(actor, subjectId, from, to, PageRequest.of(page, size));
    }
}
