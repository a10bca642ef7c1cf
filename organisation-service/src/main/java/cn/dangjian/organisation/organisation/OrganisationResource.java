package cn.dangjian.organisation.organisation;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ETags;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The party organisation tree (党组织)")
public class OrganisationResource {

    @Inject
    OrganisationService service;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Create an organisation", description = "A root only by platform-admin; otherwise under a parent within the caller's scope.")
    @APIResponse(responseCode = "201", description = "The organisation, created; Location is where it is read", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "409", description = "Id or code already taken, or the parent is revoked")
    @APIResponse(responseCode = "422", description = "Unknown parent, or a level that cannot sit under the parent")
    public Response create(@NotNull @Valid NewOrganisation request, @Context UriInfo uri) {
        Organisation organisation = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id.toString()).build())
                .tag(etag(organisation)).entity(OrganisationView.of(organisation)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List organisations in the caller's scope", description = "Filter by level and by part of the name.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public PageResponse<OrganisationView> list(@QueryParam("level") Level level, @QueryParam("name") String name,
                                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(level, name, PageRequest.of(page, size)).map(OrganisationView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read one organisation")
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public Response get(@PathParam("id") UUID id) {
        Organisation organisation = service.get(id);
        return Response.ok(OrganisationView.of(organisation)).tag(etag(organisation)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Update an organisation's code, name, sector and formation",
            description = "Send If-Match with the ETag you read. Level and place in the tree are not changed here. The formation must fit "
                    + "the units the organisation covers: SINGLE (the default when omitted) at most one, JOINT at most 5 (policy). "
                    + "A changed sector re-derives the committee's term end.")
    @APIResponse(responseCode = "200", description = "Updated; the answer carries the new ETag", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    @APIResponse(responseCode = "409", description = "Code already taken, the organisation is revoked, or the formation does not fit the "
            + "units it covers (`single-covers-one-unit`, `joint-covers-too-many-units`)")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid UpdateOrganisation request) {
        Organisation organisation = service.update(id, ifMatch, request);
        return Response.ok(OrganisationView.of(organisation)).tag(etag(organisation)).build();
    }

    @GET
    @Path("{id}/children")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The direct children of an organisation")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public PageResponse<OrganisationView> children(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.children(id, PageRequest.of(page, size)).map(OrganisationView::of);
    }

    @GET
    @Path("{id}/subtree")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "An organisation and everything below it, in tree order")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public PageResponse<OrganisationView> subtree(@PathParam("id") UUID id, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.subtree(id, PageRequest.of(page, size)).map(OrganisationView::of);
    }

    @POST
    @Path("{id}/move")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Move an organisation with its subtree under another parent (调整隶属关系)",
            description = "platform-admin anywhere; org-admin when both the organisation and the new parent are in their subtree. "
                    + "Every descendant moves with it; organisation.moved.v1 carries oldPath and newPath. "
                    + "Moving under itself or one of its descendants is a 409 (move-cycle).")
    @APIResponse(responseCode = "200", description = "Moved; the organisation with its new path", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "403", description = "The organisation or the new parent is outside the caller's scope")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    @APIResponse(responseCode = "409", description = "Under its own subtree (move-cycle), or either is revoked")
    @APIResponse(responseCode = "422", description = "Unknown new parent, or its level cannot hold this organisation")
    public Response move(@PathParam("id") UUID id, @NotNull @Valid MoveOrganisation request) {
        Organisation organisation = service.move(id, request);
        return Response.ok(OrganisationView.of(organisation)).tag(etag(organisation)).build();
    }

    @POST
    @Path("{id}/revoke")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Revoke an organisation (撤销党组织)",
            description = "platform-admin anywhere; org-admin in their subtree. Optional body: `revokedOn` (not in the future, China "
                    + "time; today when omitted) and `reason`. Refused (409 not-empty) while it still has members or live children, "
                    + "naming how many. Publishes organisation.revoked.v1.")
    @APIResponse(responseCode = "200", description = "Revoked: the organisation with its `revokedOn`",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "`revokedOn` in the future (China time) or before the founding day, or `reason` too long")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    @APIResponse(responseCode = "409", description = "Members or live children left (not-empty), or already revoked (organisation-revoked)")
    public Response revoke(@PathParam("id") UUID id, @Valid RevokeOrganisation request) {
        Organisation organisation = service.revoke(id, request);
        return Response.ok(OrganisationView.of(organisation)).tag(etag(organisation)).build();
    }

    /** The v1.1 name of {@link #revoke}, kept for one minor version (api-contract v1.2: an action is a verb). */
    @POST
    @Path("{id}/revocation")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Revoke an organisation (撤销党组织) by its v1.1 path: use POST /api/organisations/{id}/revoke", deprecated = true,
            description = "The same action as POST /api/organisations/{id}/revoke, under its v1.1 name; kept for one minor version.")
    @APIResponse(responseCode = "200", description = "Revoked: the organisation with its `revokedOn`",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "`revokedOn` in the future (China time) or before the founding day, or `reason` too long")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    @APIResponse(responseCode = "409", description = "Members or live children left (not-empty), or already revoked (organisation-revoked)")
    public Response revocation(@PathParam("id") UUID id, @Valid RevokeOrganisation request) {
        return revoke(id, request);
    }

    private static EntityTag etag(Organisation organisation) {
        return ETags.of(organisation.version);
    }
}
