package cn.dangjian.points.ledger;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Points ledger", description = "The immutable double-entry journal (复式记账) and its consistency check")
public class LedgerResource {

    @Inject
    ConsistencyCheck check;

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    @Schema(name = "Reversal")
    public record ReversalRequest(
            @NotBlank @Size(max = 200) @Schema(description = "Why the entry is corrected", maxLength = 200, example = "重复录入的服务时长") String reason) {
    }

    @GET
    @Path("consistency")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Recompute every balance from the postings",
            description = "Roles platform-admin, auditor. Kept balances against the sum of their postings, and each entry's postings against zero. Drift must be 0.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ConsistencyReport.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither platform-admin nor auditor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConsistencyReport consistency() {
        return check.run();
    }

    @POST
    @Path("entries/{entryId}/reversal")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Correct an entry by booking its reversal",
            description = "Role platform-admin. Books the mirror image of the entry, pointing at it (冲正); nothing is edited or deleted. "
                    + "An entry is reversed at most once; a holder's balance may not go below zero by it.")
    @APIResponse(responseCode = "201", description = "The reversal entry's id", content = @Content(example = "{\"entryId\":\"…\",\"reversalOf\":\"…\"}"))
    @APIResponse(responseCode = "400", description = "reason missing or too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not platform-admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such entry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already reversed, itself a reversal, or not enough points left to take back (…/not-enough-points)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reverse(@PathParam("entryId") UUID entryId, @NotNull @Valid ReversalRequest request) {
        UUID reversal = ledger.reverse(entryId, EntryCause.REVERSAL, entryId.toString(), request.reason(), caller.subject(), caller.subject());
        return Response.status(201).entity(Map.of("entryId", reversal, "reversalOf", entryId)).build();
    }
}
