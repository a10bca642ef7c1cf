package cn.dangjian.points.earning;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service records of the activities an organisation (and its subtree) recorded, as CSV for that organisation to
 * check and certify itself. They are platform records, not certificates, and the export never says otherwise.
 */
@Path("/api/points/service-records")
@Tag(name = "Service records", description = "志愿服务记录 export for the recording organisation (records, not certificates)")
public class ServiceRecordResource {

    public static final String CSV = "text/csv";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Export service records as CSV",
            description = "Roles platform-admin, auditor, org-admin (organisation in scope). Attendances recorded by activities of the organisation "
                    + "and its subtree, by service day (China time), from and to inclusive. Platform records for the organisation to certify; not certificates.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row", content = @Content(mediaType = CSV,
            example = "holder_id,name,attendee_kind,activity_id,activity_type,organisation_id,service_day,hours,credited_hours,points,confirmed_by\n"))
    @APIResponse(responseCode = "400", description = "organisationId, from or to invalid (named)")
    @APIResponse(responseCode = "403", description = "Organisation outside your scope")
    @APIResponse(responseCode = "404", description = "Unknown organisation")
    public Response export(@Parameter(required = true) @QueryParam("organisationId") UUID organisationId,
                           @Parameter(description = "First service day (yyyy-MM-dd)", required = true, example = "2026-11-01") @QueryParam("from") LocalDate from,
                           @Parameter(description = "Last service day (yyyy-MM-dd)", required = true, example = "2026-11-30") @QueryParam("to") LocalDate to) {
        UUID organisation = organisationId;
        if (organisation == null) {
            throw new InvalidInputException("organisationId", "is required");
        }
        LocalDate first = required("from", from);
        LocalDate last = required("to", to);
        if (last.isBefore(first) || last.isAfter(first.plusYears(1))) {
            throw new InvalidInputException("to", "must be on or after from, and at most a year later");
        }
        DirectoryEntry entry = directory.find(organisation).orElseThrow(() -> new ResourceNotFoundException("organisation", organisation));
        caller.requireRead(entry.path());
        StringBuilder csv = new StringBuilder("holder_id,name,attendee_kind,activity_id,activity_type,organisation_id,service_day,hours,credited_hours,points,confirmed_by\n");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT r.holder_id, h.name, r.attendee_kind, r.activity_id, r.activity_type, r.organisation_id, r.service_day, r.hours,
                            r.credited_hours, r.points, r.confirmed_by
                     FROM service_record r JOIN organisation_directory d ON d.id = r.organisation_id
                     LEFT JOIN holder h ON h.id = r.holder_id
                     WHERE d.path LIKE ? AND r.service_day BETWEEN ? AND ?
                     ORDER BY r.service_day, r.activity_id, r.holder_id""")) {
            select.setString(1, OrganisationPath.encode(entry.path()) + "%");
            select.setDate(2, Date.valueOf(first));
            select.setDate(3, Date.valueOf(last));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 11; i++) {
                        csv.append(i > 1 ? "," : "").append(field(rs.getString(i)));
                    }
                    csv.append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not export service records", e);
        }
        return Response.ok(csv.toString(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"service-records-" + organisation + "-" + first + "-" + last + ".csv\"")
                .build();
    }

    private static LocalDate required(String name, LocalDate value) {
        if (value == null) {
            throw new InvalidInputException(name, "is required (yyyy-MM-dd)");
        }
        return value;
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet never runs a name as a formula. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
