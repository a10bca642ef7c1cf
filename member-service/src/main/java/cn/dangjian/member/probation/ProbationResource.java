package cn.dangjian.member.probation;

import cn.dangjian.member.directory.ListScopeParameters;
import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Probation and conversion (预备期与转正) of one member. */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Probation and conversion", description = "预备期、延长预备期与转正")
public class ProbationResource {

    @Inject
    ConvertingToFullMembership converting;

    @Inject
    ExtendingProbation extending;

    @Inject
    ConversionsDue conversionsDue;

    @POST
    @Path("{id}/conversion")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Record a conversion step (转正)", description = "org-admin of the member's own branch: records the branch "
            + "member meeting's resolution (`branchResolutionOn`, required; no `decidedOn`), and the conversion awaits approval. "
            + "platform-admin, or org-admin of a party committee (党委) or higher above the branch (never a general branch, 党总支): "
            + "records the approval (`decidedOn`, default today) and the member becomes FULL (`member.converted.v1`); without an "
            + "earlier branch resolution the same call records both. Not before probation ends (one year after admission, plus an "
            + "extension). `fullMemberOn` is derived: the day probation ended, whatever day the approval is recorded (party age "
            + "counts from then). Nobody records a step of their own conversion.")
    @APIResponse(responseCode = "200", description = "The probation after the step", content = @Content(schema = @Schema(implementation = ProbationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): a date in the future, decidedOn before the resolution, branchResolutionOn missing")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or a caller who may not approve sending decidedOn (only a party committee or higher above the branch, or platform-admin, approves)")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "probation-not-over (detail gives the date probation ends), not-probationary, standing-not-normal, conversion-awaiting-approval, same-person (the caller is the member)")
    public Response convert(@PathParam("id") UUID id, @Valid ConversionRequest request) {
        return Response.ok(converting.convert(id, request)).build();
    }

    @POST
    @Path("{id}/probation-extension")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Extend probation (延长预备期)", description = "platform-admin, or org-admin of the member's organisation or above. "
            + "Once, by 6 to 12 whole months; probation then ends that many months later.")
    @APIResponse(responseCode = "200", description = "The probation after the extension", content = @Content(schema = @Schema(implementation = ProbationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): months outside 6–12, decidedOn in the future, reason missing")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "probation-already-extended, not-probationary, standing-not-normal, conversion-awaiting-approval")
    public Response extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        return Response.ok(extending.extend(id, request)).build();
    }

    @GET
    @Path("{id}/probation")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read a member's probation and conversion (预备期与转正)", description = "platform-admin, auditor, integration; org-admin in scope; a member their own.")
    @APIResponse(responseCode = "200", description = "The probation", content = @Content(schema = @Schema(implementation = ProbationView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member")
    public ProbationView read(@PathParam("id") UUID id) {
        return extending.read(id);
    }

    @GET
    @Path("conversions-due")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List conversions due (转正提醒)", description = "Probationary members in normal standing whose probation ends "
            + "within withinDays (default 30) or has ended without conversion; soonest first. " + ListScopeParameters.SCOPE)
    @APIResponse(responseCode = "200", description = "A page of conversions due")
    @APIResponse(responseCode = "400", description = "withinDays outside 1–366; " + ListScopeParameters.UNKNOWN)
    @APIResponse(responseCode = "403", description = ListScopeParameters.OUTSIDE)
    public PageResponse<ConversionDue> conversionsDue(
            @Parameter(description = ListScopeParameters.UNDER) @QueryParam("under") UUID under,
            @Parameter(description = ListScopeParameters.ORGANISATION) @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "Window in days from today, 1–366 (default 30)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "366"))
            @QueryParam("withinDays") Integer withinDays,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return conversionsDue.list(under, organisationId, withinDays == null ? ConversionsDue.DEFAULT_WINDOW_DAYS : withinDays,
                PageRequest.of(page, size));
    }
}
