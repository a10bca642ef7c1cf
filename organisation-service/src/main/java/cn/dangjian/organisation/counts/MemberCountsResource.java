package cn.dangjian.organisation.counts;

import cn.dangjian.organisation.organisation.OrganisationService;
import cn.dangjian.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation health")
public class MemberCountsResource {

    @Schema(name = "MemberCounts", description = "Members of one organisation, kept from member events (eventually consistent)")
    public record View(UUID organisationId, @Schema(description = "Full members (正式党员)") int fullMembers,
                       @Schema(description = "Probationary members (预备党员)") int probationary,
                       @Schema(description = "Members with a vote here, as member-service says") int withVote,
                       @Schema(description = "Members of other organisations hosted here (流动党员, 双报到)") int hosted) {
    }

    @Inject
    OrganisationService organisations;

    @Inject
    MemberCounts counts;

    @GET
    @Path("{id}/member-counts")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Member counts of one organisation",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. Kept from member events; "
                    + "organisation-service never calls member-service.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public View get(@PathParam("id") UUID id) {
        organisations.get(id);
        MemberCounts.Counts c = counts.of(id);
        return new View(id, c.fullMembers(), c.probationary(), c.withVote(), c.hosted());
    }
}
