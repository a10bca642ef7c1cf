package cn.dangjian.points.honour;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.platform.web.InvalidInputException;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    AgroalDataSource dataSource;

    @Inject
    OrganisationDirectory directory;

    @Schema(name = "HonourRoll")
    public record HonourRoll(UUID under, String period, List<Place> places) {
    }

    @Schema(name = "HonourRollPlace")
    public record Place(int rank, @Schema(description = "Masked: first and last character kept", example = "张*国") String name,
                        @Schema(description = "Points earned in the period (attendances and awards, less their reversals)", example = "12.00") BigDecimal points) {
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR, Roles.MEMBER, Roles.VOLUNTEER, Roles.MERCHANT, Roles.INTEGRATION})
    @Operation(summary = "The honour roll of a subtree and period",
            description = "Every signed-in role: it is a public list, so names are always masked (张*国) and no ids are shown. "
                    + "Ranks members and volunteers whose organisation lies in the subtree by points earned in the period (China time).")
    @APIResponse(responseCode = "200", description = "The ranked list", content = @Content(schema = @Schema(implementation = HonourRoll.class)))
    @APIResponse(responseCode = "400", description = "under, period or size invalid (named)")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public HonourRoll roll(@Parameter(description = "Root of the subtree", required = true) @QueryParam("under") UUID under,
                           @Parameter(description = "2026, 2026-Q4 or 2026-11", required = true, example = "2026-Q4") @QueryParam("period") String period,
                           @Parameter(description = "How many places (1–100, default 20)") @Schema(minimum = "1", maximum = "100") @QueryParam("size") Integer size) {
        UUID root = under;
        if (root == null) {
            throw new InvalidInputException("under", "is required: the organisation whose subtree is ranked");
        }
        HonourPeriod p = HonourPeriod.parse(period);
        int n = size == null ? 20 : size;
        if (n < 1 || n > 100) {
            throw new InvalidInputException("size", "must be between 1 and 100");
        }
        DirectoryEntry organisation = directory.find(root).orElseThrow(() -> new ResourceNotFoundException("organisation", root));
        List<Place> places = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT h.name, sum(p.amount) AS earned
                     FROM posting p
                     JOIN journal_entry e ON e.id = p.entry_id
                     LEFT JOIN journal_entry o ON o.id = e.reversal_of
                     JOIN points_account a ON a.id = p.account_id
                     JOIN holder h ON h.id = a.holder_id
                     JOIN organisation_directory d ON d.id = h.organisation_id
                     WHERE d.path LIKE ? AND p.booked_at >= ? AND p.booked_at < ?
                       AND coalesce(o.cause, e.cause) IN ('ATTENDANCE', 'AWARD') AND e.cause IN ('ATTENDANCE', 'AWARD', 'REVERSAL', 'AWARD_REVOKED')
                     GROUP BY h.id, h.name HAVING sum(p.amount) > 0
                     ORDER BY earned DESC, h.id LIMIT ?""")) {
            select.setString(1, OrganisationPath.encode(organisation.path()) + "%");
            select.setTimestamp(2, Timestamp.from(p.from()));
            select.setTimestamp(3, Timestamp.from(p.to()));
            select.setInt(4, n);
            try (ResultSet rs = select.executeQuery()) {
                int rank = 0;
                while (rs.next()) {
                    places.add(new Place(++rank, NameMask.mask(rs.getString(1)), rs.getBigDecimal(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not rank the honour roll", e);
        }
        return new HonourRoll(root, p.label(), places);
    }
}
