package cn.dangjian.organisation.grid;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ETags;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/grids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grids", description = "Grids of communities (网格), with grid leader and workers")
public class GridResource {

    static final String EXAMPLE = """
            {"communityOrganisationId": "00000000-0000-4000-8000-000000000003", "name": "湖滨社区第3网格",
             "leader": {"name": "王芳", "role": "网格长"}, "workers": [{"name": "赵强", "role": "专职网格员"}]}""";

    @Inject
    GridService service;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Create a grid in a community", description = "platform-admin anywhere; org-admin of the community or above. "
            + "Publishes grid.created.v1 (key: the community).")
    @RequestBody(content = @Content(schema = @Schema(implementation = GridRequest.class), examples = @ExampleObject(name = "grid", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The grid, created; Location is where it is read", content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (a name or role with digits is refused)")
    @APIResponse(responseCode = "409", description = "Id taken")
    @APIResponse(responseCode = "422", description = "Unknown or revoked community, not a community, or an unknown member")
    public Response create(@NotNull @Valid GridRequest request, @Context UriInfo uri) {
        Grid grid = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(grid.id.toString()).build()).tag(ETags.of(grid.version))
                .entity(service.view(grid)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List grids (网格), by name",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree (the default). "
                    + "`organisationId`: the grids of that community alone; `under`: of the communities in that subtree.")
    @APIResponse(responseCode = "200", description = "A page of grids")
    @APIResponse(responseCode = "400", description = "`organisationId` or `under` names no organisation, or invalid paging or filter")
    public PageResponse<GridView> list(
            @Parameter(description = "The community organisation whose grids to list (that organisation alone)")
            @QueryParam("organisationId") UUID organisationId,
            @Parameter(description = "The organisation under which to list the communities' grids (itself and everything below it)")
            @QueryParam("under") UUID under,
            @Parameter(deprecated = true, description = "The v1.1 name of `organisationId`, kept for one minor version")
            @QueryParam("communityOrganisationId") UUID communityOrganisationId,
            @Parameter(description = "Include retired grids") @QueryParam("includeRetired") Boolean includeRetired,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        if (organisationId != null && communityOrganisationId != null && !organisationId.equals(communityOrganisationId)) {
            throw new InvalidInputException("communityOrganisationId", "is the old name of organisationId: send organisationId alone");
        }
        String parameter = organisationId != null || communityOrganisationId == null ? "organisationId" : "communityOrganisationId";
        UUID community = organisationId != null ? organisationId : communityOrganisationId;
        return service.list(parameter, community, under, Boolean.TRUE.equals(includeRetired), PageRequest.of(page, size)).map(service::view);
    }


    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read one grid", description = "platform-admin, auditor and integration everywhere; org-admin in their subtree.")
    @APIResponse(responseCode = "200", description = "The grid", content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "404", description = "Unknown grid")
    public Response get(@PathParam("id") UUID id) {
        Grid grid = service.get(id);
        return Response.ok(service.view(grid)).tag(ETags.of(grid.version)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Change a grid's name, leader and workers", description = "platform-admin anywhere; org-admin in their subtree. "
            + "Send If-Match. Publishes grid.updated.v1.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "404", description = "Unknown grid")
    @APIResponse(responseCode = "409", description = "The grid is retired")
    @APIResponse(responseCode = "422", description = "Another community, or an unknown member")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid GridRequest request) {
        Grid grid = service.update(id, ifMatch, request);
        return Response.ok(service.view(grid)).tag(ETags.of(grid.version)).build();
    }

    @POST
    @Path("{id}/retire")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Retire a grid (撤销网格)", description = "platform-admin anywhere; org-admin in their subtree. `retiredOn` is today "
            + "(China time). Publishes grid.retired.v1.")
    @APIResponse(responseCode = "200", description = "Retired: the grid with its `retiredOn`", content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "404", description = "Unknown grid")
    @APIResponse(responseCode = "409", description = "Already retired (grid-retired)")
    public Response retire(@PathParam("id") UUID id) {
        Grid grid = service.retire(id);
        return Response.ok(service.view(grid)).tag(ETags.of(grid.version)).build();
    }

    /** The v1.1 name of {@link #retire}, kept for one minor version (api-contract v1.2: an action is a verb). */
    @POST
    @Path("{id}/retirement")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Retire a grid (撤销网格) by its v1.1 path: use POST /api/grids/{id}/retire", deprecated = true,
            description = "The same action as POST /api/grids/{id}/retire, under its v1.1 name; kept for one minor version.")
    @APIResponse(responseCode = "200", description = "Retired: the grid with its `retiredOn`", content = @Content(schema = @Schema(implementation = GridView.class)))
    @APIResponse(responseCode = "404", description = "Unknown grid")
    @APIResponse(responseCode = "409", description = "Already retired (grid-retired)")
    public Response retirement(@PathParam("id") UUID id) {
        return retire(id);
    }
}
