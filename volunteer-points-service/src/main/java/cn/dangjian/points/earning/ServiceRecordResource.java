package cn.dangjian.points.earning;

import cn.dangjian.platform.directory.DirectoryEntry;
import cn.dangjian.platform.directory.OrganisationDirectory;
import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.security.OrganisationPath;
import cn.dangjian.platform.security.Roles;
import cn.dangjian.platform.web.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    ServiceRecordExport export;

    @Inject
    OrganisationDirectory directory;

    @Inject
    Caller caller;

    @GET
    @Produces(CSV)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Export service records (志愿服务记录) as CSV",
            description = "Roles platform-admin, auditor, org-admin (organisation in scope). Attendances recorded by activities of the organisation "
                    + "and its subtree, by service day (China time), from and to inclusive, at most a year. Written as it is read, "
                    + "so a year of a district's records streams. Platform records for the organisation to certify; not certificates.")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row", content = @Content(mediaType = CSV,
            example = ServiceRecordExport.HEADER))
    @APIResponse(responseCode = "400", description = "under missing or no known organisation, from or to invalid (named)")
    @APIResponse(responseCode = "403", description = "Organisation outside your scope")
    public Response export(@Parameter(description = "Root of the subtree whose activities' records are exported", required = true)
                           @QueryParam("under") UUID under,
                           @Parameter(deprecated = true, description = "Deprecated (v1.1 name of under, the same subtree)")
                           @QueryParam("organisationId") UUID organisationId,
                           @Parameter(description = "First service day (yyyy-MM-dd)", required = true, example = "2026-11-01") @QueryParam("from") LocalDate from,
                           @Parameter(description = "Last service day (yyyy-MM-dd)", required = true, example = "2026-11-30") @QueryParam("to") LocalDate to) {
        String parameter = under != null ? "under" : "organisationId";
        UUID root = under != null ? under : organisationId;
        if (root == null) {
            throw new InvalidInputException("under", "is required: the organisation whose subtree's records are exported");
        }
        if (under != null && organisationId != null && !under.equals(organisationId)) {
            throw new InvalidInputException("organisationId", "is the deprecated name of under: give under only");
        }
        LocalDate first = required("from", from);
        LocalDate last = required("to", to);
        if (last.isBefore(first) || last.isAfter(first.plusYears(1))) {
            throw new InvalidInputException("to", "must be on or after from, and at most a year later");
        }
        DirectoryEntry entry = directory.find(root).orElseThrow(() -> new InvalidInputException(parameter, "is no organisation known to this service"));
        caller.requireRead(entry.path());
        return Response.ok(export.csv(OrganisationPath.encode(entry.path()) + "%", first, last), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"service-records-" + root + "-" + first + "-" + last + ".csv\"")
                .build();
    }

    private static LocalDate required(String name, LocalDate value) {
        if (value == null) {
            throw new InvalidInputException(name, "is required (yyyy-MM-dd)");
        }
        return value;
    }
}
