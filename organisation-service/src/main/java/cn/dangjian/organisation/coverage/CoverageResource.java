package cn.dangjian.organisation.coverage;

import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.organisation.unit.UnitService;
import cn.dangjian.organisation.unit.UnitView;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coverage", description = "Which units have a party organisation (党组织覆盖), and the trend")

public class CoverageResource {

    @Inject
    CoverageService coverage;

    @Inject
    UnitService units;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Coverage of the units located in a subtree",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree (their own organisation when "
                    + "`under` is omitted). Units, covered alone, covered jointly, uncovered, the rate, above-designated-size figures, and "
                    + "the covered units whose organisation has fewer than 3 full members.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = CoverageSummary.class)))
    @APIResponse(responseCode = "404", description = "Unknown organisation in `under`")
    public CoverageSummary summary(
            @Parameter(description = "Organisation whose subtree to count") @QueryParam("under") UUID under,
            @Parameter(description = "Only units of this kind") @QueryParam("sector") Sector sector) {
        return coverage.summary(under, sector);
    }

    @GET
    @Path("uncovered-units")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The uncovered units of a subtree, newest first (增加一个，组建一个)",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree.")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "404", description = "Unknown organisation in `under`")
    public PageResponse<UnitView> uncovered(
            @QueryParam("under") UUID under,
            @QueryParam("sector") Sector sector,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") Integer size) {
        return units.list(under, sector, false,
                PageRequest.of(page, size)).map(UnitView::of);
    }

    @GET
    @Path("trend")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Monthly coverage of a subtree, oldest first, for a chart",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. From the monthly snapshots "
                    + "(taken on the 1st, China time, for the month that ended); `from`/`to` as YYYY-MM, default the last 12 months.")
    @APIResponse(responseCode = "200", description = "The points", content = @Content(schema = @Schema(implementation = CoverageTrend.class)))
    @APIResponse(responseCode = "400", description = "Invalid month or filter")
    @APIResponse(responseCode = "404", description = "Unknown organisation in `under`")
    public CoverageTrend trend(
            @QueryParam("under") UUID under,
            @QueryParam("sector") Sector sector,
            @Parameter(description = "First month, YYYY-MM", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")) @QueryParam("from") String from,
            @Parameter(description = "Last month, YYYY-MM", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")) @QueryParam("to") String to) {
        return coverage.trend(under, sector, from, to);
    }
}
