package cn.dangjian.points.ledger;

import static cn.dangjian.points.SqlValues.count;
import static cn.dangjian.points.SqlValues.decimal;
import static cn.dangjian.points.SqlValues.instant;
import static cn.dangjian.points.SqlValues.text;
import static cn.dangjian.points.SqlValues.uuid;

import cn.dangjian.platform.events.EventTypes;
import cn.dangjian.platform.events.Outbox;
import cn.dangjian.platform.events.Topics;
import cn.dangjian.platform.web.ConflictException;
import cn.dangjian.platform.web.ResourceNotFoundException;
import cn.dangjian.points.SqlValues;
import cn.dangjian.points.account.AccountKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
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
 * account change only under that account's row lock. The journal's tables have no entities (nothing edits a row of
 * them): native SQL through the EntityManager, because the rule lives in the WHERE clause of the balance UPDATE.
 */
@ApplicationScoped
public class Ledger {

    private static final Logger LOG = Logger.getLogger(Ledger.class);

    private static final String ISSUANCE = "ISSUANCE";

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
        Map<UUID, String> kinds = kinds(booking.legs());
        for (Leg leg : booking.legs()) {
            if (ISSUANCE.equals(kinds.get(leg.accountId())) && leg.amount().signum() > 0) {
                throw new IllegalArgumentException("points go back to an issuance account only by returnToIssuers or a reversal");
            }
        }
        insertEntry(entryId, booking.cause(), booking.causeRef(), booking.activityId(), booking.memo(),
                booking.requestedBy(), booking.approvedBy(), null, now);
        List<Leg> legs = inLockOrder(booking.legs(), kinds);
        postAll(entryId, legs, kinds, booking.cause(), now);
        // provenance: what debited holders give flows on, oldest issue first; then what issuers issue now
        Deque<Portion> flowing = new ArrayDeque<>();
        for (Leg leg : legs) {
            if (!ISSUANCE.equals(kinds.get(leg.accountId())) && leg.amount().signum() < 0) {
                flowing.addAll(takeLots(entryId, leg.accountId(), leg.amount().negate(), null, null, -1));
            }
        }
        for (Leg leg : legs) {
            if (ISSUANCE.equals(kinds.get(leg.accountId()))) {
                flowing.add(new Portion(leg.accountId(), now, leg.amount().negate()));
            }
        }
        for (Leg leg : legs) {
            if (!ISSUANCE.equals(kinds.get(leg.accountId())) && leg.amount().signum() > 0) {
                giveLots(entryId, leg.accountId(), leg.amount(), flowing);
            }
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
        // the account's row lock first: its lots cannot change until this transaction ends
        List<?> kind = em.createNativeQuery("SELECT kind FROM points_account WHERE id = ?1 FOR UPDATE")
                .setParameter(1, request.accountId()).getResultList();
        if (kind.isEmpty()) {
            throw new IllegalStateException("no points account " + request.accountId());
        }
        if (ISSUANCE.equals(kind.get(0))) {
            throw new IllegalArgumentException("an issuance account returns nothing");
        }
        BigDecimal points = request.points() != null ? request.points() : issuedBefore(request.accountId(), request.issuedBefore());
        if (points.signum() == 0) {
            return null;
        }
        UUID entryId = UUID.randomUUID();
        insertEntry(entryId, request.cause(), request.causeRef(), null, request.memo(), request.requestedBy(), request.approvedBy(), null, now);
        Map<UUID, BigDecimal> perIssuer = new LinkedHashMap<>();
        for (Portion portion : takeLots(entryId, request.accountId(), points, null, request.issuedBefore(), -1)) {
            perIssuer.merge(portion.issuerId(), portion.amount(), BigDecimal::add);
        }
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.debit(request.accountId(), points));
        perIssuer.forEach((issuer, amount) -> legs.add(Leg.credit(issuer, amount)));
        Booking booking = new Booking(request.cause(), request.causeRef(), null, request.memo(), request.requestedBy(),
                request.approvedBy(), null, legs);
        Map<UUID, String> kinds = kinds(booking.legs());
        postAll(entryId, inLockOrder(booking.legs(), kinds), kinds, request.cause(), now);
        LOG.infof("Journal entry %s booked: %s %s, %s points back to %d issuer(s)", entryId, request.cause(), request.causeRef(),
                points.toPlainString(), perIssuer.size());
        return entryId;
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
        record Movement(long lotId, BigDecimal amount, UUID accountId, UUID issuerId) {
        }
        List<?> found = em.createNativeQuery("""
                        SELECT e.reversal_of, e.activity_id, (SELECT r.id FROM journal_entry r WHERE r.reversal_of = e.id)
                        FROM journal_entry e WHERE e.id = ?1 FOR UPDATE""")
                .setParameter(1, entryId).getResultList();
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("journal entry", entryId);
        }
        Object[] entry = (Object[]) found.get(0);
        if (entry[0] != null) {
            throw new ConflictException("reversal-not-reversible", "entry " + entryId + " is itself a reversal; book a new entry instead");
        }
        if (entry[2] != null) {
            throw new ConflictException("already-reversed", "entry " + entryId + " was reversed by " + entry[2]);
        }
        UUID activityId = uuid(entry[1]);
        List<Leg> mirrored = rows(em.createNativeQuery("SELECT account_id, amount FROM posting WHERE entry_id = ?1 ORDER BY id")
                .setParameter(1, entryId)).stream().map(r -> new Leg(uuid(r[0]), decimal(r[1]).negate())).toList();
        List<Movement> movements = rows(em.createNativeQuery("""
                        SELECT m.lot_id, m.amount, l.account_id, l.issuer_id FROM lot_movement m JOIN points_lot l ON l.id = m.lot_id
                        WHERE m.entry_id = ?1 ORDER BY m.id""").setParameter(1, entryId)).stream()
                .map(r -> new Movement(count(r[0]), decimal(r[1]), uuid(r[2]), uuid(r[3]))).toList();
        UUID reversalId = UUID.randomUUID();
        Booking booking = new Booking(cause, causeRef, activityId, memo, requestedBy, approvedBy, entryId, mirrored);
        insertEntry(reversalId, cause, causeRef, activityId, memo, requestedBy, approvedBy, entryId, now);
        Map<UUID, String> kinds = kinds(booking.legs());
        postAll(reversalId, inLockOrder(booking.legs(), kinds), kinds, cause, now);
        // what the original took from lots goes back to them first, then what it put on accounts is taken back
        for (Movement m : movements) {
            if (m.amount().signum() < 0) {
                recredit(reversalId, m.lotId(), m.amount().negate());
            }
        }
        for (Movement m : movements) {
            if (m.amount().signum() > 0) {
                takeLots(reversalId, m.accountId(), m.amount(), m.issuerId(), null, m.lotId());
            }
        }
        LOG.infof("Journal entry %s booked: %s of %s", reversalId, cause, entryId);
        return reversalId;
    }

    /** The cause of an entry, for the use cases that decide who may undo it; 404 when there is no such entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EntryCause causeOf(UUID entryId) {
        return EntryCause.valueOf((String) column(entryId)[0]);
    }

    /** What caused an entry: the event, award, order or donation id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String causeRefOf(UUID entryId) {
        return (String) column(entryId)[1];
    }

    private Object[] column(UUID entryId) {
        List<Object[]> found = rows(em.createNativeQuery("SELECT cause, cause_ref FROM journal_entry WHERE id = ?1").setParameter(1, entryId));
        if (found.isEmpty()) {
            throw new ResourceNotFoundException("journal entry", entryId);
        }
        return found.get(0);
    }

    /** The login subjects of the holders whose accounts an entry touches (for "nobody corrects their own record"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> holderSubsOf(UUID entryId) {
        return em.createNativeQuery("""
                        SELECT DISTINCT h.sub FROM posting p JOIN points_account a ON a.id = p.account_id JOIN holder h ON h.id = a.holder_id
                        WHERE p.entry_id = ?1 AND h.sub IS NOT NULL""")
                .setParameter(1, entryId).getResultList();
    }

    // ---- postings

    private void insertEntry(UUID entryId, EntryCause cause, String causeRef, UUID activityId, String memo,
                             String requestedBy, String approvedBy, UUID reversalOf, Instant now) {
        em.createNativeQuery("""
                        INSERT INTO journal_entry (id, cause, cause_ref, activity_id, memo, requested_by, approved_by, reversal_of, booked_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, entryId).setParameter(2, cause.name()).setParameter(3, text(causeRef)).setParameter(4, uuid(activityId))
                .setParameter(5, text(memo)).setParameter(6, requestedBy).setParameter(7, text(approvedBy)).setParameter(8, uuid(reversalOf))
                .setParameter(9, now).executeUpdate();
    }

    private Map<UUID, String> kinds(List<Leg> legs) {
        Map<UUID, String> kinds = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT id, kind FROM points_account WHERE id IN (?1)")
                .setParameter(1, legs.stream().map(Leg::accountId).distinct().toList()))) {
            kinds.put(uuid(row[0]), (String) row[1]);
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

    private void postAll(UUID entryId, List<Leg> legs, Map<UUID, String> kinds, EntryCause cause, Instant now) {
        for (Leg leg : legs) {
            post(entryId, leg, ISSUANCE.equals(kinds.get(leg.accountId())), cause, now);
        }
    }

    private void post(UUID entryId, Leg leg, boolean issuance, EntryCause cause, Instant now) {
        List<Object[]> moved = rows(em.createNativeQuery("""
                        UPDATE points_account SET balance = balance + ?1
                        WHERE id = ?2 AND (kind = 'ISSUANCE' OR balance + ?1 >= 0)
                        RETURNING balance, holder_id""")
                .setParameter(1, leg.amount()).setParameter(2, leg.accountId()));
        if (moved.isEmpty()) {
            throw new ConflictException("not-enough-points", "the account holds fewer than " + leg.amount().negate() + " points");
        }
        BigDecimal balanceAfter = decimal(moved.get(0)[0]);
        UUID holderId = uuid(moved.get(0)[1]);
        em.createNativeQuery("INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, entryId).setParameter(2, leg.accountId()).setParameter(3, leg.amount()).setParameter(4, balanceAfter)
                .setParameter(5, now).executeUpdate();
        if (!issuance) {
            outbox.publish(Topics.POINTS, leg.amount().signum() > 0 ? EventTypes.POINTS_CREDITED : EventTypes.POINTS_DEBITED,
                    leg.accountId(), new MovementData(leg.accountId(), holderId, entryId, leg.amount().abs(), cause.name()));
        }
    }

    // ---- provenance

    private BigDecimal issuedBefore(UUID accountId, Instant before) {
        return decimal(em.createNativeQuery("SELECT coalesce(sum(remaining), 0) FROM points_lot WHERE account_id = ?1 AND remaining > 0 AND issued_at < ?2")
                .setParameter(1, accountId).setParameter(2, before).getSingleResult());
    }

    /**
     * Takes points from an account's lots, the preferred lot first, then oldest issue first; only one issuer's and
     * only those issued before an instant, when given. Called with the account's row lock held.
     */
    private List<Portion> takeLots(UUID entryId, UUID accountId, BigDecimal amount, UUID issuerOnly, Instant issuedBefore, long preferLot) {
        record Lot(long id, UUID issuerId, Instant issuedAt, BigDecimal take) {
        }
        List<Lot> lots = new ArrayList<>();
        BigDecimal needed = amount;
        Query select = em.createNativeQuery("SELECT id, issuer_id, issued_at, remaining FROM points_lot WHERE account_id = :account AND remaining > 0"
                        + (issuerOnly == null ? "" : " AND issuer_id = :issuer") + (issuedBefore == null ? "" : " AND issued_at < :before")
                        + " ORDER BY id = :preferred DESC, issued_at, id")
                .setParameter("account", accountId).setParameter("preferred", preferLot).setHint(HibernateHints.HINT_FETCH_SIZE, 50);
        if (issuerOnly != null) {
            select.setParameter("issuer", issuerOnly);
        }
        if (issuedBefore != null) {
            select.setParameter("before", issuedBefore);
        }
        // read only as many lots as the amount needs: an old account has many
        try (Stream<?> stream = select.getResultStream()) {
            Iterator<?> rows = stream.iterator();
            while (needed.signum() > 0 && rows.hasNext()) {
                Object[] row = (Object[]) rows.next();
                BigDecimal take = needed.min(decimal(row[3]));
                lots.add(new Lot(count(row[0]), uuid(row[1]), instant(row[2]), take));
                needed = needed.subtract(take);
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
            em.createNativeQuery("UPDATE points_lot SET remaining = remaining - ?1 WHERE id = ?2")
                    .setParameter(1, lot.take()).setParameter(2, lot.id()).executeUpdate();
            move(entryId, lot.id(), lot.take().negate());
            portions.add(new Portion(lot.issuerId(), lot.issuedAt(), lot.take()));
        }
        return portions;
    }

    /** Puts points on an account as new lots, keeping each portion's issuer and issue instant. */
    private void giveLots(UUID entryId, UUID accountId, BigDecimal amount, Deque<Portion> flowing) {
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
            long lotId = count(em.createNativeQuery("""
                            INSERT INTO points_lot (account_id, issuer_id, issued_at, remaining, entry_id) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id""")
                    .setParameter(1, accountId).setParameter(2, portion.issuerId()).setParameter(3, portion.issuedAt())
                    .setParameter(4, part).setParameter(5, entryId).getSingleResult());
            move(entryId, lotId, part);
            needed = needed.subtract(part);
        }
    }

    private void recredit(UUID entryId, long lotId, BigDecimal amount) {
        em.createNativeQuery("UPDATE points_lot SET remaining = remaining + ?1 WHERE id = ?2")
                .setParameter(1, amount).setParameter(2, lotId).executeUpdate();
        move(entryId, lotId, amount);
    }

    private void move(UUID entryId, long lotId, BigDecimal amount) {
        em.createNativeQuery("INSERT INTO lot_movement (entry_id, lot_id, amount) VALUES (?1, ?2, ?3)")
                .setParameter(1, entryId).setParameter(2, lotId).setParameter(3, amount).executeUpdate();
    }

    // ---- reading

    /** Members' and volunteers' accounts that hold points issued before this instant (expiry's candidates). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<UUID> holdersAccountsWithPointsIssuedBefore(Instant cutoff) {
        return ((List<Object>) em.createNativeQuery("""
                        SELECT DISTINCT l.account_id FROM points_lot l JOIN points_account a ON a.id = l.account_id
                        WHERE a.kind IN ('MEMBER', 'VOLUNTEER') AND l.remaining > 0 AND l.issued_at < ?1""")
                .setParameter(1, cutoff).getResultList()).stream().map(SqlValues::uuid).toList();
    }

    /** An account's statement lines, newest first, each with the balance after it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostingView> statement(UUID accountId, Instant from, Instant to, int offset, int limit) {
        Query select = period(em.createNativeQuery("""
                SELECT p.entry_id, p.amount, p.balance_after, e.cause, e.cause_ref, e.activity_id, e.memo,
                       e.requested_by, e.approved_by, e.reversal_of, p.booked_at
                FROM posting p JOIN journal_entry e ON e.id = p.entry_id
                WHERE p.account_id = :account""" + period("p", from, to) + " ORDER BY p.id DESC"), accountId, from, to);
        return rows(select.setFirstResult(offset).setMaxResults(limit)).stream()
                .map(r -> new PostingView(uuid(r[0]), decimal(r[1]), decimal(r[2]), EntryCause.valueOf((String) r[3]), (String) r[4],
                        uuid(r[5]), (String) r[6], (String) r[7], (String) r[8], uuid(r[9]), instant(r[10])))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long statementSize(UUID accountId, Instant from, Instant to) {
        return count(period(em.createNativeQuery("SELECT count(*) FROM posting p WHERE p.account_id = :account" + period("p", from, to)),
                accountId, from, to).getSingleResult());
    }

    private static String period(String alias, Instant from, Instant to) {
        return (from == null ? "" : " AND " + alias + ".booked_at >= :from") + (to == null ? "" : " AND " + alias + ".booked_at < :to");
    }

    private static Query period(Query query, UUID accountId, Instant from, Instant to) {
        query.setParameter("account", accountId);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }

    /** One journal entry with its postings, as the ledger holds it (callers decide what the reader may see). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JournalEntryView> entry(UUID entryId) {
        List<Object[]> found = rows(em.createNativeQuery("""
                        SELECT e.cause, e.cause_ref, e.activity_id, e.memo, e.requested_by, e.approved_by, e.reversal_of,
                               (SELECT r.id FROM journal_entry r WHERE r.reversal_of = e.id), e.booked_at
                        FROM journal_entry e WHERE e.id = ?1""").setParameter(1, entryId));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] e = found.get(0);
        List<JournalEntryView.Posting> postings = rows(em.createNativeQuery("""
                        SELECT p.account_id, a.kind, a.holder_id, a.organisation_id, p.amount, p.balance_after
                        FROM posting p JOIN points_account a ON a.id = p.account_id WHERE p.entry_id = ?1 ORDER BY p.id""")
                .setParameter(1, entryId)).stream()
                .map(r -> new JournalEntryView.Posting(uuid(r[0]), AccountKind.valueOf((String) r[1]), uuid(r[2]), uuid(r[3]), decimal(r[4]), decimal(r[5])))
                .toList();
        return Optional.of(new JournalEntryView(entryId, EntryCause.valueOf((String) e[0]), (String) e[1], uuid(e[2]), (String) e[3],
                (String) e[4], (String) e[5], uuid(e[6]), uuid(e[7]), instant(e[8]), postings));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
