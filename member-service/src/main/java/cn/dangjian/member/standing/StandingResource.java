package cn.dangjian.member.standing;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Standing (党籍状态) of one member and its history. */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Standing", description = "党籍状态及其变更记录")
public class StandingResource {

    @Inject
    ChangingStanding changing;

    @POST
    @Path("{id}/standing")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Change a member's standing (党籍状态变更)", description = "platform-admin, or org-admin of the member's organisation or above. "
            + "Kept as history with reason, effective date, decision reference and who decided; publishes member.standing-changed.v1 "
            + "with votingRights and active. QUALIFICATION_CANCELLED (取消预备党员资格) only for probationary members, PROBATION_IN_PARTY "
            + "(留党察看) only for full members. EXPELLED, DROPPED, "
            + "DECEASED and QUALIFICATION_CANCELLED are final.")
    @APIResponse(responseCode = "200", description = "The standing after the change, with its history", content = @Content(schema = @Schema(implementation = StandingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named): unknown standing, effectiveOn in the future, reason or decisionReference missing")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "standing-unchanged, standing-change-not-allowed (from a final standing, or not a listed move), not-probationary (QUALIFICATION_CANCELLED of a full member), not-full-member (PROBATION_IN_PARTY of a probationary member)")
    public Response change(@PathParam("id") UUID id, @NotNull @Valid StandingChangeRequest request) {
        return Response.ok(changing.change(id, request)).build();
    }

    @GET
    @Path("{id}/standing")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION, Roles.MEMBER})
    @Operation(summary = "Read a member's standing and its history (党籍状态)", description = "platform-admin, auditor, integration; org-admin in scope; a member their own.")
    @APIResponse(responseCode = "200", description = "The standing with its history", content = @Content(schema = @Schema(implementation = StandingView.class)))
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, or another member's")
    @APIResponse(responseCode = "404", description = "Unknown member")
    public StandingView read(@PathParam("id") UUID id) {
        return changing.read(id);
    }
}
