-- The ledger becomes a journal: each movement is one journal entry whose postings sum to zero (a pair of rows is
-- the two-posting case), balances are kept on the account row, and the database itself enforces the invariants.

-- Accounts of every kind. Holder accounts (MEMBER, VOLUNTEER) keep holder_id; an issuance account belongs to a
-- community or village organisation (organisation_id), or is the platform's (organisation_id NULL); a POOL belongs
-- to a community organisation; a MERCHANT account to a partner merchant.
ALTER TABLE points_account ALTER COLUMN holder_id DROP NOT NULL;
ALTER TABLE points_account ADD COLUMN organisation_id UUID;
ALTER TABLE points_account ADD COLUMN merchant_id UUID;
ALTER TABLE points_account ADD COLUMN balance NUMERIC(14,2) NOT NULL DEFAULT 0;

-- The platform's own issuance account: issues what no community issues.
INSERT INTO points_account (id, holder_id, kind, opened_at, balance)
VALUES ('00000000-0000-4000-8000-00000000f000', NULL, 'ISSUANCE', now(), 0);

CREATE TABLE journal_entry (
    id            UUID         PRIMARY KEY,
    -- ATTENDANCE, AWARD, REDEMPTION, REDEMPTION_CANCELLED, DONATION, EXPIRY, REVERSAL, MIGRATED
    cause         VARCHAR(30)  NOT NULL,
    -- what caused it: the event id, award id, redemption id or donation id
    cause_ref     VARCHAR(100),
    activity_id   UUID,
    memo          VARCHAR(200),
    requested_by  VARCHAR(100) NOT NULL,
    approved_by   VARCHAR(100),
    reversal_of   UUID         UNIQUE REFERENCES journal_entry (id),
    booked_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX journal_entry_cause ON journal_entry (cause, cause_ref);

CREATE TABLE posting (
    -- identity order is booking order per account: the balance UPDATE holds the account's row lock until commit
    id            BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id      UUID          NOT NULL REFERENCES journal_entry (id),
    account_id    UUID          NOT NULL REFERENCES points_account (id),
    amount        NUMERIC(14,2) NOT NULL CONSTRAINT posting_amount_not_zero CHECK (amount <> 0),
    balance_after NUMERIC(14,2) NOT NULL,
    booked_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX posting_account ON posting (account_id, id);
CREATE INDEX posting_entry ON posting (entry_id);

-- Existing pairs of ledger rows become two-posting journal entries (the smaller id of a pair names the entry).
INSERT INTO journal_entry (id, cause, cause_ref, requested_by, approved_by, booked_at)
SELECT e.id, 'MIGRATED', left(e.cause || coalesce(':' || e.reference, ''), 100), e.caused_by, e.approved_by, e.booked_at
FROM ledger_entry e WHERE e.id < e.counter_entry_id;

INSERT INTO posting (entry_id, account_id, amount, balance_after, booked_at)
SELECT least(e.id, e.counter_entry_id), e.account_id, e.amount,
       sum(e.amount) OVER (PARTITION BY e.account_id ORDER BY e.booked_at, e.id), e.booked_at
FROM ledger_entry e ORDER BY e.account_id, e.booked_at, e.id;

UPDATE points_account a SET balance = s.total
FROM (SELECT account_id, sum(amount) AS total FROM posting GROUP BY account_id) s WHERE s.account_id = a.id;

DROP TABLE ledger_entry;

-- Constraints come after the migrated balances. NOT VALID: a legacy row that breaks them (the old code had no rule
-- against a negative member balance) stays visible for the consistency check instead of blocking the migration;
-- every row written from now on is checked.
UPDATE points_account SET holder_id = NULL WHERE kind = 'ISSUANCE';
ALTER TABLE points_account ADD CONSTRAINT points_account_owner CHECK (
    (kind IN ('MEMBER', 'VOLUNTEER') AND holder_id IS NOT NULL)
    OR (kind = 'ISSUANCE' AND holder_id IS NULL)
    OR (kind = 'POOL' AND organisation_id IS NOT NULL AND holder_id IS NULL)
    OR (kind = 'MERCHANT' AND merchant_id IS NOT NULL AND holder_id IS NULL)) NOT VALID;
-- Backstop of the rule "only issuance accounts go below zero"; the ledger already refuses with a conditional UPDATE.
ALTER TABLE points_account ADD CONSTRAINT points_account_never_negative CHECK (kind = 'ISSUANCE' OR balance >= 0) NOT VALID;
CREATE UNIQUE INDEX points_account_one_issuance ON points_account
    (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE kind = 'ISSUANCE';
CREATE UNIQUE INDEX points_account_one_pool ON points_account (organisation_id) WHERE kind = 'POOL';
CREATE UNIQUE INDEX points_account_one_merchant ON points_account (merchant_id) WHERE kind = 'MERCHANT';

-- Postings are immutable and never zero: the database refuses, whatever the client.
CREATE FUNCTION posting_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.amount = 0 THEN
            RAISE EXCEPTION 'a posting of zero points is refused (entry %)', NEW.entry_id USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'postings are immutable: % refused; book a reversal entry instead', TG_OP USING ERRCODE = '55000';
END $$;
CREATE TRIGGER posting_immutable BEFORE INSERT OR UPDATE OR DELETE ON posting
    FOR EACH ROW EXECUTE FUNCTION posting_is_immutable();
CREATE TRIGGER posting_not_truncated BEFORE TRUNCATE ON posting
    FOR EACH STATEMENT EXECUTE FUNCTION posting_is_immutable();

CREATE FUNCTION journal_entry_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'journal entries are immutable: % refused; book a reversal entry instead', TG_OP USING ERRCODE = '55000';
END $$;
CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
    FOR EACH ROW EXECUTE FUNCTION journal_entry_is_immutable();

-- At commit, every entry touched must have at least two postings summing to zero.
CREATE FUNCTION journal_entry_must_balance() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entry UUID;
    total NUMERIC;
    legs  INT;
BEGIN
    -- separate statements: PL/pgSQL plans each against the trigger's own table, so NEW.entry_id exists only here
    IF TG_TABLE_NAME = 'posting' THEN
        entry := NEW.entry_id;
    ELSE
        entry := NEW.id;
    END IF;
    SELECT coalesce(sum(amount), 0), count(*) INTO total, legs FROM posting WHERE entry_id = entry;
    IF legs < 2 OR total <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance: % postings summing to %', entry, legs, total USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER posting_entry_balances AFTER INSERT ON posting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_must_balance();
CREATE CONSTRAINT TRIGGER journal_entry_has_balanced_postings AFTER INSERT ON journal_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_must_balance();

-- Which community or village organisations exist, and their sector, as organisation events said (until the shared
-- directory keeps the sector): enough to tell a community's top organisation from a branch inside it.
CREATE TABLE organisation_sector (
    id         UUID        PRIMARY KEY,
    sector     VARCHAR(40),
    parent_id  UUID,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Volunteers register themselves once per login.
CREATE UNIQUE INDEX holder_one_volunteer_per_login ON holder (sub) WHERE kind = 'VOLUNTEER';

-- Attendances credited (or recorded with 0 points because a cap was reached). The primary key is the rule
-- "exactly once per attendee and activity", whatever event id a repeated confirmation carries.
CREATE TABLE service_record (
    holder_id       UUID          NOT NULL,
    activity_id     UUID          NOT NULL,
    attendee_kind   VARCHAR(20)   NOT NULL,
    organisation_id UUID          NOT NULL,
    activity_type   VARCHAR(40)   NOT NULL,
    hours           NUMERIC(6,2)  NOT NULL,
    credited_hours  NUMERIC(6,2)  NOT NULL,
    points          NUMERIC(14,2) NOT NULL,
    service_day     DATE          NOT NULL,
    confirmed_by    VARCHAR(100),
    confirmed_at    TIMESTAMPTZ   NOT NULL,
    event_id        UUID          NOT NULL,
    entry_id        UUID          REFERENCES journal_entry (id),
    PRIMARY KEY (holder_id, activity_id)
);
CREATE INDEX service_record_day ON service_record (holder_id, service_day);
CREATE INDEX service_record_organisation ON service_record (organisation_id, service_day);
