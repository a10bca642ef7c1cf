package cn.dangjian.member.member;

import cn.dangjian.member.directory.ListScopeParameters;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.platform.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Party members (党员)")
public class MemberResource {

    @Inject
    MemberService service;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Register a member (党员登记)", description = "In an organisation within the caller's scope. The ID number is validated "
            + "(check character) and must be unique. Only records that can exist: admitted at 18 or older (by the ID number's birth date), "
            + "a FULL member's probation over by today and `fullMemberOn` not before admittedOn + 1 year (omitted: derived as admittedOn + 1 year), "
            + "no `fullMemberOn` for PROBATIONARY. Dates are China dates, none in the future. "
            + "Dues are paid up to duesPaidUpTo when given (kept before the platform), else the month before admission.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the member", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in errors): admittedOn before the 18th birthday, fullMemberOn before the end "
            + "of a year's probation or given for PROBATIONARY, status FULL within a year of admission, a date in the future (China time)")
    @APIResponse(responseCode = "409", description = "ID number, id or login already registered; grid-retired; own-record: duesPaidUpTo given for the caller's own login")
    @APIResponse(responseCode = "422", description = "Unknown organisation or grid (type …/unknown-reference: it may not have reached this service yet; retry) or a revoked organisation")
    public Response register(@NotNull @Valid NewMember request, @Context UriInfo uri) {
        Member member = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(member.id.toString()).build())
                .tag(ETags.of(member.version))
                .entity(MemberView.of(member, true)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List members (党员名册)", description = "Personal data is always masked in lists. Filter by organisation, status, "
            + "standing (党籍状态), flag (失联/困难/老党员), grid (网格) and part of the name. " + ListScopeParameters.SCOPE)
    @APIResponse(responseCode = "200", description = "A page of members, by name")
    @APIResponse(responseCode = "400", description = "`under`, `organisationId` or `gridId` names nothing known, or a filter or page is invalid (the parameter is named)")
    @APIResponse(responseCode = "403", description = ListScopeParameters.OUTSIDE)
    public PageResponse<MemberView> list(@Parameter(description = ListScopeParameters.UNDER) @QueryParam("under") UUID under,
                                         @Parameter(description = ListScopeParameters.ORGANISATION) @QueryParam("organisationId") UUID organisationId,
                                         @Parameter(deprecated = true, description = "The v1.1 way, kept for one minor version: with organisationId, "
                                                 + "true lists that organisation and everything below it (now `under`), false that organisation alone "
                                                 + "(now `organisationId` by itself); false alone, an org-admin's own organisation alone")
                                         @QueryParam("includeSubtree") Boolean includeSubtree,
                                         @QueryParam("status") MembershipStatus status, @QueryParam("standing") Standing standing,
                                         @Parameter(description = "Only members carrying this flag") @QueryParam("flag") MemberFlag flag,
                                         @Parameter(description = "Only members of this grid (网格)") @QueryParam("gridId") UUID gridId,
                                         @Parameter(description = "Part of the name (at most 100 characters)") @QueryParam("name") String name,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (name != null && name.length() > 100) {
            throw new InvalidInputException("name", "must be at most 100 characters");
        }
        return service.list(MemberListQuery.of(under, organisationId, includeSubtree, status, standing, flag, gridId, name), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read one member (党员信息)", description = "Unmasked for platform-admin and org-admin in scope (audited); masked for auditors, the integration client and members reading themselves.")
    @APIResponse(responseCode = "200", description = "The member, with its ETag for PATCH", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "403", description = "Another member's record, or outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "500", description = "identity-data-integrity: the member's stored identity data failed its integrity check "
            + "(altered, or its key removed); not shown, the incident is logged for operators. Masked reads are not affected")
    public Response get(@PathParam("id") UUID id) {
        MemberView member = service.get(id);
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }
}
