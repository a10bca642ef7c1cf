package cn.dangjian.organisation.committee;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Committees, posts and terms (委员会、分工与届期)")
public class CommitteeResource {

    @Inject
    CommitteeService service;

    @GET
    @Path("{id}/committee")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "An organisation's committee and term",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. Without a committee: "
                    + "404 is not used; the answer has no term and no seats, with ETag \"0\" for the first PUT.")
    @APIResponse(responseCode = "200", description = "The committee", content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public Response get(@PathParam("id") UUID id) {
        Committee committee = service.find(id);
        if (committee == null) {
            return Response.ok(new CommitteeView(id, null, null, List.of(), null)).tag(ETags.of(0)).build();
        }
        return Response.ok(view(committee)).tag(ETags.of(CommitteeService.etagVersion(committee))).build();
    }

    @PUT
    @Path("{id}/committee")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Record the committee of the current term (换届、调整分工)",
            description = "platform-admin anywhere; org-admin in their subtree. Send If-Match with the ETag read (\"0\" before the first). "
                    + "Seats hold full members of the platform by `memberId` (known from member events, FULL, active, standing NORMAL) "
                    + "or part-time members from outside (兼职委员) by `name` and `role` (and `from`); the SECRETARY is a member. "
                    + "Derived, never taken from the request: `termEndsOn` (the day before the term's anniversary: 5 years for village and "
                    + "community organisations, 3 for others, policy) and `secretaryVacantSince` (the day, China time, this service saw the "
                    + "SECRETARY seat emptied; re-sending a committee without one keeps that day). Both fields are deprecated in the request: "
                    + "omit them; a value equal to the committee's current or derived one is accepted, any other is a 400 naming the field.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. a derived `termEndsOn` or `secretaryVacantSince` that differs, "
            + "two secretaries, a seat from outside without name and role")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    @APIResponse(responseCode = "409", description = "The organisation is revoked, or a seat's member is probationary, no longer active, "
            + "not in normal standing or left the platform (`seat-holder-not-eligible`)")
    @APIResponse(responseCode = "422", description = "A member not known (yet) from member events")
    public Response put(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CommitteeRequest request) {
        Committee committee = service.replace(id, ifMatch, request);
        return Response.ok(view(committee)).tag(ETags.of(CommitteeService.etagVersion(committee))).build();
    }

    @GET
    @Path("terms-ending")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Organisations whose committee term ends within `withinDays` days (default 90, policy), or has ended (届期提醒)",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. Soonest first.")
    @APIResponse(responseCode = "200", description = "A page of organisations with their term's last day")
    @APIResponse(responseCode = "400", description = "`withinDays` (or `within`) is not a whole number from 0 to 3650, or invalid paging")
    public PageResponse<TermEnding> termsEnding(
            @Parameter(description = "Days from today (China time); default 90 (policy)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3650"))
            @QueryParam("withinDays") Integer withinDays,
            @Parameter(deprecated = true, description = "The v1.1 name of `withinDays`, kept for one minor version",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3650"))
            @QueryParam("within") Integer within,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (withinDays != null && within != null && !withinDays.equals(within)) {
            throw new InvalidInputException("within", "is the old name of withinDays: send withinDays alone");
        }
        return withinDays != null || within == null
                ? service.ending("withinDays", withinDays, PageRequest.of(page, size))
                : service.ending("within", within, PageRequest.of(page, size));
    }

    private CommitteeView view(Committee committee) {
        return new CommitteeView(committee.organisationId, committee.termStartsOn, committee.termEndsOn, service.seats(committee),
                committee.secretaryVacantSince);
    }
}
