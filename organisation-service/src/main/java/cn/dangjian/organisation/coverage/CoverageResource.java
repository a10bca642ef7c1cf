package cn.dangjian.organisation.coverage;

import cn.dangjian.organisation.organisation.Sector;
import cn.dangjian.organisation.unit.UnitService;
import cn.dangjian.organisation.unit.UnitView;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import cn.dangjian.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
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

    private static final String UNDER = "The organisation whose subtree to count (itself and everything below it); default: the caller's "
            + "own organisation (org-admin), or the one root";
    private static final String KIND = "Only units of this kind";
    private static final String SECTOR = "The v1.1 name of `kind`, kept for one minor version";
    private static final String UNKNOWN_UNDER = "`under` names no organisation, or a filter or month is invalid";

    @Inject
    CoverageService coverage;

    @Inject
    UnitService units;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Coverage of the units located in a subtree (党组织覆盖情况)",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. Units, covered alone, covered "
                    + "jointly, uncovered, the rate, above-designated-size figures, and the covered units whose organisation has fewer "
                    + "full members than a branch needs (3, policy).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = CoverageSummary.class)))
    @APIResponse(responseCode = "400", description = UNKNOWN_UNDER)
    public CoverageSummary summary(
            @Parameter(description = UNDER) @QueryParam("under") UUID under,
            @Parameter(description = KIND) @QueryParam("kind") Sector kind,
            @Parameter(description = SECTOR, deprecated = true) @QueryParam("sector") Sector sector) {
        return coverage.summary(under, kind(kind, sector));
    }

    @GET
    @Path("uncovered-units")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The uncovered units of a subtree, newest first (增加一个，组建一个)",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. The same as "
                    + "GET /api/units?covered=false.")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", description = UNKNOWN_UNDER)
    public PageResponse<UnitView> uncovered(
            @Parameter(description = UNDER) @QueryParam("under") UUID under,
            @Parameter(description = KIND) @QueryParam("kind") Sector kind,
            @Parameter(description = SECTOR, deprecated = true) @QueryParam("sector") Sector sector,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return units.list(under, kind(kind, sector), false, PageRequest.of(page, size)).map(UnitView::of);
    }

    @GET
    @Path("trend")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Monthly coverage of a subtree, oldest first, for a chart",
            description = "platform-admin, auditor and integration everywhere; org-admin in their subtree. From the monthly snapshots "
                    + "(taken on the 1st, China time, for the month that ended); `from`/`to` as YYYY-MM, default the last 12 months, "
                    + "at most 120 months at once.")
    @APIResponse(responseCode = "200", description = "The points", content = @Content(schema = @Schema(implementation = CoverageTrend.class)))
    @APIResponse(responseCode = "400", description = UNKNOWN_UNDER)
    public CoverageTrend trend(
            @Parameter(description = UNDER) @QueryParam("under") UUID under,
            @Parameter(description = KIND) @QueryParam("kind") Sector kind,
            @Parameter(description = SECTOR, deprecated = true) @QueryParam("sector") Sector sector,
            @Parameter(description = "First month, YYYY-MM", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"))
            @QueryParam("from") YearMonth from,
            @Parameter(description = "Last month, YYYY-MM", schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"))
            @QueryParam("to") YearMonth to) {
        return coverage.trend(under, kind(kind, sector), from, to);
    }

    /** `kind`, or its v1.1 name `sector` (deprecated): both name a unit's kind. */
    private static Sector kind(Sector kind, Sector sector) {
        if (kind != null && sector != null && kind != sector) {
            throw new InvalidInputException("sector", "is the old name of kind: send kind alone");
        }
        return kind != null ? kind : sector;
    }
}
