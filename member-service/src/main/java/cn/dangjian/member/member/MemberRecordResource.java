package cn.dangjian.member.member;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ETags;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code PATCH /api/members/{id}}: changing the member record's details, guarded by If-Match. */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberRecordResource {

    @Inject
    UpdatingMemberRecord updating;

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.MEMBER})
    @Operation(summary = "Change a member's record (党员信息)", description = "JSON merge patch: a field sent is set, null clears it, a field left "
            + "out stays. platform-admin and org-admin in scope: phone, address, ethnicity, education, employer, post, the pipeline "
            + "dates (appliedOn, activistOn, candidateOn), the flags (lostContactOn, inHardshipOn, veteranOn) and gridId. A member: their own "
            + "phone and address only. Requires If-Match with the ETag of GET. Publishes member.updated.v1.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "The ETag the change is based on")
    @APIResponse(responseCode = "200", description = "The member after the change, with its new ETag", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named), or a field that cannot be changed here")
    @APIResponse(responseCode = "403", description = "Outside the caller's scope, another member's record, or a member changing more than phone and address")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "The grid is retired (…/grid-retired)")
    @APIResponse(responseCode = "422", description = "Unknown grid (…/unknown-reference)")
    @APIResponse(responseCode = "500", description = "identity-data-integrity: the member's stored identity data failed its integrity check; nothing is changed")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPatch.class)),
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = MemberPatch.class))})
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        MemberView member = updating.update(id, ifMatch, patch);
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN})
    @Operation(summary = "Replace a member's record details (党员信息)", description = "platform-admin and org-admin in scope. Every changeable "
            + "detail at once (the fields of MemberPatch): one left out is cleared; phone is required. The name, ID number, "
            + "organisation, status and dates of admission are not changed here. Requires If-Match with the ETag of GET. "
            + "Publishes member.updated.v1. A member changes their own contact data with PATCH.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "The ETag the change is based on")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPatch.class)))
    @APIResponse(responseCode = "200", description = "The member after the change, with its new ETag", content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field (named), a field that cannot be changed here, or no phone")
    @APIResponse(responseCode = "404", description = "Unknown member")
    @APIResponse(responseCode = "409", description = "The grid is retired (…/grid-retired)")
    @APIResponse(responseCode = "500", description = "identity-data-integrity: the member's stored identity data failed its integrity check; nothing is changed")
    @APIResponse(responseCode = "422", description = "Unknown grid (…/unknown-reference)")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode record) {
        MemberView member = updating.replace(id, ifMatch, record);
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }
}
