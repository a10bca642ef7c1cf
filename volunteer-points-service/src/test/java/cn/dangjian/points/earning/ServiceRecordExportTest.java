package cn.dangjian.points.earning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.points.PointsTestData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A year of a community's service records, several thousand of them (more than five pages of the export), comes out
 * complete, once each, in order and with every field right, while records of other days and of another community stay
 * out; and the answer is streamed (no Content-Length: it was not built in memory first).
 */
@QuarkusTest
class ServiceRecordExportTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

    @Inject
    PointsTestData data;

    @Inject
    AgroalDataSource dataSource;

    private record Row(UUID holder, String name, UUID activity, UUID organisation, LocalDate day, BigDecimal hours, String confirmedBy) {
    }

    @Test
    void aYearOfThousandsOfRecordsIsExportedCompleteAndInOrder() throws Exception {
        data.demoTree();
        UUID community = data.community();
        UUID elsewhere = data.community();
        List<UUID> holders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int h = 0; h < 60; h++) {
            holders.add(UUID.randomUUID());
            names.add(h == 0 ? "张,\"三\"" : h == 1 ? "=HYPERLINK(\"x\")" : "志愿者" + h);
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < 92; a++) {
            UUID activity = UUID.randomUUID();
            // several activities share a day, so pages end inside a day and inside an activity's attendees
            LocalDate day = a < 90 ? FIRST.plusDays((a / 3) * 12L) : a == 90 ? FIRST.minusDays(1) : LAST.plusDays(1);
            for (int h = 0; h < 60; h++) {
                rows.add(new Row(holders.get(h), names.get(h), activity, community, day, new BigDecimal((h % 8 + 1) + "." + (a % 4) * 25).setScale(2),
                        h % 7 == 0 ? null : "branch-secretary"));
            }
        }
        // the same days in another community: not in this subtree
        UUID otherActivity = UUID.randomUUID();
        for (int h = 0; h < 10; h++) {
            rows.add(new Row(holders.get(h), names.get(h), otherActivity, elsewhere, FIRST.plusDays(10), new BigDecimal("1.00"), "x"));
        }
        insert(holders, names, community, rows);

        List<String> expected = new ArrayList<>();
        expected.add(ServiceRecordExport.HEADER.strip());
        rows.stream()
                .filter(r -> r.organisation().equals(community) && !r.day().isBefore(FIRST) && !r.day().isAfter(LAST))
                .sorted(Comparator.comparing(Row::day).thenComparing(r -> r.activity().toString()).thenComparing(r -> r.holder().toString()))
                .forEach(r -> expected.add(String.join(",", r.holder().toString(), quoted(r.name()), "MEMBER", r.activity().toString(),
                        "VOLUNTEER_SERVICE", community.toString(), r.day().toString(), r.hours().toPlainString(), r.hours().toPlainString(),
                        r.hours().toPlainString(), r.confirmedBy() == null ? "" : r.confirmedBy())));
        assertEquals(90 * 60 + 1, expected.size());

        ExtractableResponse<Response> answer = given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).accept("text/csv")
                .when().get("/api/points/service-records?under=" + community + "&from=" + FIRST + "&to=" + LAST)
                .then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv")).extract();
        assertNull(answer.header("Content-Length"), "streamed as it is read, not built whole first");
        List<String> lines = List.of(answer.asString().split("\n", -1));
        assertEquals("", lines.get(lines.size() - 1), "ends with a line break");
        List<String> exported = lines.subList(0, lines.size() - 1);
        for (int i = 0; i < Math.min(expected.size(), exported.size()); i++) {
            assertEquals(expected.get(i), exported.get(i), "line " + i);
        }
        assertEquals(expected.size(), exported.size(), "every record once, nothing more");
    }

    /** What a spreadsheet needs: quotes doubled inside quotes, a formula defused. */
    private static String quoted(String name) {
        return switch (name) {
            case "张,\"三\"" -> "\"张,\"\"三\"\"\"";
            case "=HYPERLINK(\"x\")" -> "\"'=HYPERLINK(\"\"x\"\")\"";
            default -> name;
        };
    }

    private void insert(List<UUID> holders, List<String> names, UUID organisation, List<Row> rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO holder (id, kind, name, organisation_id, active, updated_at) VALUES (?, 'MEMBER', ?, ?, true, now())")) {
                for (int h = 0; h < holders.size(); h++) {
                    insert.setObject(1, holders.get(h));
                    insert.setString(2, names.get(h));
                    insert.setObject(3, organisation);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO service_record (holder_id, activity_id, attendee_kind, organisation_id, activity_type, hours, credited_hours,
                        points, service_day, confirmed_by, confirmed_at, event_id)
                    VALUES (?, ?, 'MEMBER', ?, 'VOLUNTEER_SERVICE', ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Row r : rows) {
                    insert.setObject(1, r.holder());
                    insert.setObject(2, r.activity());
                    insert.setObject(3, r.organisation());
                    insert.setBigDecimal(4, r.hours());
                    insert.setBigDecimal(5, r.hours());
                    insert.setBigDecimal(6, r.hours());
                    insert.setDate(7, Date.valueOf(r.day()));
                    insert.setString(8, r.confirmedBy());
                    insert.setTimestamp(9, Timestamp.from(Instant.parse("2026-01-05T02:00:00Z")));
                    insert.setObject(10, UUID.randomUUID());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
