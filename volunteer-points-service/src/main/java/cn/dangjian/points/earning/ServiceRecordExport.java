package cn.dangjian.points.earning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The service records of a subtree and period as CSV, written while it is read: a page of records at a time (by key,
 * each page in a short transaction of its own), so a year of a district's records never sits in memory and no
 * transaction stays open while a slow client downloads. Records are only ever added, so paging by key neither repeats
 * nor skips one that existed when the export began.
 */
@ApplicationScoped
public class ServiceRecordExport {

    static final String HEADER = "holder_id,name,attendee_kind,activity_id,activity_type,organisation_id,service_day,hours,credited_hours,points,confirmed_by\n";

    /** Records per page: large enough to keep round trips few, small enough to keep memory flat. */
    static final int PAGE = 1000;

    @Inject
    ServiceRecords records;

    /**
     * The CSV of the records under this directory path prefix. The first page is read now, so that a database that is
     * away answers 503 before the 200 starts; the rest is read as the client takes it.
     */
    public StreamingOutput csv(String pathPrefix, LocalDate first, LocalDate last) {
        List<ServiceRecords.Line> firstPage = page(pathPrefix, first, last, null);
        return output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.write(HEADER);
            List<ServiceRecords.Line> lines = firstPage;
            while (!lines.isEmpty()) {
                for (ServiceRecords.Line line : lines) {
                    write(csv, line);
                }
                lines = lines.size() < PAGE ? List.of() : page(pathPrefix, first, last, lines.get(lines.size() - 1));
            }
            csv.flush();
        };
    }

    private List<ServiceRecords.Line> page(String pathPrefix, LocalDate first, LocalDate last, ServiceRecords.Line after) {
        return QuarkusTransaction.requiringNew().call(() -> records.exportPage(pathPrefix, first, last, after, PAGE));
    }

    private static void write(Writer csv, ServiceRecords.Line l) throws IOException {
        Object[] fields = {l.holderId(), l.name(), l.attendeeKind(), l.activityId(), l.activityType(), l.organisationId(), l.serviceDay(),
                l.hours(), l.creditedHours(), l.points(), l.confirmedBy()};
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(field(fields[i] instanceof BigDecimal d ? d.toPlainString() : fields[i] == null ? null : fields[i].toString()));
        }
        csv.write('\n');
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
