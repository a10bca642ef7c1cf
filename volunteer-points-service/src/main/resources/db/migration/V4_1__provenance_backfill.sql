-- Backfills provenance (V4_0) for every entry booked before it was kept, by replaying the journal in booking order
-- with the rule the ledger follows from now on:
--   * points issued (an issuance account debited, a holder credited) become a lot of that issuer, issued then;
--   * points leaving a non-issuance account are taken from its lots oldest issue first and keep issuer and issue
--     instant wherever they go (donations, pools, merchants);
--   * a reversal mirrors the provenance of the entry it reverses.
-- What the ledger cannot tell is attributed, and each attribution is written to provenance_attribution:
--   * before V4 every spent or expired point went back to the platform's issuance account, whoever had issued it: the
--     platform holds points other issuers issued; one PROVENANCE_CORRECTION entry settles that between issuers, so
--     each issuer's balance is minus its points in circulation;
--   * a reversal that takes back points its original put on an account, when those of that issuer were spent: taken
--     from the account's other points, oldest issue first;
--   * more points leaving an account than it held (the code before V2 allowed a negative member balance): attributed
--     to the platform's issuance account. Such an account keeps its negative balance, which the consistency check
--     reports, as it did before.

CREATE TEMP TABLE v4_flowing (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY,
    issuer_id UUID          NOT NULL,
    issued_at TIMESTAMPTZ   NOT NULL,
    amount    NUMERIC(14,2) NOT NULL
);

-- Takes points from an account's lots (the preferred lot, then oldest issue first; only one issuer's when given) into
-- v4_flowing, attributing what the ledger cannot tell.
CREATE FUNCTION v4_take(p_entry UUID, p_account UUID, p_amount NUMERIC, p_issuer UUID, p_prefer BIGINT, p_at TIMESTAMPTZ)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    platform CONSTANT UUID := '00000000-0000-4000-8000-00000000f000';
    needed NUMERIC := p_amount;
    part   NUMERIC;
    lot    RECORD;
    pass   INT;
    made   BIGINT;
BEGIN
    FOR pass IN 1..2 LOOP
        EXIT WHEN needed <= 0 OR (pass = 2 AND p_issuer IS NULL);
        FOR lot IN SELECT id, issuer_id, issued_at, remaining FROM points_lot
                   WHERE account_id = p_account AND remaining > 0 AND (pass = 2 OR p_issuer IS NULL OR issuer_id = p_issuer)
                   ORDER BY coalesce(id = p_prefer, false) DESC, issued_at, id LOOP
            EXIT WHEN needed <= 0;
            part := least(needed, lot.remaining);
            UPDATE points_lot SET remaining = remaining - part WHERE id = lot.id;
            INSERT INTO lot_movement (entry_id, lot_id, amount, backfilled) VALUES (p_entry, lot.id, -part, true);
            INSERT INTO v4_flowing (issuer_id, issued_at, amount) VALUES (lot.issuer_id, lot.issued_at, part);
            IF pass = 2 THEN
                INSERT INTO provenance_attribution (entry_id, account_id, issuer_id, amount, reason)
                VALUES (p_entry, p_account, lot.issuer_id, part,
                        'reversal took back points of another issuer: those the reversed entry had put on the account were spent');
            END IF;
            needed := needed - part;
        END LOOP;
    END LOOP;
    IF needed > 0 THEN
        INSERT INTO points_lot (account_id, issuer_id, issued_at, remaining, entry_id) VALUES (p_account, platform, p_at, 0, p_entry)
        RETURNING id INTO made;
        INSERT INTO lot_movement (entry_id, lot_id, amount, backfilled) VALUES (p_entry, made, needed, true), (p_entry, made, -needed, true);
        INSERT INTO v4_flowing (issuer_id, issued_at, amount) VALUES (platform, p_at, needed);
        INSERT INTO provenance_attribution (entry_id, account_id, issuer_id, amount, reason)
        VALUES (p_entry, p_account, platform, needed, 'more points left the account than it held (a negative balance): attributed to the platform''s issuance account');
    END IF;
