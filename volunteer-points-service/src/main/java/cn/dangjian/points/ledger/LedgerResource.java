package cn.dangjian.points.ledger;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
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
import java.net.URI;
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
    CorrectingEntries correcting;

    @Inject
    JournalEntries entries;

    @Inject
    Ledger ledger;

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
    public ConsistencyReport consistency() {
        return check.run();
    }

    @GET
    @Path("entries/{entryId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.AUDITOR, Roles.ORG_ADMIN, Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Read a journal entry (记账凭证) and its postings",
            description = "Roles platform-admin, auditor (every entry); member, volunteer, org-admin: an entry that touches their own account or one "
                    + "of a holder in their scope, with the other holders' postings shown without holder and balance.")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(schema = @Schema(implementation = JournalEntryView.class)))
    @APIResponse(responseCode = "403", description = "The entry touches no account of yours or in your scope")
    @APIResponse(responseCode = "404", description = "No such entry")
    public JournalEntryView entry(@PathParam("entryId") UUID entryId) {
        return entries.read(entryId);
    }

    @POST
    @Path("entries/{entryId}/reverse")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Correct an entry by booking its reversal (冲正)",
            description = "Role platform-admin, never a holder of the entry (own-record). Books the mirror image of the entry, pointing at it; "
                    + "nothing is edited or deleted. For entries without a workflow of their own: attendance credits, donations, migrated "
                    + "movements. Entries of a workflow are undone through it (409 entry-of-a-workflow names it): a redemption by cancelling "
                    + "the order, an award by revoking it; expiry is not undone. An entry is reversed at most once; the points it put on an "
                    + "account are taken back from that account's points of the same issuer, which must not have been spent.")
    @APIResponse(responseCode = "201", description = "The reversal entry (entryId; reversalOf is the corrected entry); Location reads it",
            content = @Content(schema = @Schema(implementation = JournalEntryView.class)))
    @APIResponse(responseCode = "400", description = "reason missing or too long")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "An entry of a workflow (…/entry-of-a-workflow, the detail names the workflow), already reversed, itself a reversal, "
            + "your own record (…/own-record), or not enough of its points left to take back (…/not-enough-points)")
    public Response reverse(@PathParam("entryId") UUID entryId, @NotNull @Valid ReversalRequest request) {
        return reversing(entryId, request);
    }

    @POST
    @Path("entries/{entryId}/reversal")
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Correct an entry by booking its reversal (deprecated: POST …/reverse)", deprecated = true,
            description = "The v1.1 name of POST /api/points/ledger/entries/{entryId}/reverse, kept for one minor version: the same action and answers.")
    @APIResponse(responseCode = "201", description = "The reversal entry; Location reads it", content = @Content(schema = @Schema(implementation = JournalEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response reversal(@PathParam("entryId") UUID entryId, @NotNull @Valid ReversalRequest request) {
        return reversing(entryId, request);
    }

    private Response reversing(UUID entryId, ReversalRequest request) {
        UUID reversal = correcting.reverse(entryId, request.reason());
        return Response.created(URI.create("/api/points/ledger/entries/" + reversal)).entity(ledger.entry(reversal).orElseThrow()).build();
    }
}
