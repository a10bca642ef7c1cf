package cn.dangjian.points.honour;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/points/honour-roll")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Honour roll", description = "光荣榜: top contributors of a subtree and period, names masked")
public class HonourRollResource {

    @Inject
    HonourRolls rolls;

    @Inject
    OrganisationDirectory directory;

    @Schema(name = "HonourRoll", description = "A page of the ranked list: rank 1 is the first place of page 0")
    public record HonourRoll(UUID under, String period, List<Place> items, int page, int size,
                             @Schema(description = "How many members and volunteers earned points in the subtree and period") long total,
                             @Schema(deprecated = true, description = "Deprecated (v1.1 name): the same places as items") List<Place> places) {
    }

    @Schema(name = "HonourRollPlace")
    public record Place(int rank, @Schema(description = "Masked: first and last character kept", example = "张*国") String name,
                        @Schema(description = "Points earned in the period (attendances and awards, less their reversals)", example = "12.00") BigDecimal points) {
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT, Roles.INTEGRATION})
    @Operation(summary = "The honour roll (光荣榜) of a subtree and period",
            description = "Every signed-in role: it is a public list, so names are always masked (张*国) and no ids are shown. "
                    + "Ranks members and volunteers whose organisation lies in the subtree by points earned in the period (China time), "
                    + "a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of the ranked list", content = @Content(schema = @Schema(implementation = HonourRoll.class)))
    @APIResponse(responseCode = "400", description = "under missing or no known organisation, period not 2026, 2026-Q4 or 2026-11, or invalid paging (named)")
    public HonourRoll roll(@Parameter(description = "Root of the subtree", required = true) @QueryParam("under") UUID under,
                           @Parameter(description = "A year, a quarter or a month, China time", required = true, example = "2026-Q4",
                                   schema = @Schema(type = SchemaType.STRING, pattern = HonourPeriod.PATTERN, maxLength = 7))
                           @QueryParam("period") String period,
                           @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size) {
        if (under == null) {
            throw new InvalidInputException("under", "is required: the organisation whose subtree is ranked");
        }
        HonourPeriod p = HonourPeriod.parse(period);
        PageRequest paging = PageRequest.of(page, size);
        DirectoryEntry organisation = directory.find(under)
                .orElseThrow(() -> new InvalidInputException("under", "is no organisation known to this service"));
        String subtree = OrganisationPath.encode(organisation.path()) + "%";
        List<Place> places = new ArrayList<>();
        int rank = paging.offset();
        for (HonourRolls.Earner earner : rolls.earners(subtree, p.from(), p.to(), paging.offset(), paging.size())) {
            places.add(new Place(++rank, NameMask.mask(earner.name()), earner.points()));
        }
        return new HonourRoll(under, p.label(), places, paging.page(), paging.size(), rolls.earnersCount(subtree, p.from(), p.to()), places);
    }
}
