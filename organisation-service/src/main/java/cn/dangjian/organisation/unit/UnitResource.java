package cn.dangjian.organisation.unit;

import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ETags;
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

@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Units to be covered by party organisations (两新组织覆盖)")
public class UnitResource {

    static final String EXAMPLE = """
            {"name": "青山区湖滨科技有限公司", "creditCode": "91350100M000100Y43", "kind": "NON_PUBLIC_ENTERPRISE",
             "aboveDesignatedSize": true, "employees": 120, "declaredPartyMembers": 4, "address": "青山区湖滨路 88 号",
             "locatedInOrganisationId": "00000000-0000-4000-8000-000000000003"}""";

    @Inject
    UnitService service;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Register a unit (登记单位)",
            description = "platform-admin anywhere; org-admin when the locating (and any covering) organisation is in their subtree. "
                    + "A unit is covered by one organisation alone (SINGLE, one unit) or by one joint organisation (JOINT, at most 5 units).")
    @RequestBody(content = @Content(schema = @Schema(implementation = UnitRequest.class), examples = @ExampleObject(name = "enterprise", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, e.g. a credit code failing its check characters")
    @APIResponse(responseCode = "409", description = "Credit code or id taken; the covering organisation is full (joint-covers-too-many-units, single-covers-one-unit)")
    @APIResponse(responseCode = "422", description = "Unknown or revoked organisation")
    public Response create(@NotNull @Valid UnitRequest request, @Context UriInfo uri) {
        Unit unit = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(unit.id.toString()).build()).tag(ETags.of(unit.version))
                .entity(UnitView.of(unit)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List units located in a subtree, newest first",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree (the default for `under`). "
                    + "`covered=false` lists the uncovered units newest first (增加一个，组建一个).")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", description = "`under` names no organisation, or invalid paging or filter")
    public PageResponse<UnitView> list(
            @Parameter(description = "The organisation whose subtree to list (itself and everything below it)") @QueryParam("under") UUID under,
            @Parameter(description = "Kind of unit") @QueryParam("kind") Sector kind,
            @Parameter(description = "true: covered only; false: uncovered only") @QueryParam("covered") Boolean covered,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.list(under, kind, covered, PageRequest.of(page, size)).map(UnitView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read one unit", description = "platform-admin, auditor and integration everywhere; org-admin in their subtree.")
    @APIResponse(responseCode = "200", description = "The unit", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", description = "Unknown unit")
    public Response get(@PathParam("id") UUID id) {
        Unit unit = service.get(id);
        return Response.ok(UnitView.of(unit)).tag(ETags.of(unit.version)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Change a unit, e.g. who covers it", description = "platform-admin anywhere; org-admin in their subtree. Send If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "404", description = "Unknown unit")
    @APIResponse(responseCode = "409", description = "Credit code taken, or the covering organisation is full")
    @APIResponse(responseCode = "422", description = "Unknown or revoked organisation")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid UnitRequest request) {
        Unit unit = service.update(id, ifMatch, request);
        return Response.ok(UnitView.of(unit)).tag(ETags.of(unit.version)).build();
    }
}
