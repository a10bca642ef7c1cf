package cn.dangjian.points.award;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import cn.dangjian.points.award.AwardViews.AwardView;
import cn.dangjian.points.award.AwardViews.ObjectionView;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Good-deed awards", description = "好人好事: nominated, approved by a second person, published for objections, then credited")
public class AwardResource {

    @Inject
    AwardService service;

    @Inject
    OrganisationDirectory directory;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Nominate a holder for a good-deed award", description = "Roles org-admin (holder's organisation in scope, e.g. the community's admin), platform-admin.")
    @APIResponse(responseCode = "201", description = "Nominated", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "403", description = "Holder outside your scope")
    @APIResponse(responseCode = "409", description = "Holder belongs to no organisation, or their standing has ended (…/holder-inactive)")
    @APIResponse(responseCode = "422", description = "Unknown holder (…/unknown-reference)")
    public Response nominate(@NotNull @Valid AwardViews.Nomination request) {
        Award award = service.nominate(request);
        return Response.created(URI.create("/api/points/awards/" + award.id)).entity(AwardView.of(award)).build();
    }

    @POST
    @Path("{id}/approve")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Approve a nomination (审核通过, four eyes)",
            description = "Roles org-admin in scope, platform-admin; never the nominator nor the holder (compared by token sub). "
                    + "Starts the public notice period (default 7 days, POINTS_OBJECTION_PERIOD).")
    @APIResponse(responseCode = "200", description = "In notice", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "403", description = "Holder outside your scope")
    @APIResponse(responseCode = "404", description = "No such award")
    @APIResponse(responseCode = "409", description = "You nominated it (…/four-eyes), it is your own award (…/own-record), or it is not NOMINATED (…/award-not-nominated)")
    public Response approve(@PathParam("id") UUID id) {
        return approving(id);
    }

    @POST
    @Path("{id}/approval")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Approve a nomination (deprecated: POST …/approve)", deprecated = true,
            description = "The v1.1 name of POST /api/points/awards/{id}/approve, kept for one minor version: the same action and answers.")
    @APIResponse(responseCode = "200", description = "In notice", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "404", description = "No such award")
    public Response approval(@PathParam("id") UUID id) {
        return approving(id);
    }

    private Response approving(UUID id) {
        return Response.ok(AwardView.of(service.approve(id))).build();
    }

    @POST
    @Path("{id}/objections")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Object to an award during its notice period", description = "Roles member, volunteer, org-admin, platform-admin. Until the notice ends.")
    @APIResponse(responseCode = "201", description = "Objection recorded", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "400", description = "reason missing or too long")
    @APIResponse(responseCode = "404", description = "No such award")
    @APIResponse(responseCode = "409", description = "Not in notice, or the notice has ended (…/notice-not-running)")
    public Response object(@PathParam("id") UUID id, @NotNull @Valid AwardViews.Objection request) {
        AwardObjection objection = service.object(id, request);
        return Response.created(URI.create("/api/points/awards/" + id + "/objections/" + objection.id)).entity(ObjectionView.of(objection)).build();
    }

    @GET
    @Path("{id}/objections/{objectionId}")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Read an objection (异议)", description = "Whoever raised it; the award's holder, org-admin in scope, platform-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The objection", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "403", description = "You neither raised it nor may read the award")
    @APIResponse(responseCode = "404", description = "No such award, or no such objection to it")
    public ObjectionView objection(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId) {
        return ObjectionView.of(service.readObjection(id, objectionId));
    }

    @POST
    @Path("{id}/objections/{objectionId}/decide")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Uphold or dismiss an objection (异议处理)", description = "Roles org-admin in scope, platform-admin; neither whoever raised the objection "
            + "nor the award's holder (compared by token sub). Upheld: the award is withdrawn.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "400", description = "upheld missing")
    @APIResponse(responseCode = "403", description = "Holder outside your scope")
    @APIResponse(responseCode = "404", description = "No such award or objection")
    @APIResponse(responseCode = "409", description = "Decided already, the award is no longer in notice, you raised the objection (…/four-eyes) "
            + "or the award is yours (…/own-record)")
    public Response decide(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId, @NotNull @Valid AwardViews.Decision request) {
        return deciding(id, objectionId, request);
    }

    @POST
    @Path("{id}/objections/{objectionId}/decision")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Uphold or dismiss an objection (deprecated: POST …/decide)", deprecated = true,
            description = "The v1.1 name of POST /api/points/awards/{id}/objections/{objectionId}/decide, kept for one minor version: the same action and answers.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "404", description = "No such award or objection")
    public Response decision(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId, @NotNull @Valid AwardViews.Decision request) {
        return deciding(id, objectionId, request);
    }

    private Response deciding(UUID id, UUID objectionId, AwardViews.Decision request) {
        return Response.ok(ObjectionView.of(service.decide(id, objectionId, request.upheld()))).build();
    }

    @POST
    @Path("{id}/revoke")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Revoke a credited award (撤销)",
            description = "Roles org-admin in scope, platform-admin; never the holder. Reverses the award's entry (cause AWARD_REVOKED): the points go back "
                    + "to the issuer that issued them. The only way to undo an award's points; the ledger's own reversal refuses award entries.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "400", description = "reason missing or too long")
    @APIResponse(responseCode = "403", description = "Holder outside your scope")
    @APIResponse(responseCode = "404", description = "No such award")
    @APIResponse(responseCode = "409", description = "Not CREDITED (…/award-not-credited), your own award (…/own-record), or the holder has spent its points (…/not-enough-points)")
    public Response revoke(@PathParam("id") UUID id, @NotNull @Valid AwardViews.Revocation request) {
        return Response.ok(AwardView.of(service.revoke(id, request.reason().strip()))).build();
    }

    @GET
    @Path("notices")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Awards in their public notice period (公示) in a subtree",
            description = "Roles member, volunteer, org-admin, platform-admin, auditor: a public list, names masked (张*国), so that anyone may object in time. "
                    + "Newest approval first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of awards in notice")
    @APIResponse(responseCode = "400", description = "under missing or no known organisation, or invalid paging (named)")
    public PageResponse<AwardViews.NoticeView> notices(@Parameter(description = "Root of the subtree", required = true) @QueryParam("under") UUID under,
                                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (under == null) {
            throw new InvalidInputException("under", "is required: the organisation whose subtree's notices are listed");
        }
        PageRequest paging = PageRequest.of(page, size);
        DirectoryEntry root = directory.find(under).orElseThrow(() -> new InvalidInputException("under", "is no organisation known to this service"));
        return service.notices(root.path(), paging);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Read an award", description = "The holder, org-admin in scope, platform-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The award", content = @Content(schema = @Schema(implementation = AwardView.class)))
    @APIResponse(responseCode = "403", description = "Neither yours nor in your scope")
    @APIResponse(responseCode = "404", description = "No such award")
    public AwardView read(@PathParam("id") UUID id) {
        return AwardView.of(service.read(id));
    }
}
