package cn.dangjian.activity.attendance;

import static cn.dangjian.activity.activity.ActivityFixtures.body;
import static cn.dangjian.activity.activity.ActivityFixtures.create;
import static cn.dangjian.activity.activity.ActivityFixtures.runningNow;
import static cn.dangjian.platform.testing.Api.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.activity.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The attendance of an activity with thousands of expected members is a page chosen and counted by the database: the
 * records first, then the absent members (derived by a query, never by loading the roster), with the same few
 * statements whatever the page size. The members are inserted directly, under a tree of their own (a root outside
 * the demo tree, so no other test's activity expects them).
 */
@QuarkusTest
class AttendancePagesTest {

    private static final int IN_BRANCH = 2500;
    private static final int IN_ROOT = 500;
    private static final int EXPECTED = IN_BRANCH + IN_ROOT;

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory entityManagers;

    private static UUID root;
    private static UUID branch;

    @BeforeEach
    void aLargeTreeOfItsOwn() throws Exception {
        if (root != null) {
            return;
        }
        UUID newRoot = UUID.randomUUID();
        UUID newBranch = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        organisationEvents.consume(OrganisationEventsFixture.created(newRoot, "BIG-" + newRoot, "大型党委", "PARTY_COMMITTEE", List.of(newRoot)));
        organisationEvents.consume(OrganisationEventsFixture.created(newBranch, "BIG-" + newBranch, "大型支部", "BRANCH", List.of(newRoot, newBranch)));
        organisationEvents.consume(OrganisationEventsFixture.created(elsewhere, "BIG-" + elsewhere, "别处党委", "PARTY_COMMITTEE", List.of(elsewhere)));
        insertMembers(newBranch, "成员", 1, IN_BRANCH, true);
        insertMembers(newRoot, "成员", IN_BRANCH + 1, EXPECTED, true);
        insertMembers(newBranch, "离开", 1, 50, false); // standing ended: not expected
        insertMembers(elsewhere, "成员", 1, 100, true); // another tree: not expected
        branch = newBranch;
        root = newRoot;
    }

    @Test
    void aPageOfThousandsOfExpectedMembersIsRightAndSoIsTheTotal() throws Exception {
        String id = create(DemoUsers.DISTRICT_ADMIN, runningNow(root, "PARTY_LECTURE"));
        String attendance = "/api/activities/" + id + "/attendance";
        as(DemoUsers.DISTRICT_ADMIN).when().get(attendance).then().statusCode(200).body("total", equalTo(0)).body("items", empty());
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        UUID tenth = memberNamed(branch, "成员00010");
        UUID twoThousandth = memberNamed(branch, "成员02000");
        as(DemoUsers.DISTRICT_ADMIN).body(Map.of("attendees", List.of(Map.of("memberId", tenth.toString(), "makeUpReason", "会后补录"),
                        Map.of("memberId", twoThousandth.toString(), "makeUpReason", "会后补录"))))
                .when().post(attendance).then().statusCode(200);

        List<String> records = List.of(tenth.toString(), twoThousandth.toString()).stream().sorted().toList();
        List<String> absent = IntStream.rangeClosed(1, EXPECTED).mapToObj(i -> String.format("成员%05d", i))
                .filter(n -> !n.equals("成员00010") && !n.equals("成员02000")).toList();

        // the first page: the two records, then the first absentees by name
        page(attendance, 0, 200).body("total", equalTo(EXPECTED)).body("items.size()", equalTo(200))
                .body("items[0..1].holderId", equalTo(records)).body("items[0..1].absent", everyItem(equalTo(false)))
                .body("items[0].makeUp", equalTo(true))
                .body("items[2..199].name", equalTo(absent.subList(0, 198))).body("items[2..199].absent", everyItem(equalTo(true)));
        // a page across the edge between records and absentees
        page(attendance, 0, 7).body("total", equalTo(EXPECTED)).body("items[0..1].holderId", equalTo(records))
                .body("items[2..6].name", equalTo(absent.subList(0, 5)));
        page(attendance, 1, 7).body("items.name", equalTo(absent.subList(5, 12)));
        // one in the middle, the last one (the members of the root itself included), and one past the end
        page(attendance, 7, 200).body("items.name", equalTo(absent.subList(1398, 1598)));
        page(attendance, 14, 200).body("items.size()", equalTo(200)).body("items.name", equalTo(absent.subList(2798, 2998)))
                .body("items[199].name", equalTo("成员03000"));
        page(attendance, 15, 200).body("items", empty()).body("total", equalTo(EXPECTED));
        List<String> everyone = new ArrayList<>();
        for (int p = 0; p < 15; p++) {
            everyone.addAll(page(attendance, p, 200).extract().<List<String>>path("items.holderId"));
        }
        assertEquals(EXPECTED, everyone.stream().distinct().count(), "each expected member once, over all pages");

        // of the organisation alone: the root's own members
        Map<String, Object> own = body(root, "PARTY_LECTURE", Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
        own.put("eligibility", List.of("ORGANISATION_MEMBERS"));
        String ownOnly = create(DemoUsers.DISTRICT_ADMIN, own);
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + ownOnly + "/end").then().statusCode(200);
        page("/api/activities/" + ownOnly + "/attendance", 0, 20).body("total", equalTo(IN_ROOT)).body("items[0].name", equalTo("成员02501"));
    }

    @Test
    void aPageTakesTheSameFewStatementsWhateverItsSize() throws Exception {
        String id = create(DemoUsers.DISTRICT_ADMIN, runningNow(root, "THEMED_PARTY_DAY"));
        as(DemoUsers.DISTRICT_ADMIN).when().post("/api/activities/" + id + "/end").then().statusCode(200);
        // 150 records (signed up, as the API records it) and 2,850 absentees: a page of 200 holds both kinds
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO participation (activity_id, holder_id, attendee_kind, member_id, registration, registered_at, updated_at)
                     SELECT ?, id, 'MEMBER', id, 'REGISTERED', now(), now() FROM roster_member
                     WHERE organisation_id = ? AND active AND name <= '成员00150'""")) {
            insert.setObject(1, UUID.fromString(id));
            insert.setObject(2, branch);
            assertEquals(150, insert.executeUpdate());
        }
        String attendance = "/api/activities/" + id + "/attendance";
        long small = statements(() -> page(attendance, 0, 2));
        long large = statements(() -> page(attendance, 0, 200).body("total", equalTo(EXPECTED)).body("items.size()", equalTo(200))
                .body("items[0..149].registration", everyItem(equalTo("REGISTERED"))).body("items[0].name", org.hamcrest.Matchers.startsWith("成员"))
                .body("items[150..199].registration", everyItem(org.hamcrest.Matchers.nullValue())));
        assertTrue(large <= 12, "a page of 200 took " + large + " statements");
        assertTrue(large <= small + 2, "a page of 200 took " + large + " statements, a page of 2 took " + small);
    }

    private ValidatableResponse page(String attendance, int page, int size) {
        return as(DemoUsers.DISTRICT_ADMIN).queryParam("page", page).queryParam("size", size).when().get(attendance)
                .then().statusCode(200).body("page", equalTo(page)).body("size", equalTo(size));
    }

    /** Hibernate's statements while the request ran (the organisation directory's few reads go through JDBC). */
    private long statements(Runnable request) {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "%test.quarkus.hibernate-orm.statistics");
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }

    private void insertMembers(UUID organisation, String prefix, int from, int to, boolean active) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO roster_member (id, name, organisation_id, status, standing, active, updated_at)
                     SELECT gen_random_uuid(), ? || lpad(i::text, 5, '0'), ?, 'FULL', ?, ?, now() FROM generate_series(?, ?) AS i""")) {
            insert.setString(1, prefix);
            insert.setObject(2, organisation);
            insert.setString(3, active ? "NORMAL" : "EXPELLED");
            insert.setBoolean(4, active);
            insert.setInt(5, from);
            insert.setInt(6, to);
            assertEquals(to - from + 1, insert.executeUpdate());
        }
    }

    private UUID memberNamed(UUID organisation, String name) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id FROM roster_member WHERE organisation_id = ? AND name = ?")) {
            select.setObject(1, organisation);
            select.setString(2, name);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), name);
                return rs.getObject(1, UUID.class);
            }
        }
    }
}
