package cn.dangjian.member.dues;

import cn.dangjian.member.dues.DuesViews.ArrearsView;
import cn.dangjian.member.dues.DuesViews.PendingDeclarationView;
import cn.dangjian.member.dues.DuesViews.ReturnsReport;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dues across a subtree: arrears (欠缴党费), declarations waiting for approval and dues returned (党费返还). */
@Path("/api/dues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dues", description = "Party dues (党费): income declarations, payments, receipts, reductions, arrears, dues returned")
public class DuesReportResource {

    @Inject
    DuesReports reports;

    @GET
    @Path("arrears")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List members in arrears (欠缴党费)", description = "Members (standing NORMAL or PROBATION_IN_PARTY) whose dues are not paid "
            + "for a month before the current month, with paidUpTo, the months and (when every month has a declaration) the amount "
            + "owed; longest in arrears first. " + ListScopeParameters.SCOPE)
    @APIResponse(responseCode = "200", description = "A page of members in arrears")
    @APIResponse(responseCode = "400", description = ListScopeParameters.UNKNOWN)
    @APIResponse(responseCode = "403", description = ListScopeParameters.OUTSIDE)
    public PageResponse<ArrearsView> arrears(
            @Parameter(description = ListScopeParameters.UNDER) @QueryParam("under") UUID under,
            @Parameter(description = ListScopeParameters.ORGANISATION) @QueryParam("organisationId") UUID organisationId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reports.arrears(under, organisationId, PageRequest.of(page, size));
    }

    @GET
    @Path("pending-declarations")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "List dues declarations waiting for approval (待审批的党费基数申报)", description = "Members' own declarations "
            + "into STUDENT, UNEMPLOYED or MINIMUM_INCOME (0.20 a month), or of a monthly amount below 0.20, which count only once "
            + "an org-admin approves them (POST /api/members/{id}/dues/declarations/{declarationId}/approve or …/reject); oldest "
            + "first. " + ListScopeParameters.SCOPE)
    @APIResponse(responseCode = "200", description = "A page of pending declarations")
    @APIResponse(responseCode = "400", description = ListScopeParameters.UNKNOWN)
    @APIResponse(responseCode = "403", description = ListScopeParameters.OUTSIDE)
    public PageResponse<PendingDeclarationView> pendingDeclarations(
            @Parameter(description = ListScopeParameters.UNDER) @QueryParam("under") UUID under,
            @Parameter(description = ListScopeParameters.ORGANISATION) @QueryParam("organisationId") UUID organisationId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reports.pendingDeclarations(under, organisationId, PageRequest.of(page, size));
    }

    @GET
    @Path("returns")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Report dues returned (党费返还) to non-public enterprises", description = "For each organisation in scope whose "
            + "sector is NON_PUBLIC_ENTERPRISE (非公企业): the dues it collected in the period (payments recorded on a day of it, China "
            + "time), the share remitted upward (上缴) and the amount returned to it (返还, the configured share DUES_RETURNED_SHARE, "
            + "rounded half-up to the fen); a page of those lines (`total`: how many organisations), and in `sums` the figures of "
            + "every line added up. collected = remittedUpward + returned, exactly, on every line and in the sums. "
            + ListScopeParameters.SCOPE)
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReturnsReport.class)))
    @APIResponse(responseCode = "400", description = "period missing or not a year, quarter or month; " + ListScopeParameters.UNKNOWN)
    @APIResponse(responseCode = "403", description = ListScopeParameters.OUTSIDE)
    public ReturnsReport returns(
            @Parameter(description = ListScopeParameters.UNDER) @QueryParam("under") UUID under,
            @Parameter(description = ListScopeParameters.ORGANISATION) @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "A year (2026), a quarter (2026-Q4) or a month (2026-11)", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$", maxLength = 7, example = "2026-Q4"))
            @QueryParam("period") String period,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return reports.returns(under, organisationId, period, PageRequest.of(page, size));
    }
}
