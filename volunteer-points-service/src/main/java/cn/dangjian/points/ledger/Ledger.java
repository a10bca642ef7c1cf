package cn.dangjian.points.ledger;

import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Books journal entries: the only code that writes postings or changes a balance. Each leg moves the account's kept
 * balance with one conditional UPDATE (a holder, pool or merchant balance never goes below zero, whatever runs in
 * parallel: the row lock makes the second of two concurrent debits see the first), records the posting with the
 * balance after it, and announces it ({@code points.credited.v1} / {@code points.debited.v1}) through the outbox.
 * Plain JDBC because the rule lives in the WHERE clause, which JPA cannot express as an entity update.
 */
@ApplicationScoped
public class Ledger {

    private static final Logger LOG = Logger.getLogger(Ledger.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The event a non-issuance posting publishes: {@code points} is always positive, the type says the direction. */
    public record MovementData(UUID accountId, UUID holderId, UUID entryId, BigDecimal points, String cause) {
    }

    /** @return the new entry's id; 409 not-enough-points when a non-issuance account would go below zero */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID book(Booking booking) {
        em.flush(); // accounts opened in this transaction must exist for the UPDATEs below
        UUID entryId = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO journal_entry (id, cause, cause_ref, activity_id, memo, requested_by, approved_by, reversal_of, booked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, entryId);
                insert.setString(2, booking.cause().name());
                insert.setString(3, booking.causeRef());
                insert.setObject(4, booking.activityId());
                insert.setString(5, booking.memo());
                insert.setString(6, booking.requestedBy());
                insert.setString(7, booking.approvedBy());
                insert.setObject(8, booking.reversalOf());
                insert.setTimestamp(9, Timestamp.from(now));
                insert.executeUpdate();
            }
            // one lock order for every entry, so two entries touching the same accounts cannot deadlock
            List<Leg> legs = new ArrayList<>(booking.legs());
            legs.sort(Comparator.comparing(Leg::accountId));
            for (Leg leg : legs) {
                post(connection, entryId, leg, booking.cause(), now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not book a " + booking.cause() + " entry", e);
        }
        LOG.infof("Journal entry %s booked: %s %s", entryId, booking.cause(), booking.causeRef());
        return entryId;
    }

    private void post(Connection connection, UUID entryId, Leg leg, EntryCause cause, Instant now) throws SQLException {
        BigDecimal balanceAfter;
        UUID holderId;
        String kind;
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE points_account SET balance = balance + ?
                WHERE id = ? AND (kind = 'ISSUANCE' OR balance + ? >= 0)
                RETURNING balance, holder_id, kind""")) {
            update.setBigDecimal(1, leg.amount());
            update.setObject(2, leg.accountId());
            update.setBigDecimal(3, leg.amount());
            try (ResultSet rs = update.executeQuery()) {
                if (!rs.next()) {
                    if (!accountExists(connection, leg.accountId())) {
                        throw new IllegalStateException("no points account " + leg.accountId());
                    }
                    throw new ConflictException("not-enough-points",
                            "the account holds fewer than " + leg.amount().negate() + " points");
                }
                balanceAfter = rs.getBigDecimal(1);
                holderId = rs.getObject(2, UUID.class);
                kind = rs.getString(3);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, entryId);
            insert.setObject(2, leg.accountId());
            insert.setBigDecimal(3, leg.amount());
            insert.setBigDecimal(4, balanceAfter);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
        if (!"ISSUANCE".equals(kind)) {
            outbox.publish(Topics.POINTS, leg.amount().signum() > 0 ? EventTypes.POINTS_CREDITED : EventTypes.POINTS_DEBITED,
                    leg.accountId(), new MovementData(leg.accountId(), holderId, entryId, leg.amount().abs(), cause.name()));
        }
    }

    private static boolean accountExists(Connection connection, UUID accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM points_account WHERE id = ?")) {
            select.setObject(1, accountId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Books the mirror image of an entry, pointing at it: the only way to correct the ledger. An entry is reversed at
     * most once, and a reversal is not itself reversed (book a new entry instead).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID reverse(UUID entryId, EntryCause cause, String causeRef, String memo, String requestedBy, String approvedBy) {
        List<Leg> mirrored = new ArrayList<>();
        UUID activityId;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT e.reversal_of, e.activity_id, (SELECT r.id FROM journal_entry r WHERE r.reversal_of = e.id)
                    FROM journal_entry e WHERE e.id = ? FOR UPDATE""")) {
                select.setObject(1, entryId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new ResourceNotFoundException("journal entry", entryId);
                    }
                    if (rs.getObject(1) != null) {
                        throw new ConflictException("reversal-not-reversible", "entry " + entryId + " is itself a reversal; book a new entry instead");
                    }
                    if (rs.getObject(3) != null) {
                        throw new ConflictException("already-reversed", "entry " + entryId + " was reversed by " + rs.getObject(3));
                    }
                    activityId = rs.getObject(2, UUID.class);
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT account_id, amount FROM posting WHERE entry_id = ? ORDER BY id")) {
                select.setObject(1, entryId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        mirrored.add(new Leg(rs.getObject(1, UUID.class), rs.getBigDecimal(2).negate()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read entry " + entryId, e);
        }
        return book(new Booking(cause, causeRef, activityId, memo, requestedBy, approvedBy, entryId, mirrored));
    }

    /** An account's statement lines, newest first, each with the balance after it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostingView> statement(UUID accountId, Instant from, Instant to, int offset, int limit) {
        List<PostingView> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT p.entry_id, p.amount, p.balance_after, e.cause, e.cause_ref, e.activity_id, e.memo,
                            e.requested_by, e.approved_by, e.reversal_of, p.booked_at
                     FROM posting p JOIN journal_entry e ON e.id = p.entry_id
                     WHERE p.account_id = ? AND p.booked_at >= coalesce(?, '-infinity'::timestamptz)
                       AND p.booked_at < coalesce(?, 'infinity'::timestamptz)
                     ORDER BY p.id DESC OFFSET ? LIMIT ?""")) {
            select.setObject(1, accountId);
            select.setTimestamp(2, from == null ? null : Timestamp.from(from));
            select.setTimestamp(3, to == null ? null : Timestamp.from(to));
            select.setInt(4, offset);
            select.setInt(5, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    lines.add(new PostingView(rs.getObject(1, UUID.class), rs.getBigDecimal(2), rs.getBigDecimal(3),
                            EntryCause.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getObject(10, UUID.class), rs.getTimestamp(11).toInstant()));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the statement of " + accountId, e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long statementSize(UUID accountId, Instant from, Instant to) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT count(*) FROM posting WHERE account_id = ? AND booked_at >= coalesce(?, '-infinity'::timestamptz)
                       AND booked_at < coalesce(?, 'infinity'::timestamptz)""")) {
            select.setObject(1, accountId);
            select.setTimestamp(2, from == null ? null : Timestamp.from(from));
            select.setTimestamp(3, to == null ? null : Timestamp.from(to));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the statement of " + accountId, e);
        }
    }
}