END $$;

-- Puts points from v4_flowing on an account as new lots, in the order they were taken.
CREATE FUNCTION v4_give(p_entry UUID, p_account UUID, p_amount NUMERIC)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    needed NUMERIC := p_amount;
    part   NUMERIC;
    f      RECORD;
    made   BIGINT;
BEGIN
    FOR f IN SELECT seq, issuer_id, issued_at, amount FROM v4_flowing WHERE amount > 0 ORDER BY seq LOOP
        EXIT WHEN needed <= 0;
        part := least(needed, f.amount);
        INSERT INTO points_lot (account_id, issuer_id, issued_at, remaining, entry_id) VALUES (p_account, f.issuer_id, f.issued_at, part, p_entry)
        RETURNING id INTO made;
        INSERT INTO lot_movement (entry_id, lot_id, amount, backfilled) VALUES (p_entry, made, part, true);
        UPDATE v4_flowing SET amount = amount - part WHERE seq = f.seq;
        needed := needed - part;
    END LOOP;
    IF needed > 0 THEN
        RAISE EXCEPTION 'entry % credits % more than its debits provide', p_entry, needed;
    END IF;
END $$;

-- Points returned to an issuance account: those it did not issue are recorded (the correction below settles them).
CREATE FUNCTION v4_return(p_entry UUID, p_issuer UUID, p_amount NUMERIC)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    needed NUMERIC := p_amount;
    part   NUMERIC;
    f      RECORD;
BEGIN
    FOR f IN SELECT seq, issuer_id, amount FROM v4_flowing WHERE amount > 0 ORDER BY seq LOOP
        EXIT WHEN needed <= 0;
        part := least(needed, f.amount);
        IF f.issuer_id <> p_issuer THEN
            INSERT INTO provenance_attribution (entry_id, account_id, issuer_id, amount, reason)
            VALUES (p_entry, p_issuer, f.issuer_id, part,
                    'spent or expired points went back to another issuance account than the one that issued them (before V4); settled by the V4_1 correction entry');
        END IF;
        UPDATE v4_flowing SET amount = amount - part WHERE seq = f.seq;
        needed := needed - part;
    END LOOP;
END $$;

DO $$
DECLARE
    platform CONSTANT UUID := '00000000-0000-4000-8000-00000000f000';
    e        RECORD;
    p        RECORD;
    m        RECORD;
    residual NUMERIC;
    settle   UUID;
    kept     NUMERIC;
