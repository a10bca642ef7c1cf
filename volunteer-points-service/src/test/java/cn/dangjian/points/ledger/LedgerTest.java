package cn.dangjian.points.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.points.PointsTestData;
import cn.dangjian.points.account.PointsAccount;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger's invariants, each checked against the database itself, not only against this service's code. */
@QuarkusTest
class LedgerTest {

    @Inject
    PointsTestData data;

    @Inject
    Ledger ledger;

    @Inject
    ConsistencyCheck check;

    @BeforeEach
    void tree() {
        data.demoTree();
    }

    @Test
    void anEntryMovesPointsWithPostingsSummingToZeroAndKeepsBalances() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        BigDecimal platformBefore = data.accountBalance(PointsAccount.PLATFORM_ISSUANCE);
        UUID entry = data.issue(holder, "2.50");
        assertEquals(new BigDecimal("2.50"), data.balance(holder));
        assertEquals(0, data.scalar("SELECT sum(amount) FROM posting WHERE entry_id = ?", entry).signum());
        assertEquals(2L, data.count("SELECT count(*) FROM posting WHERE entry_id = ?", entry));
        // the issuance account goes below zero by what it put in circulation
        assertEquals(platformBefore.subtract(new BigDecimal("2.50")), data.accountBalance(PointsAccount.PLATFORM_ISSUANCE));
        assertEquals(new BigDecimal("2.50"), data.scalar("SELECT balance_after FROM posting WHERE entry_id = ? AND account_id = ?", entry, data.accountOf(holder)));
        assertEquals(1L, data.count("SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.credited.v1' AND payload LIKE ?",
                "%" + entry + "%"), "one credited event for the holder, none for the issuance account");
    }

    @Test
    void aHolderBalanceNeverGoesBelowZero() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        data.issue(holder, "1.00");
        UUID account = data.accountOf(holder);
        ConflictException refused = assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ledger.returnToIssuers(new PointsReturn(EntryCause.REDEMPTION, "t", null, "test", null, account, new BigDecimal("1.01"), null))));
        assertEquals("not-enough-points", refused.typeSlug());
        assertEquals(new BigDecimal("1.00"), data.balance(holder));
        // exactly the balance is allowed: the edge of the rule
        QuarkusTransaction.requiringNew().run(() ->
                ledger.returnToIssuers(new PointsReturn(EntryCause.REDEMPTION, "t", null, "test", null, account, new BigDecimal("1.00"), null)));
        assertEquals(0, data.balance(holder).signum());
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeletePostingsOrBookZero() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        UUID entry = data.issue(holder, "3.00");
        SQLException update = data.tryExecute("UPDATE posting SET amount = amount * 2 WHERE entry_id = '" + entry + "'");
        assertNotNull(update);
        assertTrue(update.getMessage().contains("immutable"), update.getMessage());
        SQLException delete = data.tryExecute("DELETE FROM posting WHERE entry_id = '" + entry + "'");
        assertNotNull(delete);
        assertTrue(delete.getMessage().contains("immutable"), delete.getMessage());
        assertNotNull(data.tryExecute("DELETE FROM journal_entry WHERE id = '" + entry + "'"));
        assertNotNull(data.tryExecute("UPDATE journal_entry SET approved_by = 'someone else' WHERE id = '" + entry + "'"));
        UUID zero = UUID.randomUUID();
        UUID account = data.accountOf(holder);
        SQLException zeroPosting = data.tryExecute(
                "INSERT INTO journal_entry (id, cause, requested_by, booked_at) VALUES ('" + zero + "', 'AWARD', 'sql', now())",
                "INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES ('" + zero + "', '" + account + "', 0, 0, now())");
        assertNotNull(zeroPosting);
        assertEquals(new BigDecimal("3.00"), data.balance(holder));
        assertEquals(2L, data.count("SELECT count(*) FROM posting WHERE entry_id = ?", entry));
    }

    @Test
    void theDatabaseRefusesAnEntryThatDoesNotBalanceAtCommit() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        UUID account = data.accountOf(holder);
        UUID entry = UUID.randomUUID();
        SQLException oneSided = data.tryExecute(
                "INSERT INTO journal_entry (id, cause, requested_by, booked_at) VALUES ('" + entry + "', 'AWARD', 'sql', now())",
                "INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES ('" + entry + "', '" + account + "', 5, 5, now())");
        assertNotNull(oneSided, "a posting without its counter-posting must not commit");
        assertTrue(oneSided.getMessage().contains("does not balance"), oneSided.getMessage());
        UUID lonely = UUID.randomUUID();
        assertNotNull(data.tryExecute("INSERT INTO journal_entry (id, cause, requested_by, booked_at) VALUES ('" + lonely + "', 'AWARD', 'sql', now())"),
                "an entry without postings must not commit");
        assertEquals(0L, data.count("SELECT count(*) FROM journal_entry WHERE id IN (?, ?)", entry, lonely));
        // the same statements with a counter-posting commit: the trigger checks at commit, not per row
        UUID balanced = UUID.randomUUID();
        assertEquals(null, data.tryExecute(
                "INSERT INTO journal_entry (id, cause, requested_by, booked_at) VALUES ('" + balanced + "', 'MIGRATED', 'sql', now())",
                "INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES ('" + balanced + "', '" + account + "', 5, 5, now())",
                "UPDATE points_account SET balance = balance + 5 WHERE id = '" + account + "'",
                "INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES ('" + balanced + "', '" + PointsAccount.PLATFORM_ISSUANCE + "', -5, 0, now())",
                "UPDATE points_account SET balance = balance - 5 WHERE id = '" + PointsAccount.PLATFORM_ISSUANCE + "'",
                // with its provenance, as the ledger would write it, so the rest of the suite still finds no drift
                "WITH lot AS (INSERT INTO points_lot (account_id, issuer_id, issued_at, remaining, entry_id) VALUES ('" + account + "', '"
                        + PointsAccount.PLATFORM_ISSUANCE + "', now(), 5, '" + balanced + "') RETURNING id) "
                        + "INSERT INTO lot_movement (entry_id, lot_id, amount) SELECT '" + balanced + "', id, 5 FROM lot"));
    }

    @Test
    void aCorrectionIsAReversalPointingAtTheOriginal() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        UUID original = data.issue(holder, "4.00");
        UUID reversal = QuarkusTransaction.requiringNew().call(() -> ledger.reverse(original, EntryCause.REVERSAL, original.toString(), "entered twice", "admin", "admin"));
        assertEquals(0, data.balance(holder).signum());
        assertEquals(original, data.scalarObject("SELECT reversal_of FROM journal_entry WHERE id = ?", reversal));
        assertEquals(2L, data.count("SELECT count(*) FROM posting WHERE entry_id = ?", original), "the original stays as it was");
        ConflictException twice = assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ledger.reverse(original, EntryCause.REVERSAL, null, "again", "admin", "admin")));
        assertEquals("already-reversed", twice.typeSlug());
        assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                ledger.reverse(reversal, EntryCause.REVERSAL, null, "undo the undo", "admin", "admin")));
        List<PostingView> statement = ledger.statement(data.accountOf(holder), null, null, 0, 10);
        assertEquals(new BigDecimal("0.00"), statement.get(0).balanceAfter());
        assertEquals(new BigDecimal("4.00"), statement.get(1).balanceAfter());
    }

    @Test
    void theConsistencyCheckFindsNoDrift() {
        data.issue(data.member(DemoIds.LAKESIDE_BRANCH_1, null), "7.25");
        ConsistencyReport report = check.run();
        assertEquals(0, report.drift().signum(), () -> "drifting: " + report.drifting());
        assertEquals(0L, report.unbalancedEntries());
        assertEquals(0, report.sumOfBalances().signum());
        assertEquals(0, report.issuerDrift().signum(), () -> "drifting issuers: " + report.driftingIssuers());
        assertEquals(0, report.provenanceDrift().signum());
        assertEquals(0L, report.unattributedEntries());
        assertTrue(report.accounts() > 1);
        assertTrue(report.consistent());
    }

    @Test
    void creditsAndDebitsAnnouncePointsWithTwoDecimals() {
        UUID holder = data.member(DemoIds.LAKESIDE_BRANCH_1, null);
        UUID half = data.issue(holder, "2.5");
        UUID whole = data.issue(holder, "1");
        // docs/events.md: points is a JSON number with two decimals, never 2.5 or 1
        assertEquals(1L, data.count("SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.credited.v1' AND payload LIKE ? AND payload LIKE ?",
                "%" + half + "%", "%\"points\":2.50,%"));
        assertEquals(1L, data.count("SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.credited.v1' AND payload LIKE ? AND payload LIKE ?",
                "%" + whole + "%", "%\"points\":1.00,%"));
        UUID account = data.accountOf(holder);
        UUID spent = QuarkusTransaction.requiringNew().call(() ->
                ledger.returnToIssuers(new PointsReturn(EntryCause.REDEMPTION, "t", null, "test", null, account, new BigDecimal("3"), null)));
        assertEquals(1L, data.count("SELECT count(*) FROM outbox_event WHERE event_type = 'dangjian.points.debited.v1' AND payload LIKE ? AND payload LIKE ?",
                "%" + spent + "%", "%\"points\":3.00,%"));
    }

    @Test
    void bookingsThatBreakTheRulesAreRefusedBeforeTheDatabase() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> new Booking(EntryCause.AWARD, null, null, null, "t", null, null,
                List.of(Leg.credit(a, BigDecimal.ONE), Leg.debit(b, new BigDecimal("0.99")))));
        assertThrows(IllegalArgumentException.class, () -> new Booking(EntryCause.AWARD, null, null, null, "t", null, null,
                List.of(Leg.credit(a, BigDecimal.ZERO), Leg.debit(b, BigDecimal.ZERO))));
        assertThrows(IllegalArgumentException.class, () -> new Booking(EntryCause.AWARD, null, null, null, "t", null, null,
                List.of(Leg.credit(a, BigDecimal.ONE))));
        assertThrows(IllegalArgumentException.class, () -> new Booking(EntryCause.AWARD, null, null, null, "t", null, null,
                List.of(Leg.credit(a, new BigDecimal("0.001")), Leg.debit(b, new BigDecimal("0.001")))));
    }
}
