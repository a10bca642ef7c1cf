package cn.dangjian.points.volunteer;

import cn.dangjian.platform.idempotency.Idempotent;
import cn.dangjian.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "Residents who volunteer without being party members (志愿者)")
public class VolunteerResource {

    @Inject
    VolunteerService service;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "Register myself as a volunteer",
            description = "Role volunteer. Ties a new points holder and account to the token's sub; nobody registers on another's behalf "
                    + "(platform-admin neither). Publishes points.volunteer-registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location is my account", content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", description = "This login is already a volunteer or member of the moral bank")
    @APIResponse(responseCode = "422", description = "Unknown organisation (…/unknown-reference) or a revoked one")
    public Response register(@NotNull @Valid NewVolunteer request) {
        VolunteerView volunteer = service.register(request);
        return Response.created(URI.create("/api/points/accounts/" + volunteer.holderId())).entity(volunteer).build();
    }
}