BEGIN
    FOR e IN SELECT j.id, j.reversal_of, j.booked_at FROM journal_entry j
             JOIN (SELECT entry_id, min(id) AS first_posting FROM posting GROUP BY entry_id) f ON f.entry_id = j.id
             ORDER BY f.first_posting LOOP
        DELETE FROM v4_flowing;
        IF e.reversal_of IS NOT NULL AND EXISTS (SELECT 1 FROM lot_movement WHERE entry_id = e.reversal_of) THEN
            -- the mirror of the reversed entry: what it took from lots goes back to them, what it put on accounts is taken back
            FOR m IN SELECT mv.lot_id, mv.amount FROM lot_movement mv WHERE mv.entry_id = e.reversal_of AND mv.amount < 0 ORDER BY mv.id LOOP
                UPDATE points_lot SET remaining = remaining - m.amount WHERE id = m.lot_id;
                INSERT INTO lot_movement (entry_id, lot_id, amount, backfilled) VALUES (e.id, m.lot_id, -m.amount, true);
            END LOOP;
            FOR m IN SELECT mv.lot_id, mv.amount, l.account_id, l.issuer_id FROM lot_movement mv JOIN points_lot l ON l.id = mv.lot_id
                     WHERE mv.entry_id = e.reversal_of AND mv.amount > 0 ORDER BY mv.id LOOP
                PERFORM v4_take(e.id, m.account_id, m.amount, m.issuer_id, m.lot_id, e.booked_at);
            END LOOP;
        ELSE
            -- debited holders, pools and merchants give, oldest issue first; then the issuers debited issue
            FOR p IN SELECT ps.account_id, -sum(ps.amount) AS amount FROM posting ps JOIN points_account a ON a.id = ps.account_id
                     WHERE ps.entry_id = e.id AND a.kind <> 'ISSUANCE' GROUP BY ps.account_id HAVING sum(ps.amount) < 0 ORDER BY ps.account_id LOOP
                PERFORM v4_take(e.id, p.account_id, p.amount, NULL, NULL, e.booked_at);
            END LOOP;
            INSERT INTO v4_flowing (issuer_id, issued_at, amount)
            SELECT ps.account_id, e.booked_at, -sum(ps.amount) FROM posting ps JOIN points_account a ON a.id = ps.account_id
            WHERE ps.entry_id = e.id AND a.kind = 'ISSUANCE' GROUP BY ps.account_id HAVING sum(ps.amount) < 0 ORDER BY ps.account_id;
            FOR p IN SELECT ps.account_id, sum(ps.amount) AS amount FROM posting ps JOIN points_account a ON a.id = ps.account_id
                     WHERE ps.entry_id = e.id AND a.kind <> 'ISSUANCE' GROUP BY ps.account_id HAVING sum(ps.amount) > 0 ORDER BY ps.account_id LOOP
                PERFORM v4_give(e.id, p.account_id, p.amount);
            END LOOP;
            FOR p IN SELECT ps.account_id, sum(ps.amount) AS amount FROM posting ps JOIN points_account a ON a.id = ps.account_id
                     WHERE ps.entry_id = e.id AND a.kind = 'ISSUANCE' GROUP BY ps.account_id HAVING sum(ps.amount) > 0 ORDER BY ps.account_id LOOP
                PERFORM v4_return(e.id, p.account_id, p.amount);
            END LOOP;
        END IF;
    END LOOP;

    -- Settle issuers: each issuance account's balance becomes minus its points in circulation. The legs sum to zero
    -- unless an account went negative before V2 (its missing points were attributed to the platform): that residue
    -- stays on the platform's leg, and the check keeps reporting it with the negative balance.
    CREATE TEMP TABLE v4_settlement AS
    SELECT a.id, -coalesce(c.circulating, 0) - a.balance AS amount FROM points_account a
    LEFT JOIN (SELECT issuer_id, sum(remaining) AS circulating FROM points_lot GROUP BY issuer_id) c ON c.issuer_id = a.id
    WHERE a.kind = 'ISSUANCE';
    SELECT -coalesce(sum(amount), 0) INTO residual FROM v4_settlement;
    UPDATE v4_settlement SET amount = amount + residual WHERE id = platform;
    IF EXISTS (SELECT 1 FROM v4_settlement WHERE amount <> 0) THEN
        settle := gen_random_uuid();
        INSERT INTO journal_entry (id, cause, cause_ref, memo, requested_by, approved_by, booked_at)
        VALUES (settle, 'PROVENANCE_CORRECTION', 'V4_1',
                'spent and expired points returned to the platform before V4 settled with the issuers that issued them',
                'migration V4_1', 'migration V4_1', now());
        FOR p IN SELECT id, amount FROM v4_settlement WHERE amount <> 0 ORDER BY id LOOP
            UPDATE points_account SET balance = balance + p.amount WHERE id = p.id RETURNING balance INTO kept;
            INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at) VALUES (settle, p.id, p.amount, kept, now());
        END LOOP;
    END IF;
    DROP TABLE v4_settlement;
END $$;

DROP FUNCTION v4_take(UUID, UUID, NUMERIC, UUID, BIGINT, TIMESTAMPTZ);
DROP FUNCTION v4_give(UUID, UUID, NUMERIC);
DROP FUNCTION v4_return(UUID, UUID, NUMERIC);
DROP TABLE v4_flowing;
