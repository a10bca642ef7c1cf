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
 * V2 turns the former pairs of ledger rows into two-posting journal entries with kept balances. Run in a schema of
 * its own: migrate to V1, write pairs the way the old code did, migrate to the latest version, compare.
 */
@QuarkusTest
class PairsMigrationTest {

    private static final String SCHEMA = "points_migration_check";

    @Inject
    AgroalDataSource dataSource;

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
                .cleanDisabled(false).target(target).load();
    }

    @Test
    void pairsBecomeBalancedEntriesAndBalancesAreKept() throws Exception {
        flyway(MigrationVersion.LATEST).clean();
        flyway(MigrationVersion.fromVersion("1")).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            s.execute("""
                    INSERT INTO holder VALUES ('11111111-1111-4111-8111-111111111111', 'MEMBER', '张三', NULL, NULL, now());
                    INSERT INTO points_account (id, holder_id, kind, opened_at) VALUES
                        ('a1111111-1111-4111-8111-111111111111', '11111111-1111-4111-8111-111111111111', 'MEMBER', now()),
                        ('a2222222-1111-4111-8111-111111111111', '22222222-1111-4111-8111-111111111111', 'MEMBER', now());
                    INSERT INTO ledger_entry VALUES
                        ('e0000001-0000-4000-8000-000000000001', 'a1111111-1111-4111-8111-111111111111', 'e0000001-0000-4000-8000-000000000002', 5, 'AWARD', 'x', 'admin', 'admin', now() - interval '2 day'),
                        ('e0000001-0000-4000-8000-000000000002', 'a2222222-1111-4111-8111-111111111111', 'e0000001-0000-4000-8000-000000000001', -5, 'AWARD', 'x', 'admin', 'admin', now() - interval '2 day'),
                        ('e0000001-0000-4000-8000-000000000003', 'a1111111-1111-4111-8111-111111111111', 'e0000001-0000-4000-8000-000000000004', -2, 'REDEMPTION', 'y', 'zhang', NULL, now() - interval '1 day'),
                        ('e0000001-0000-4000-8000-000000000004', 'a2222222-1111-4111-8111-111111111111', 'e0000001-0000-4000-8000-000000000003', 2, 'REDEMPTION', 'y', 'zhang', NULL, now() - interval '1 day');
                    """);
            s.execute("SET search_path TO public");
        }
        flyway(MigrationVersion.LATEST).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            assertEquals(2L, scalar(s, "SELECT count(*) FROM journal_entry WHERE cause = 'MIGRATED'"));
            assertEquals(0L, scalar(s, """
                    SELECT count(*) FROM (SELECT entry_id FROM posting GROUP BY entry_id HAVING count(*) <> 2 OR sum(amount) <> 0) x"""));
            assertEquals(new BigDecimal("3.00"), decimal(s, "SELECT balance FROM points_account WHERE id = 'a1111111-1111-4111-8111-111111111111'"));
            assertEquals(new BigDecimal("3.00"), decimal(s, "SELECT balance_after FROM posting WHERE account_id = 'a1111111-1111-4111-8111-111111111111' ORDER BY id DESC LIMIT 1"));
            assertEquals(new BigDecimal("5.00"), decimal(s, "SELECT balance_after FROM posting WHERE account_id = 'a1111111-1111-4111-8111-111111111111' ORDER BY id LIMIT 1"));
            assertEquals("zhang", text(s, "SELECT requested_by FROM journal_entry WHERE cause_ref = 'REDEMPTION:y'"));
            assertEquals(0L, scalar(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + SCHEMA + "' AND table_name = 'ledger_entry'"));
            s.execute("SET search_path TO public");
        }
        flyway(MigrationVersion.LATEST).clean();
    }

    private static long scalar(Statement s, String sql) throws Exception {
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

    private static String text(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
