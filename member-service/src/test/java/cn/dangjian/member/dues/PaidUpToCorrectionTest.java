package cn.dangjian.member.dues;

import cn.dangjian.platform.testing.TestClock;
import static cn.dangjian.platform.testing.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.member.events.OrganisationEventsConsumer;
import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.OrganisationEventsFixture;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V4_0 corrects "paid up to" set by the old rules (a first declaration set it to the month before its effectiveFrom):
 * the very migration script runs, in a transaction rolled back afterwards, over members put in the old shape: it
 * recomputes the latest month paid, else the month before admission, never moves a month forward, and writes one
 * data_correction row per member changed.
 */
@QuarkusTest
class PaidUpToCorrectionTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String SCRIPT = "db/migration/V4_0__dues_paid_up_to_correction.sql";

    @Inject
    OrganisationEventsConsumer organisationEvents;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @BeforeEach
    void standOnTheFifteenthOfNovember() {
        OrganisationEventsFixture.demoTree().forEach(organisationEvents::consume);
        clock.set(LocalDate.of(2026, 11, 15).atTime(12, 0).atZone(CHINA).toInstant());
    }

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void theMigrationRanHere() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT success FROM flyway_schema_history WHERE version = '4.0'")) {
            assertTrue(rs.next() && rs.getBoolean(1), "V4_0 applied");
        }
    }

    @Test
    void paidUpToSetByADeclarationGoesBackToTheLatestMonthPaidNeverForward() throws Exception {
        // old shape: declared from 2028-12 without paying → "paid up to 2028-11"
        String forgiven = DuesResourceTest.register(DemoIds.LAKESIDE_BRANCH_1, null);
        // old shape: declared from 2026-09, paid September to December → paid up to 2026-12, which payments prove
        String paid = DuesResourceTest.declared(DemoIds.LAKESIDE_BRANCH_1, "3000.00", "2026-09");
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-12")).when().post(DuesResourceTest.payments(paid)).then().statusCode(201);
        // a value earlier than the payments (never seen, but never to be moved forward)
        String earlier = DuesResourceTest.declared(DemoIds.LAKESIDE_BRANCH_1, "3000.00", "2026-09");
        as(DemoUsers.BRANCH_SECRETARY).body(Map.of("throughMonth", "2026-10")).when().post(DuesResourceTest.payments(earlier)).then().statusCode(201);
        // old shape: no declaration, no value
        String none = DuesResourceTest.register(DemoIds.LAKESIDE_BRANCH_1, null);
        // right already: the month before admission
        String right = DuesResourceTest.register(DemoIds.LAKESIDE_BRANCH_1, null);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                set(c, forgiven, LocalDate.of(2028, 11, 1));
                set(c, earlier, LocalDate.of(2026, 8, 1));
                set(c, none, null);
                Map<String, Long> versions = new HashMap<>();
                for (String id : new String[] {forgiven, paid, earlier, none, right}) {
                    versions.put(id, version(c, id));
                }
                try (Statement migrate = c.createStatement()) {
                    migrate.execute(script());
                }
                assertEquals(LocalDate.of(2020, 6, 1), paidUpTo(c, forgiven), "no payment: the month before admission");
                assertEquals(LocalDate.of(2026, 12, 1), paidUpTo(c, paid), "the latest month paid");
                assertEquals(LocalDate.of(2026, 8, 1), paidUpTo(c, earlier), "never moved forward, even to months paid");
                assertEquals(LocalDate.of(2020, 6, 1), paidUpTo(c, none));
                assertEquals(LocalDate.of(2020, 6, 1), paidUpTo(c, right));

                assertEquals(new Correction("2028-11", "2020-06"), correction(c, forgiven));
                assertEquals(new Correction(null, "2020-06"), correction(c, none));
                assertNull(correction(c, paid), "unchanged: no correction recorded");
                assertNull(correction(c, earlier));
                assertNull(correction(c, right));
                assertEquals(versions.get(forgiven) + 1, version(c, forgiven), "a changed record gets a new version (its ETag changes)");
                assertEquals(versions.get(paid), version(c, paid));
            } finally {
                c.rollback();
            }
        }
    }

    private record Correction(String oldValue, String newValue) {
    }

    private static String script() throws Exception {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void set(Connection c, String memberId, LocalDate paidUpTo) throws Exception {
        try (PreparedStatement update = c.prepareStatement("UPDATE member SET dues_paid_up_to = ? WHERE id = ?")) {
            update.setObject(1, paidUpTo == null ? null : Date.valueOf(paidUpTo), java.sql.Types.DATE);
            update.setObject(2, UUID.fromString(memberId));
            assertEquals(1, update.executeUpdate());
        }
    }

    private static LocalDate paidUpTo(Connection c, String memberId) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT dues_paid_up_to FROM member WHERE id = ?")) {
            q.setObject(1, UUID.fromString(memberId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                Date value = rs.getDate(1);
                return value == null ? null : value.toLocalDate();
            }
        }
    }

    private static long version(Connection c, String memberId) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT version FROM member WHERE id = ?")) {
            q.setObject(1, UUID.fromString(memberId));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Correction correction(Connection c, String memberId) throws Exception {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT old_value, new_value, field, reason FROM data_correction
                WHERE member_id = ? AND migration = 'V4_0__dues_paid_up_to_correction'""")) {
            q.setObject(1, UUID.fromString(memberId));
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                assertEquals("dues_paid_up_to", rs.getString(3));
                assertTrue(!rs.getString(4).isBlank());
                Correction found = new Correction(rs.getString(1), rs.getString(2));
                assertTrue(!rs.next(), "one row per member changed");
                return found;
            }
        }
    }
}
