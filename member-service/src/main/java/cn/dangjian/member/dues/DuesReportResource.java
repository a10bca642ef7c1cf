package cn.dangjian.member.dues;

import cn.dangjian.member.dues.DuesViews.ArrearsView;
import cn.dangjian.member.dues.DuesViews.PendingDeclarationView;
import cn.dangjian.member.dues.DuesViews.ReturnsReport;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.web.Problem;
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
    @Operation(summary = "List members in arrears (欠缴党费) in a subtree", description = "Members (standing NORMAL or PROBATION_IN_PARTY) whose dues are not paid for a month before "
            + "the current month, with paidUpTo, the months and (when every month has a declaration) the amount owed; longest in "
            + "arrears first. organisationId: its whole subtree; without it the org-admin's own subtree, or everywhere for "
            + "platform-admin, auditor and integration.")
    @APIResponse(responseCode = "200", description = "A page of members in arrears")
    @APIResponse(responseCode = "400", description = "Invalid organisationId, page or size (named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The organisation is outside the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ArrearsView> arrears(
            @Parameter(description = "The subtree's root organisation") @QueryParam("organisationId") UUID organisationId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") Integer size) {
        return reports.arrears(organisationId, PageRequest.of(page, size));
    }

    @GET
    @Path("pending-declarations")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "List dues declarations waiting for approval (待审批的党费基数申报) in a subtree", description = "Members' own declarations "
            + "into STUDENT, UNEMPLOYED or MINIMUM_INCOME (0.20 a month), which count only once an org-admin approves them "
            + "(POST /api/members/{id}/dues/declarations/{declarationId}/approve or …/reject); oldest first. under: that "
            + "organisation and everything below it; without it the org-admin's own subtree, or everywhere for platform-admin "
            + "and auditors.")
    @APIResponse(responseCode = "200", description = "A page of pending declarations")
    @APIResponse(responseCode = "400", description = "Unknown or malformed under, invalid page or size (named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The organisation is outside the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<PendingDeclarationView> pendingDeclarations(
            @Parameter(description = "The subtree's root organisation") @QueryParam("under") UUID under,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") Integer size) {
        return reports.pendingDeclarations(under, PageRequest.of(page, size));
    }

    @GET
    @Path("returns")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Report dues returned (党费返还) to non-public enterprises in a subtree", description = "For each organisation in the "
            + "subtree whose sector is NON_PUBLIC_ENTERPRISE (非公企业): the dues it collected in the period (payments recorded on a "
            + "day of it, China time), the share remitted upward (上缴) and the amount returned to it (返还, the configured share "
            + "DUES_RETURNED_SHARE, rounded half-up to the fen). collected = remittedUpward + returned, exactly, on every line and "
            + "in the total.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReturnsReport.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or organisationId (named)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The organisation is outside the caller's scope", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReturnsReport returns(
            @Parameter(description = "The subtree's root organisation") @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "A year (2026), a quarter (2026-Q4) or a month (2026-11)", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$", maxLength = 7, example = "2026-Q4")) @QueryParam("period") String period) {
        return reports.returns(organisationId, period);
    }
}
