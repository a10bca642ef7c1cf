package cn.dangjian.points.donation;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Donations", description = "爱心传递: points given to another holder or to a community pool")
public class DonationResource {

    @Inject
    DonationService service;

    @Schema(name = "NewDonation", description = "Exactly one of toHolderId and toPoolOrganisationId")
    public record NewDonation(
            @Schema(description = "Another member or volunteer") UUID toHolderId,
            @Schema(description = "A community (or village) whose pool receives the points", example = "00000000-0000-4000-8000-000000000003") UUID toPoolOrganisationId,
            @NotNull @DecimalMin("0.01") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
            @Schema(minimum = "0.01", maximum = "100000", example = "5.00") BigDecimal points,
            @Size(max = 200) @Schema(maxLength = 200, example = "给邻居王奶奶") String note) {
    }

    @Schema(name = "Donation", description = "A donation: one journal entry of cause DONATION; its entryId is the donation's id")
    public record DonationView(UUID entryId, UUID fromHolderId, UUID toAccountId,
                               @Schema(description = "The receiving member or volunteer (null for a pool)") UUID toHolderId,
                               @Schema(description = "The community whose pool received it (null for a holder)") UUID toPoolOrganisationId,
                               BigDecimal points, String note, Instant donatedAt,
                               @Schema(description = "The entry that reversed it (冲正), if any") UUID reversedBy) {
    }

    @Schema(name = "Pool")
    public record PoolView(UUID organisationId, UUID accountId, BigDecimal balance) {
    }

    @POST
    @Path("donations")
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER})
    @Operation(summary = "Donate some of my points (爱心传递)", description = "Roles member, volunteer: from their own account only, to another holder or a community pool.")
    @APIResponse(responseCode = "201", description = "Donated; Location reads the donation", content = @Content(schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, or not exactly one target (named in errors)")
    @APIResponse(responseCode = "404", description = "Your login is no holder of the moral bank")
    @APIResponse(responseCode = "409", description = "Not enough points (…/not-enough-points), to yourself, or your or the recipient's standing has ended (…/holder-inactive: frozen balance)")
    @APIResponse(responseCode = "422", description = "Unknown holder, or an organisation that is no community (…/unknown-reference)")
    public Response donate(@NotNull @Valid NewDonation request) {
        DonationView donation = service.donate(request);
        return Response.created(URI.create("/api/points/donations/" + donation.entryId())).entity(donation).build();
    }

    @GET
    @Path("donations/{entryId}")
    @RolesAllowed({Roles.MEMBER, Roles.VOLUNTEER, Roles.ORG_ADMIN, Roles.PLATFORM_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Read a donation (爱心传递)", description = "The giver, the receiving holder, org-admin with the giver, the receiver or the "
            + "receiving community in scope, platform-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The donation", content = @Content(schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "403", description = "Neither yours nor in your scope")
    @APIResponse(responseCode = "404", description = "No such donation")
    public DonationView donation(@PathParam("entryId") UUID entryId) {
        return service.read(entryId);
    }

    @GET
    @Path("pools/{organisationId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "A community pool's balance", description = "Roles platform-admin, auditor, org-admin (community in scope).")
    @APIResponse(responseCode = "200", description = "The pool", content = @Content(schema = @Schema(implementation = PoolView.class)))
    @APIResponse(responseCode = "403", description = "Community outside your scope")
    @APIResponse(responseCode = "404", description = "No pool for this organisation (it has received nothing yet)")
    public PoolView pool(@PathParam("organisationId") UUID organisationId) {
        return service.pool(organisationId);
    }
}
