package cn.dangjian.activity.activity;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Activities over HTTP. Error answers common to every operation (401, 403, 429, …, their problem+json body, Location
 * and ETag) are declared once by platform-web's ApiDocumentFilter; only endpoint-specific ones are written here.
 */
@Path("/api/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Party activities (党组织活动): organisational life (三会一课), themed party days, volunteer service")
public class ActivityResource {

    /** An activity id in a path: UUID-shaped only, so fixed paths under the prefix (mine, operations/…) never match it. */
    public static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Inject
    ActivityService service;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Create an activity",
            description = "For an organisation within the caller's scope. Published at once (and announced as activity.published.v1) "
                    + "unless \"draft\": true.")
    @APIResponse(responseCode = "201", description = "Created: the activity", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named in errors), e.g. endsAt not after startsAt or serviceHours outside 0–24")
    @APIResponse(responseCode = "409", description = "An activity with this id already exists (…/duplicate-id)")
    @APIResponse(responseCode = "422", description = "Unknown organisation (type …/unknown-reference: it may not have reached this service yet; retry) or a revoked one")
    public Response create(@NotNull @Valid NewActivity request, @Context UriInfo uri) {
        Activity activity = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(activity.id.toString()).build())
                .tag(etag(activity)).entity(ActivityView.of(activity)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "List activities the caller may see, in the order they take place",
            description = "platform-admin and auditor: all; org-admin: their subtree, drafts included; members and volunteers: published "
                    + "activities only. Filter by organisation (under: it and its subtree; organisationId: it alone), type and start "
                    + "time (from ≤ startsAt < to).")
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter, or an unknown organisation in under or organisationId (the parameter is named)")
    @APIResponse(responseCode = "403", description = "Role does not allow it, or an organisation filter is outside an org-admin's scope")
    public PageResponse<ActivityView> list(
            @Parameter(description = "Only activities of this organisation and everything below it") @QueryParam("under") UUID under,
            @Parameter(description = "Only activities of this organisation itself") @QueryParam("organisationId") UUID organisationId,
            @Parameter(deprecated = true, description = "Deprecated (v1.1): with organisationId, true is the same as under={organisationId}, "
                    + "false the same as organisationId alone. Use under.") @QueryParam("includeSubtree") Boolean includeSubtree,
            @QueryParam("type") ActivityType type,
            @Parameter(description = "ISO-8601 instant; activities starting at or after it", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "ISO-8601 instant; activities starting before it", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") Instant to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(ActivityFilter.of(under, organisationId, includeSubtree, type, from, to), PageRequest.of(page, size))
                .map(ActivityView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Read one activity",
            description = "Drafts only for those who may read the organisation; to members and volunteers a draft is unknown (404).")
    @APIResponse(responseCode = "200", description = "The activity", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Unknown id (or a draft the caller may not see)")
    public Response get(@PathParam("id") UUID id) {
        Activity activity = service.get(id);
        return Response.ok(ActivityView.of(activity)).tag(etag(activity)).build();
    }

    @PUT
    @Path(ID)
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Replace an activity's details (修改活动)",
            description = "Organiser only: platform-admin, or org-admin of the organising organisation's subtree. Only while DRAFT or "
                    + "PUBLISHED; needs If-Match with the ETag read. Every field is replaced (an omitted optional one is cleared). "
                    + "A published activity's change is announced as activity.updated.v1.")
    @APIResponse(responseCode = "200", description = "Changed, with the new ETag", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "It has begun, ended or been cancelled (…/not-editable), or capacity below the places taken")
    public Response replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ActivityChange change) {
        Activity activity = service.update(id, ifMatch, change, true);
        return Response.ok(ActivityView.of(activity)).tag(etag(activity)).build();
    }

    @PATCH
    @Path(ID)
    @Transactional
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Change some of an activity's details",
            description = "As PUT, but only the fields carried change. Organiser only; DRAFT or PUBLISHED; If-Match required.")
    @APIResponse(responseCode = "200", description = "Changed, with the new ETag", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "It has begun, ended or been cancelled, or capacity below the places taken")
    public Response patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ActivityChange change) {
        Activity activity = service.update(id, ifMatch, change, false);
        return Response.ok(ActivityView.of(activity)).tag(etag(activity)).build();
    }

    @POST
    @Path(ID + "/publish")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Publish a draft (发布)", description = "Organiser only. DRAFT → PUBLISHED, announced as activity.published.v1.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Not a draft (…/wrong-transition)")
    public Response publish(@PathParam("id") UUID id) {
        Activity activity = service.publish(id);
        return Response.ok(ActivityView.of(activity)).tag(etag(activity)).build();
    }

    @POST
    @Path(ID + "/end")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "End an activity early (提前结束)",
            description = "Organiser only: platform-admin, or org-admin of the organising organisation's subtree. PUBLISHED or IN_PROGRESS "
                    + "→ ENDED once it has begun; announced once as activity.ended.v1 (the scheduled job ends it at endsAt otherwise).")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "Already ended, cancelled or a draft (…/wrong-transition), or not begun yet (…/not-started)")
    public Response end(@PathParam("id") UUID id) {
        Activity activity = service.end(id);
        return Response.ok(ActivityView.of(activity)).tag(etag(activity)).build();
    }

    @POST
    @Path(ID + "/cancel")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Cancel an activity with a reason (取消)",
            description = "Organiser only. DRAFT or PUBLISHED → CANCELLED; a published one is announced as activity.cancelled.v1 with the reason.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "reason missing or longer than 500")
    @APIResponse(responseCode = "404", description = "Unknown activity")
    @APIResponse(responseCode = "409", description = "In progress, ended or already cancelled (…/wrong-transition)")
    public Response cancel(@PathParam("id") UUID id, @NotNull @Valid Cancellation cancellation) {
        Activity activity = service.cancel(id, cancellation.reason());
        return Response.ok(ActivityView.of(activity)).tag(etag(activity)).build();
    }

    private static EntityTag etag(Activity activity) {
        return ETags.of(activity.version);
    }
}
