package cn.dangjian.organisation.health;

import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation health", description = "Rules each branch breaks (党组织健康检查), kept up to date from events")
public class HealthResource {

    @Inject
    HealthQueries queries;

    @GET
    @Path("{id}/health")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The health findings of one organisation",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. Findings are kept up to date "
                    + "from member and activity events, changes here, and a daily run of the time-based rules; never computed per request.")
    @APIResponse(responseCode = "200", description = "The findings", content = @Content(schema = @Schema(implementation = HealthReport.class)))
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public HealthReport health(@PathParam("id") UUID id) {
        return queries.of(id);
    }

    @GET
    @Path("{id}/subtree/health")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The findings of an organisation and everything below it, in tree order (paged)",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. Filter by severity and rule.")
    @APIResponse(responseCode = "200", description = "A page of findings")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public PageResponse<FindingView> subtreeHealth(@PathParam("id") UUID id,
            @Parameter(description = "INFO, WARNING or VIOLATION") @QueryParam("severity") Severity severity,
            @Parameter(description = "One rule code") @QueryParam("rule") RuleCode rule,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.subtree(id, severity, rule, PageRequest.of(page, size));
    }
}
