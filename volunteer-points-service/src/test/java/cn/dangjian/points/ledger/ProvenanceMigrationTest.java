package cn.dangjian.points.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V4_1 backfills provenance for a ledger written by the code before V4, in which every spent or expired point went to
 * the platform's issuance account: after it, each issuer's balance is minus its points in circulation, what had to be
 * attributed is recorded, and one correction entry settles the issuers. Run in a schema of its own: migrate to V3,
 * book as the old code did, migrate to the latest version, compare.
 */
@QuarkusTest
class ProvenanceMigrationTest {

    private static final String SCHEMA = "points_provenance_migration_check";
    private static final String PLATFORM = "00000000-0000-4000-8000-00000000f000";
    private static final String COMMUNITY = "c0000000-0000-4000-8000-000000000001";
    private static final String ZHANG = "a0000000-0000-4000-8000-000000000001";
    private static final String LI = "a0000000-0000-4000-8000-000000000002";
    private static final String MERCHANT = "d0000000-0000-4000-8000-000000000001";

    @Inject
    AgroalDataSource dataSource;

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
                .cleanDisabled(false).target(target).load();
    }

    /** One entry as the old ledger booked it: postings and kept balances. */
    private static String entry(int n, String cause, Integer reverses, int daysAgo, String... legs) {
        StringBuilder sql = new StringBuilder("INSERT INTO journal_entry (id, cause, requested_by, reversal_of, booked_at) VALUES ('" + id(n) + "', '" + cause
                + "', 'old code', " + (reverses == null ? "NULL" : "'" + id(reverses) + "'") + ", now() - interval '" + daysAgo + " day');\n");
        for (String leg : legs) {
            String[] parts = leg.split("=");
            sql.append("UPDATE points_account SET balance = balance + ").append(parts[1]).append(" WHERE id = '").append(parts[0]).append("';\n");
            sql.append("INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) SELECT '").append(id(n)).append("', id, ")
                    .append(parts[1]).append(", balance, now() - interval '").append(daysAgo).append(" day' FROM points_account WHERE id = '")
                    .append(parts[0]).append("';\n");
        }
        return sql.toString();
    }

    private static String id(int n) {
        return String.format("e0000000-0000-4000-8000-%012d", n);
    }

    @Test
    void spentAndExpiredPointsAreSettledWithTheirIssuers() throws Exception {
        flyway(MigrationVersion.LATEST).clean();
        flyway(MigrationVersion.fromVersion("3")).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            c.setAutoCommit(false);
            s.execute("INSERT INTO points_account (id, holder_id, kind, organisation_id, merchant_id, opened_at) VALUES "
                    + "('" + COMMUNITY + "', NULL, 'ISSUANCE', 'c0000000-0000-4000-8000-0000000000aa', NULL, now()), "
                    + "('" + ZHANG + "', 'b0000000-0000-4000-8000-000000000001', 'MEMBER', NULL, NULL, now()), "
                    + "('" + LI + "', 'b0000000-0000-4000-8000-000000000002', 'MEMBER', NULL, NULL, now()), "
                    + "('" + MERCHANT + "', NULL, 'MERCHANT', NULL, 'd0000000-0000-4000-8000-0000000000aa', now())");
            s.execute(entry(1, "ATTENDANCE", null, 20, COMMUNITY + "=-10", ZHANG + "=10")
                    + entry(2, "AWARD", null, 19, PLATFORM + "=-5", ZHANG + "=5")
                    // the platform's shop: 10 community points and 2 of the platform's, all to the platform
                    + entry(3, "REDEMPTION", null, 18, ZHANG + "=-12", PLATFORM + "=12")
                    + entry(4, "ATTENDANCE", null, 17, COMMUNITY + "=-6", LI + "=6")
                    + entry(5, "DONATION", null, 16, LI + "=-2", ZHANG + "=2")
                    + entry(6, "REDEMPTION", null, 15, LI + "=-3", MERCHANT + "=3")
                    + entry(7, "REDEMPTION_CANCELLED", 3, 14, ZHANG + "=12", PLATFORM + "=-12")
                    // expiry: 4 community points, to the platform
                    + entry(8, "EXPIRY", null, 13, ZHANG + "=-4", PLATFORM + "=4")
                    + entry(9, "ATTENDANCE", null, 12, COMMUNITY + "=-1", LI + "=1")
                    + entry(10, "REDEMPTION", null, 11, LI + "=-1", PLATFORM + "=1")
                    + entry(11, "REVERSAL", 9, 10, LI + "=-1", COMMUNITY + "=1"));
            c.commit();
            c.setAutoCommit(true);
            s.execute("SET search_path TO public");
        }
        flyway(MigrationVersion.LATEST).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            // what each issuer has in circulation: the community 6 + 2 with Zhang and 3 with the merchant, the platform 5 with Zhang
            assertEquals(new BigDecimal("11.00"), decimal(s, "SELECT sum(remaining) FROM points_lot WHERE issuer_id = '" + COMMUNITY + "'"));
            assertEquals(new BigDecimal("5.00"), decimal(s, "SELECT sum(remaining) FROM points_lot WHERE issuer_id = '" + PLATFORM + "'"));
            assertEquals(new BigDecimal("-11.00"), decimal(s, "SELECT balance FROM points_account WHERE id = '" + COMMUNITY + "'"));
            assertEquals(new BigDecimal("-5.00"), decimal(s, "SELECT balance FROM points_account WHERE id = '" + PLATFORM + "'"));
            // holdings equal balances; kept balances equal their postings (the settlement is an entry like any other)
            assertEquals(0L, count(s, """
                    SELECT count(*) FROM points_account a LEFT JOIN (SELECT account_id, sum(remaining) AS held FROM points_lot GROUP BY account_id) h
                    ON h.account_id = a.id WHERE a.kind <> 'ISSUANCE' AND a.balance <> coalesce(h.held, 0)"""));
            assertEquals(0L, count(s, """
                    SELECT count(*) FROM points_account a LEFT JOIN (SELECT account_id, sum(amount) AS total FROM posting GROUP BY account_id) p
                    ON p.account_id = a.id WHERE a.balance <> coalesce(p.total, 0)"""));
            assertEquals(new BigDecimal("13.00"), decimal(s, "SELECT balance FROM points_account WHERE id = '" + ZHANG + "'"));
            // the settlement: the 5 community points the platform received (4 expired, 1 spent) go back to the community
            assertEquals(new BigDecimal("5.00"), decimal(s, "SELECT p.amount FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                    + "WHERE e.cause = 'PROVENANCE_CORRECTION' AND p.account_id = '" + COMMUNITY + "'"));
            assertEquals(new BigDecimal("-5.00"), decimal(s, "SELECT p.amount FROM posting p JOIN journal_entry e ON e.id = p.entry_id "
                    + "WHERE e.cause = 'PROVENANCE_CORRECTION' AND p.account_id = '" + PLATFORM + "'"));
            // recorded: each time the old code sent community points to the platform
            assertEquals(3L, count(s, "SELECT count(*) FROM provenance_attribution WHERE account_id = '" + PLATFORM + "' AND issuer_id = '" + COMMUNITY + "'"));
            assertEquals(0L, count(s, "SELECT count(*) FROM lot_movement WHERE NOT backfilled"));
            // oldest issue first: the expiry took 4 of the 10 points issued 20 days ago, which the cancellation had restored
            assertEquals(new BigDecimal("6.00"), decimal(s, "SELECT remaining FROM points_lot WHERE account_id = '" + ZHANG + "' AND entry_id = '" + id(1) + "'"));
            s.execute("SET search_path TO public");
        }
        flyway(MigrationVersion.LATEST).clean();
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BigDecimal decimal(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
