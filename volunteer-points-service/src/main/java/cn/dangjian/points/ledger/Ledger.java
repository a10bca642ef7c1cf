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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Books journal entries: the only code that writes postings, lots or balances. Each leg moves the account's kept
 * balance with one conditional UPDATE (a holder, pool or merchant balance never goes below zero, whatever runs in
 * parallel: the row lock makes the second of two concurrent debits see the first), records the posting with the
 * balance after it, and announces it ({@code points.credited.v1} / {@code points.debited.v1}) through the outbox.
 * <p>
 * It also keeps provenance: which issuance account issued the points each other account holds, as lots
 * ({@code points_lot}, journal {@code lot_movement}). Points leave an account oldest issue first and keep their issuer
 * and issue instant wherever they go; points spent or expired go back to the issuer that issued them
 * ({@link #returnToIssuers}); a reversal undoes exactly the provenance of the entry it reverses. So each issuer's
 * balance is minus the points it has in circulation, and {@link ConsistencyCheck} proves it.
 * <p>
 * Locks are taken in one order everywhere: non-issuance accounts by id, then issuance accounts by id; lots of an
 * account change only under that account's row lock. Plain JDBC because the rule lives in the WHERE clause, which JPA
 * cannot express as an entity update.
 */
@ApplicationScoped
public class Ledger {

    private static final Logger LOG = Logger.getLogger(Ledger.class);

    private static final String ISSUANCE = "ISSUANCE";

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

    /** Points of one issuer and issue instant on their way from one account to another. */
    private record Portion(UUID issuerId, Instant issuedAt, BigDecimal amount) {
    }

    /**
     * Books an entry whose legs are known: points issued (an issuance account debited, holders credited) or moved
     * between non-issuance accounts (donations). Points go back to an issuance account only through
     * {@link #returnToIssuers} or {@link #reverse}, which know whose points they are.
     *
     * @return the new entry's id; 409 not-enough-points when a non-issuance account would go below zero
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID book(Booking booking) {
        em.flush(); // accounts opened in this transaction must exist for the UPDATEs below
        UUID entryId = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, String> kinds = kinds(connection, booking.legs());
            for (Leg leg : booking.legs()) {
                if (ISSUANCE.equals(kinds.get(leg.accountId())) && leg.amount().signum() > 0) {
                    throw new IllegalArgumentException("points go back to an issuance account only by returnToIssuers or a reversal");
                }
            }
            insertEntry(connection, entryId, booking.cause(), booking.causeRef(), booking.activityId(), booking.memo(),
                    booking.requestedBy(), booking.approvedBy(), null, now);
            List<Leg> legs = inLockOrder(booking.legs(), kinds);
            postAll(connection, entryId, legs, kinds, booking.cause(), now);
            // provenance: what debited holders give flows on, oldest issue first; then what issuers issue now
            Deque<Portion> flowing = new ArrayDeque<>();
            for (Leg leg : legs) {
                if (!ISSUANCE.equals(kinds.get(leg.accountId())) && leg.amount().signum() < 0) {
                    flowing.addAll(takeLots(connection, entryId, leg.accountId(), leg.amount().negate(), null, null, -1));
                }
            }
            for (Leg leg : legs) {
                if (ISSUANCE.equals(kinds.get(leg.accountId()))) {
                    flowing.add(new Portion(leg.accountId(), now, leg.amount().negate()));
                }
            }
            for (Leg leg : legs) {
                if (!ISSUANCE.equals(kinds.get(leg.accountId())) && leg.amount().signum() > 0) {
                    giveLots(connection, entryId, leg.accountId(), leg.amount(), flowing);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not book a " + booking.cause() + " entry", e);
        }
        LOG.infof("Journal entry %s booked: %s %s", entryId, booking.cause(), booking.causeRef());
        return entryId;
    }

    /**
     * Points spent or expired go back to the issuance accounts that issued them, oldest issue first: one debit of the
     * account, one credit per issuer.
     *
     * @return the new entry's id, or null when a return of "everything issued before" finds nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID returnToIssuers(PointsReturn request) {
        em.flush();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            // the account's row lock first: its lots cannot change until this transaction ends
            try (PreparedStatement lock = connection.prepareStatement("SELECT kind FROM points_account WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, request.accountId());
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no points account " + request.accountId());
                    }
                    if (ISSUANCE.equals(rs.getString(1))) {
                        throw new IllegalArgumentException("an issuance account returns nothing");
                    }
                }
            }
            BigDecimal points = request.points() != null ? request.points() : issuedBefore(connection, request.accountId(), request.issuedBefore());
            if (points.signum() == 0) {
                return null;
            }
            UUID entryId = UUID.randomUUID();
            insertEntry(connection, entryId, request.cause(), request.causeRef(), null, request.memo(), request.requestedBy(),
                    request.approvedBy(), null, now);
            Map<UUID, BigDecimal> perIssuer = new LinkedHashMap<>();
            for (Portion portion : takeLots(connection, entryId, request.accountId(), points, null, request.issuedBefore(), -1)) {
                perIssuer.merge(portion.issuerId(), portion.amount(), BigDecimal::add);
            }
            List<Leg> legs = new ArrayList<>();
            legs.add(Leg.debit(request.accountId(), points));
            perIssuer.forEach((issuer, amount) -> legs.add(Leg.credit(issuer, amount)));
            Booking booking = new Booking(request.cause(), request.causeRef(), null, request.memo(), request.requestedBy(),
                    request.approvedBy(), null, legs);
            Map<UUID, String> kinds = kinds(connection, booking.legs());
            postAll(connection, entryId, inLockOrder(booking.legs(), kinds), kinds, request.cause(), now);
            LOG.infof("Journal entry %s booked: %s %s, %s points back to %d issuer(s)", entryId, request.cause(), request.causeRef(),
                    points.toPlainString(), perIssuer.size());
            return entryId;
        } catch (SQLException e) {
            throw new IllegalStateException("could not book a " + request.cause() + " entry", e);
        }
    }

    /**
     * Books the mirror image of an entry, pointing at it: the only way to correct the ledger. Its provenance is the
     * mirror too: points the original took from lots go back to those lots, and points it put on an account are taken
     * back from that account's points of the same issuer (409 not-enough-points if they were spent). An entry is
     * reversed at most once, and a reversal is not itself reversed (book a new entry instead).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID reverse(UUID entryId, EntryCause cause, String causeRef, String memo, String requestedBy, String approvedBy) {
        em.flush();
        Instant now = clock.instant();
        List<Leg> mirrored = new ArrayList<>();
        record Movement(long lotId, BigDecimal amount, UUID accountId, UUID issuerId) {
        }
        List<Movement> movements = new ArrayList<>();
        UUID activityId;
        UUID reversalId = UUID.randomUUID();
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
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT m.lot_id, m.amount, l.account_id, l.issuer_id FROM lot_movement m JOIN points_lot l ON l.id = m.lot_id
                    WHERE m.entry_id = ? ORDER BY m.id""")) {
                select.setObject(1, entryId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        movements.add(new Movement(rs.getLong(1), rs.getBigDecimal(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)));
                    }
                }
            }
            Booking booking = new Booking(cause, causeRef, activityId, memo, requestedBy, approvedBy, entryId, mirrored);
            insertEntry(connection, reversalId, cause, causeRef, activityId, memo, requestedBy, approvedBy, entryId, now);
            Map<UUID, String> kinds = kinds(connection, booking.legs());
            postAll(connection, reversalId, inLockOrder(booking.legs(), kinds), kinds, cause, now);
            // what the original took from lots goes back to them first, then what it put on accounts is taken back
            for (Movement m : movements) {
                if (m.amount().signum() < 0) {
                    recredit(connection, reversalId, m.lotId(), m.amount().negate());
                }
            }
            for (Movement m : movements) {
                if (m.amount().signum() > 0) {
                    takeLots(connection, reversalId, m.accountId(), m.amount(), m.issuerId(), null, m.lotId());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reverse entry " + entryId, e);
        }
        LOG.infof("Journal entry %s booked: %s of %s", reversalId, cause, entryId);
        return reversalId;
    }

    /** The cause of an entry, for the use cases that decide who may undo it; 404 when there is no such entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EntryCause causeOf(UUID entryId) {
        return EntryCause.valueOf(column(entryId, "cause"));
    }

    /** What caused an entry: the event, award, order or donation id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String causeRefOf(UUID entryId) {
        return column(entryId, "cause_ref");
    }

    private String column(UUID entryId, String column) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM journal_entry WHERE id = ?")) {
            select.setObject(1, entryId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new ResourceNotFoundException("journal entry", entryId);
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read entry " + entryId, e);
        }
    }

    /** The login subjects of the holders whose accounts an entry touches (for "nobody corrects their own record"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> holderSubsOf(UUID entryId) {
        List<String> subs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT DISTINCT h.sub FROM posting p JOIN points_account a ON a.id = p.account_id JOIN holder h ON h.id = a.holder_id
                     WHERE p.entry_id = ? AND h.sub IS NOT NULL""")) {
            select.setObject(1, entryId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    subs.add(rs.getString(1));
                }
            }
            return subs;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read entry " + entryId, e);
        }
    }

    // ---- postings

    private static void insertEntry(Connection connection, UUID entryId, EntryCause cause, String causeRef, UUID activityId, String memo,
                                    String requestedBy, String approvedBy, UUID reversalOf, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO journal_entry (id, cause, cause_ref, activity_id, memo, requested_by, approved_by, reversal_of, booked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, entryId);
            insert.setString(2, cause.name());
            insert.setString(3, causeRef);
            insert.setObject(4, activityId);
            insert.setString(5, memo);
            insert.setString(6, requestedBy);
            insert.setString(7, approvedBy);
            insert.setObject(8, reversalOf);
            insert.setTimestamp(9, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    private static Map<UUID, String> kinds(Connection connection, List<Leg> legs) throws SQLException {
        Map<UUID, String> kinds = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, kind FROM points_account WHERE id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", legs.stream().map(Leg::accountId).distinct().toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    kinds.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        for (Leg leg : legs) {
            if (!kinds.containsKey(leg.accountId())) {
                throw new IllegalStateException("no points account " + leg.accountId());
            }
        }
        return kinds;
    }

    /** One lock order for every entry (non-issuance accounts, then issuance accounts, each by id): no deadlocks. */
    private static List<Leg> inLockOrder(List<Leg> legs, Map<UUID, String> kinds) {
        List<Leg> ordered = new ArrayList<>(legs);
        ordered.sort(Comparator.comparing((Leg leg) -> ISSUANCE.equals(kinds.get(leg.accountId()))).thenComparing(Leg::accountId));
        return ordered;
    }

    private void postAll(Connection connection, UUID entryId, List<Leg> legs, Map<UUID, String> kinds, EntryCause cause, Instant now)
            throws SQLException {
        for (Leg leg : legs) {
            post(connection, entryId, leg, ISSUANCE.equals(kinds.get(leg.accountId())), cause, now);
        }
    }

    private void post(Connection connection, UUID entryId, Leg leg, boolean issuance, EntryCause cause, Instant now) throws SQLException {
        BigDecimal balanceAfter;
        UUID holderId;
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE points_account SET balance = balance + ?
                WHERE id = ? AND (kind = 'ISSUANCE' OR balance + ? >= 0)
                RETURNING balance, holder_id""")) {
            update.setBigDecimal(1, leg.amount());
            update.setObject(2, leg.accountId());
            update.setBigDecimal(3, leg.amount());
            try (ResultSet rs = update.executeQuery()) {
                if (!rs.next()) {
                    throw new ConflictException("not-enough-points", "the account holds fewer than " + leg.amount().negate() + " points");
                }
                balanceAfter = rs.getBigDecimal(1);
                holderId = rs.getObject(2, UUID.class);
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
        if (!issuance) {
            outbox.publish(Topics.POINTS, leg.amount().signum() > 0 ? EventTypes.POINTS_CREDITED : EventTypes.POINTS_DEBITED,
                    leg.accountId(), new MovementData(leg.accountId(), holderId, entryId, leg.amount().abs(), cause.name()));
        }
    }

    // ---- provenance

    private static BigDecimal issuedBefore(Connection connection, UUID accountId, Instant before) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(sum(remaining), 0) FROM points_lot WHERE account_id = ? AND remaining > 0 AND issued_at < ?")) {
            select.setObject(1, accountId);
            select.setTimestamp(2, Timestamp.from(before));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /**
     * Takes points from an account's lots, the preferred lot first, then oldest issue first; only one issuer's and
     * only those issued before an instant, when given. Called with the account's row lock held.
     */
    private static List<Portion> takeLots(Connection connection, UUID entryId, UUID accountId, BigDecimal amount, UUID issuerOnly,
                                          Instant issuedBefore, long preferLot) throws SQLException {
        record Lot(long id, UUID issuerId, Instant issuedAt, BigDecimal take) {
        }
        List<Lot> lots = new ArrayList<>();
        BigDecimal needed = amount;
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, issuer_id, issued_at, remaining FROM points_lot
                WHERE account_id = ? AND remaining > 0 AND (CAST(? AS uuid) IS NULL OR issuer_id = ?)
                  AND (CAST(? AS timestamptz) IS NULL OR issued_at < ?)
                ORDER BY id = ? DESC, issued_at, id""")) {
            select.setFetchSize(50);
            select.setObject(1, accountId);
            select.setObject(2, issuerOnly);
            select.setObject(3, issuerOnly);
            Timestamp before = issuedBefore == null ? null : Timestamp.from(issuedBefore);
            select.setTimestamp(4, before);
            select.setTimestamp(5, before);
            select.setLong(6, preferLot);
            try (ResultSet rs = select.executeQuery()) {
                while (needed.signum() > 0 && rs.next()) {
                    BigDecimal take = needed.min(rs.getBigDecimal(4));
                    lots.add(new Lot(rs.getLong(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(), take));
                    needed = needed.subtract(take);
                }
            }
        }
        if (needed.signum() > 0) {
            throw new ConflictException("not-enough-points", issuerOnly == null
                    ? "the account holds fewer than " + amount.toPlainString() + " points"
                    : "the points this entry put on the account were spent: fewer than " + amount.toPlainString()
                            + " of them (by their issuer) are left to take back");
        }
        List<Portion> portions = new ArrayList<>();
        for (Lot lot : lots) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE points_lot SET remaining = remaining - ? WHERE id = ?")) {
                update.setBigDecimal(1, lot.take());
                update.setLong(2, lot.id());
                update.executeUpdate();
            }
            move(connection, entryId, lot.id(), lot.take().negate());
            portions.add(new Portion(lot.issuerId(), lot.issuedAt(), lot.take()));
        }
        return portions;
    }

    /** Puts points on an account as new lots, keeping each portion's issuer and issue instant. */
    private static void giveLots(Connection connection, UUID entryId, UUID accountId, BigDecimal amount, Deque<Portion> flowing) throws SQLException {
        BigDecimal needed = amount;
        while (needed.signum() > 0) {
            Portion portion = flowing.pollFirst();
            if (portion == null) {
                throw new IllegalStateException("entry " + entryId + " credits more than its debits provide");
            }
            BigDecimal part = needed.min(portion.amount());
            if (portion.amount().compareTo(part) > 0) {
                flowing.addFirst(new Portion(portion.issuerId(), portion.issuedAt(), portion.amount().subtract(part)));
            }
            long lotId;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO points_lot (account_id, issuer_id, issued_at, remaining, entry_id) VALUES (?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setObject(1, accountId);
                insert.setObject(2, portion.issuerId());
                insert.setTimestamp(3, Timestamp.from(portion.issuedAt()));
                insert.setBigDecimal(4, part);
                insert.setObject(5, entryId);
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    lotId = rs.getLong(1);
                }
            }
            move(connection, entryId, lotId, part);
            needed = needed.subtract(part);
        }
    }

    private static void recredit(Connection connection, UUID entryId, long lotId, BigDecimal amount) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE points_lot SET remaining = remaining + ? WHERE id = ?")) {
            update.setBigDecimal(1, amount);
            update.setLong(2, lotId);
            update.executeUpdate();
        }
        move(connection, entryId, lotId, amount);
    }

    private static void move(Connection connection, UUID entryId, long lotId, BigDecimal amount) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lot_movement (entry_id, lot_id, amount) VALUES (?, ?, ?)")) {
            insert.setObject(1, entryId);
            insert.setLong(2, lotId);
            insert.setBigDecimal(3, amount);
            insert.executeUpdate();
        }
    }

    // ---- statements

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
