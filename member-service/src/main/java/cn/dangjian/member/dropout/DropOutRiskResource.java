package cn.dangjian.member.dropout;

import cn.dangjian.member.directory.ListScopeParameters;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Members at risk of dropping out (自行脱党风险), per subtree. */
@Path("/api/members/drop-out-risks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members (党员)")
public class DropOutRiskResource {

    @Inject
    DropOutRisks risks;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List members at risk of dropping out (自行脱党风险)", description = "Members in standing NORMAL or PROBATION_IN_PARTY "
            + "without organisational life (三会一课 and the other meeting types, confirmed by activity-service) or without dues "
            + "for DROPOUT_WARN_MONTHS (3, level WARN) or DROPOUT_FLAG_MONTHS (6, level FLAG) months, with each reason and its "
            + "last date. Organisational life is dated by the day of service; months without dues are the months in arrears, "
            + "as GET /api/dues/arrears counts them (the current month, not yet due, is not one; China time). Only a branch "
            + "decides that a member left (domain.md); the platform never changes a standing by itself. level=FLAG lists only "
            + "flagged members. " + ListScopeParameters.SCOPE)
    @APIResponse(responseCode = "200", description = "A page of members at risk, by name")
    @APIResponse(responseCode = "400", description = ListScopeParameters.UNKNOWN)
    @APIResponse(responseCode = "403", description = ListScopeParameters.OUTSIDE)
    public PageResponse<DropOutRiskView> list(
            @Parameter(description = ListScopeParameters.UNDER) @QueryParam("under") UUID under,
            @Parameter(description = ListScopeParameters.ORGANISATION) @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "WARN (default: warned and flagged) or FLAG (flagged only)") @QueryParam("level") RiskLevel level,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return risks.list(under, organisationId, level, PageRequest.of(page, size));
    }
}
