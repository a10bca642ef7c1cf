package cn.dangjian.organisation.coverage;

import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.dangjian.organisation.Tree;
import cn.dangjian.organisation.unit.CreditCodes;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import cn.dangjian.platform.testing.VersionedMemberEventsFixture;
import java.util.Map;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coverage over a generated district of a few thousand units, checked against a count this test keeps itself while
 * generating; and the monthly snapshots behind the trend.
 */
@QuarkusTest
class CoverageResourceTest {

    private static final String[] KINDS = {"NON_PUBLIC_ENTERPRISE", "BUSINESS_BUILDING", "PARK", "MARKET", "SOCIAL_ORGANISATION"};

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CoverageService coverage;

    @Inject
    CoverageTally tally;

    @Inject
    CoverageSnapshotJob snapshots;

    @Inject
    cn.dangjian.platform.testing.TestClock clock;

    @Inject
    cn.dangjian.organisation.events.MemberEventsConsumer members;

    @BeforeEach
    void demoTree() {
        Tree.demo();
    }

    /** What the test expects, counted while generating. */
    static final class Expected {
        long units, singly, jointly, uncovered, above, aboveCovered, weak;
        long marketUnits, marketCovered;
    }

    @Test
    void aGeneratedDistrictsFiguresMatchAnIndependentCount() throws Exception {
        UUID street = Tree.create("WORKING_COMMITTEE", DemoIds.DISTRICT);
        List<UUID> communities = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            communities.add(Tree.create("PARTY_COMMITTEE", street, "SINGLE", "COMMUNITY"));
        }
        String streetPath = "/" + DemoIds.DISTRICT + "/" + street + "/";
        Random random = new Random(20261130);
        Expected all = new Expected();
        Expected first = new Expected();
        long serial = Math.floorMod(random.nextLong(), 90_000_000L);
        try (Connection c = dataSource.getConnection();
             PreparedStatement org = c.prepareStatement("INSERT INTO organisation (id, code, name, level, sector, formation, parent_id, path, created_at, updated_at)"
                     + " VALUES (?, ?, '生成组织', 'BRANCH', 'NON_PUBLIC_ENTERPRISE', ?, ?, ?, now(), now())");
             PreparedStatement count = c.prepareStatement("INSERT INTO organisation_member_count (organisation_id, full_members) VALUES (?, ?)");
             PreparedStatement unit = c.prepareStatement("INSERT INTO unit (id, name, credit_code, kind, above_designated_size, located_in_organisation_id,"
                     + " located_path, covering_organisation_id, created_at, updated_at) VALUES (?, '生成单位', ?, ?, ?, ?, ?, ?, ?, now())")) {
            for (int u = 0; u < 3000; u++) {
                int community = random.nextInt(communities.size());
                UUID located = communities.get(community);
                String locatedPath = streetPath + located + "/";
                String kind = KINDS[random.nextInt(KINDS.length)];
                boolean above = random.nextInt(4) == 0;
                int fate = random.nextInt(10); // 0-2 uncovered, 3-6 alone, 7-9 jointly
                UUID covering = null;
                int full = random.nextInt(6);
                if (fate >= 3) {
                    covering = UUID.randomUUID();
                    org.setObject(1, covering);
                    org.setString(2, "GEN-" + covering);
                    org.setString(3, fate <= 6 ? "SINGLE" : "JOINT");
                    org.setObject(4, located);
                    org.setString(5, locatedPath + covering + "/");
                    org.addBatch();
                    count.setObject(1, covering);
                    count.setInt(2, full);
                    count.addBatch();
                }
                unit.setObject(1, UUID.randomUUID());
                unit.setString(2, CreditCodes.generate(serial + u));
                unit.setString(3, kind);
                unit.setBoolean(4, above);
                unit.setObject(5, located);
                unit.setString(6, locatedPath);
                unit.setObject(7, covering);
                unit.setTimestamp(8, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(u)));
                unit.addBatch();
                for (Expected e : community == 0 ? List.of(all, first) : List.of(all)) {
                    e.units++;
                    if (fate < 3) {
                        e.uncovered++;
                    } else if (fate <= 6) {
                        e.singly++;
                    } else {
                        e.jointly++;
                    }
                    if (above) {
                        e.above++;
                        if (fate >= 3) {
                            e.aboveCovered++;
                        }
                    }
                    if (fate >= 3 && full < 3) {
                        e.weak++;
                    }
                    if (kind.equals("MARKET")) {
                        e.marketUnits++;
                        if (fate >= 3) {
                            e.marketCovered++;
                        }
                    }
                }
            }
            org.executeBatch();
            count.executeBatch();
            unit.executeBatch();
        }
        // the rows went in behind the service's back, so bring the per-organisation tallies up to date as a change would
        QuarkusTransaction.requiringNew().run(() -> tally.refresh(communities));
        check(street, all);
        check(communities.get(0), first);
        JsonPath markets = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage?under=" + street + "&kind=MARKET").then().statusCode(200)
                .body("kind", equalTo("MARKET")).extract().jsonPath();
        assertEquals(all.marketUnits, markets.getLong("units"));
        assertEquals(all.marketUnits - all.marketCovered, markets.getLong("uncovered"));

        // uncovered units, newest first
        List<String> created = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage/uncovered-units?under=" + street + "&size=50")
                .then().statusCode(200).body("total", equalTo((int) all.uncovered)).extract().jsonPath().getList("items.createdAt");
        List<String> sorted = new ArrayList<>(created);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, created);

        // a snapshot per month, and the trend answers them oldest first
        coverage.snapshot(YearMonth.of(2026, 9));
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM unit WHERE located_path LIKE ? AND covering_organisation_id IS NULL")) {
            delete.setString(1, streetPath + "%");
            delete.executeUpdate();
        }
        coverage.snapshot(YearMonth.of(2026, 10));
        JsonPath trend = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage/trend?under=" + street + "&from=2026-09&to=2026-10")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2026-09", "2026-10"), trend.getList("points.month"));
        assertEquals(all.units, trend.getLong("points[0].units"));
        assertEquals(all.uncovered, trend.getLong("points[0].uncovered"));
        assertEquals(all.units - all.uncovered, trend.getLong("points[1].units"));
        assertEquals(0, BigDecimal.ONE.compareTo(new BigDecimal(trend.getString("points[1].coverageRate"))));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage/trend?under=" + street + "&from=2026-13").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    private static void check(UUID under, Expected e) {
        JsonPath answer = as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage?under=" + under).then().statusCode(200).extract().jsonPath();
        assertEquals(e.units, answer.getLong("units"));
        assertEquals(e.singly, answer.getLong("coveredSingly"));
        assertEquals(e.jointly, answer.getLong("coveredJointly"));
        assertEquals(e.uncovered, answer.getLong("uncovered"));
        assertEquals(e.above, answer.getLong("aboveDesignatedSizeUnits"));
        assertEquals(e.aboveCovered, answer.getLong("aboveDesignatedSizeCovered"));
        assertEquals(e.weak, answer.getLong("coveredByOrganisationsWithFewerThanThreeFullMembers"));
        BigDecimal rate = BigDecimal.valueOf(e.singly + e.jointly).divide(BigDecimal.valueOf(e.units), 4, RoundingMode.HALF_UP);
        assertEquals(0, rate.compareTo(new BigDecimal(answer.getString("coverageRate"))), answer.getString("coverageRate") + " <> " + rate);
    }

    @Test
    void theFiguresFollowUnitsFormationsAndMemberCounts() {
        UUID community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        UUID branch = Tree.create("BRANCH", community, "SINGLE", null);
        for (UUID covering : java.util.Arrays.asList(null, branch)) {
            var body = new java.util.HashMap<String, Object>(Map.of("name", "企业", "creditCode", CreditCodes.random(), "kind", "PARK",
                    "locatedInOrganisationId", community.toString()));
            if (covering != null) {
                body.put("coveringOrganisationId", covering.toString());
            }
            as(DemoUsers.STREET_ADMIN).body(body).when().post("/api/units").then().statusCode(201);
        }
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community).then().statusCode(200)
                .body("units", equalTo(2)).body("coveredSingly", equalTo(1)).body("uncovered", equalTo(1))
                .body("coveredByOrganisationsWithFewerThanThreeFullMembers", equalTo(1));
        for (int i = 0; i < 3; i++) {
            members.consume(VersionedMemberEventsFixture.registered(1, UUID.randomUUID(), branch, "FULL", "NORMAL", true));
        }
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community).then()
                .body("coveredByOrganisationsWithFewerThanThreeFullMembers", equalTo(0));
        String etag = as(DemoUsers.STREET_ADMIN).when().get("/api/organisations/" + branch).then().extract().header("ETag");
        as(DemoUsers.STREET_ADMIN).header("If-Match", etag).body(Map.of("code", Tree.unique("J"), "name", "联合支部", "formation", "JOINT"))
                .when().put("/api/organisations/" + branch).then().statusCode(200);
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community).then()
                .body("coveredSingly", equalTo(0)).body("coveredJointly", equalTo(1)).body("coverageRate", equalTo(0.5f));
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community + "&kind=MARKET").then().body("units", equalTo(0));
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community + "&kind=PARK").then().body("units", equalTo(2));
    }

    @Test
    void theMonthlySnapshotRecordsTheMonthThatEndedInChina() throws Exception {
        UUID community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        as(DemoUsers.STREET_ADMIN).body(Map.of("name", "企业", "creditCode", CreditCodes.random(), "kind", "MARKET",
                "locatedInOrganisationId", community.toString())).when().post("/api/units").then().statusCode(201);
        Instant firstOfJuneInChina = Instant.parse("2026-05-31T16:15:00Z"); // 1 June, 00:15 in China; still May in UTC
        clock.set(firstOfJuneInChina);
        try {
            snapshots.monthly();
        } finally {
            clock.reset();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT month, units, taken_at FROM coverage_snapshot WHERE organisation_id = ? AND kind = ''")) {
            q.setObject(1, community);
            try (var rs = q.executeQuery()) {
                org.junit.jupiter.api.Assertions.assertTrue(rs.next(), "a snapshot of the community");
                assertEquals("2026-05", rs.getString(1));
                assertEquals(1, rs.getInt(2));
                assertEquals(firstOfJuneInChina, rs.getTimestamp(3).toInstant());
                org.junit.jupiter.api.Assertions.assertFalse(rs.next(), "one month only");
            }
        }
    }

    @Test
    void anUnknownOrganisationInUnderIsA400NamingIt() {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of("/api/coverage", "/api/coverage/uncovered-units", "/api/coverage/trend")) {
            as(DemoUsers.DISTRICT_ADMIN).queryParam("under", unknown.toString()).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("under"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString(unknown.toString()));
        }
    }

    @Test
    void theV11FilterNameSectorStillFiltersByKind() {
        UUID community = Tree.create("PARTY_COMMITTEE", DemoIds.STREET, "SINGLE", "COMMUNITY");
        for (String kind : List.of("MARKET", "PARK", "PARK")) {
            as(DemoUsers.STREET_ADMIN).body(Map.of("name", "企业", "creditCode", CreditCodes.random(), "kind", kind,
                    "locatedInOrganisationId", community.toString())).when().post("/api/units").then().statusCode(201);
        }
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community + "&sector=PARK").then().statusCode(200)
                .body("units", equalTo(2)).body("kind", equalTo("PARK")).body("sector", equalTo("PARK"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage/uncovered-units?under=" + community + "&sector=MARKET").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].kind", equalTo("MARKET"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage/trend?under=" + community + "&sector=MARKET").then().statusCode(200)
                .body("kind", equalTo("MARKET"));
        as(DemoUsers.STREET_ADMIN).when().get("/api/coverage?under=" + community + "&sector=PARK&kind=MARKET").then().statusCode(400)
                .body("errors[0].field", equalTo("sector"));
    }

    @Test
    void coverageIsReadByRoleAndSubtree() {
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/coverage?under=" + DemoIds.HILLSIDE).then().statusCode(403).contentType("application/problem+json");
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/coverage").then().statusCode(200).body("under", equalTo(DemoIds.LAKESIDE.toString()));
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/coverage/trend?under=" + DemoIds.STREET).then().statusCode(403);
        as(DemoUsers.COMMUNITY_ADMIN).when().get("/api/coverage/uncovered-units?under=" + DemoIds.HILLSIDE).then().statusCode(403);
        as(DemoUsers.MEMBER_ZHANG).when().get("/api/coverage?under=" + DemoIds.LAKESIDE).then().statusCode(403);
        as(DemoUsers.AUDITOR_ZHAO).when().get("/api/coverage?under=" + DemoIds.HILLSIDE).then().statusCode(200);
        RestAssured.given().auth().oauth2(Tokens.integration()).when().get("/api/coverage?under=" + DemoIds.HILLSIDE).then().statusCode(200);
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage?under=nope").then().statusCode(400).body("errors[0].field", equalTo("under"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage?under=" + DemoIds.LAKESIDE + "&kind=SHOP").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(DemoUsers.DISTRICT_ADMIN).when().get("/api/coverage?under=" + DemoIds.LAKESIDE + "&sector=SHOP").then().statusCode(400)
                .body("errors[0].field", equalTo("sector"));
    }
}
