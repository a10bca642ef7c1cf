-- Records no one can forge: whose points each account holds (provenance), members whose standing ended, and the
-- token subjects four-eyes compares (a username can be renamed, a subject cannot).

-- Provenance. A lot is a quantity of points one issuance account issued at one instant, held by one non-issuance
-- account; points move between accounts lot by lot, oldest issue first, and keep their issuer and issue instant, so
-- spent and expired points go back to the issuer that issued them. remaining is kept like points_account.balance
-- (moved only by the ledger, under the holding account's row lock); lot_movement is its immutable journal.
CREATE TABLE points_lot (
    id         BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id UUID          NOT NULL REFERENCES points_account (id),
    issuer_id  UUID          NOT NULL REFERENCES points_account (id),
    issued_at  TIMESTAMPTZ   NOT NULL,
    remaining  NUMERIC(14,2) NOT NULL CONSTRAINT points_lot_never_negative CHECK (remaining >= 0),
    -- the entry that put these points on this account
    entry_id   UUID          NOT NULL REFERENCES journal_entry (id)
);
CREATE INDEX points_lot_holding ON points_lot (account_id, issued_at, id) WHERE remaining > 0;
CREATE INDEX points_lot_issuer ON points_lot (issuer_id);

CREATE TABLE lot_movement (
    id         BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id   UUID          NOT NULL REFERENCES journal_entry (id),
    lot_id     BIGINT        NOT NULL REFERENCES points_lot (id),
    amount     NUMERIC(14,2) NOT NULL CONSTRAINT lot_movement_not_zero CHECK (amount <> 0),
    -- reconstructed by V4_1 from the entries booked before provenance was kept (see provenance_attribution)
    backfilled BOOLEAN       NOT NULL DEFAULT false
);
CREATE INDEX lot_movement_entry ON lot_movement (entry_id);
CREATE INDEX lot_movement_lot ON lot_movement (lot_id);

CREATE FUNCTION lot_movement_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'lot movements are immutable: % refused; book a reversal entry instead', TG_OP USING ERRCODE = '55000';
END $$;
CREATE TRIGGER lot_movement_immutable BEFORE UPDATE OR DELETE ON lot_movement
    FOR EACH ROW EXECUTE FUNCTION lot_movement_is_immutable();
CREATE TRIGGER lot_movement_not_truncated BEFORE TRUNCATE ON lot_movement
    FOR EACH STATEMENT EXECUTE FUNCTION lot_movement_is_immutable();

-- What the backfill could not know from the ledger and attributed instead (one row per attribution, kept for audit).
CREATE TABLE provenance_attribution (
    id          BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id    UUID          NOT NULL REFERENCES journal_entry (id),
    account_id  UUID          NOT NULL REFERENCES points_account (id),
    issuer_id   UUID          NOT NULL REFERENCES points_account (id),
    amount      NUMERIC(14,2) NOT NULL,
    reason      VARCHAR(300)  NOT NULL,
    recorded_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- Members whose standing ended (expelled, dropped, deceased, qualification cancelled) earn nothing and their balance
-- is frozen. active comes from member events; standing is kept to explain a refusal.
ALTER TABLE holder ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE holder ADD COLUMN standing VARCHAR(40);

-- An attendance recorded without points, and why (daily cap reached, member no longer active).
ALTER TABLE service_record ADD COLUMN skipped_reason VARCHAR(200);

-- Four-eyes compares token subjects. Rows written before this migration have none (NULL): their usernames stand in.
ALTER TABLE award ADD COLUMN nominated_by_sub VARCHAR(100);
ALTER TABLE award ADD COLUMN approved_by_sub VARCHAR(100);
-- why an award was withdrawn (objection upheld, holder no longer active) or revoked after crediting
ALTER TABLE award ADD COLUMN closed_reason VARCHAR(500);
ALTER TABLE award ADD COLUMN revoked_by VARCHAR(100);
ALTER TABLE award ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE award ADD COLUMN revocation_entry_id UUID REFERENCES journal_entry (id);
ALTER TABLE award_objection ADD COLUMN raised_by_sub VARCHAR(100);
ALTER TABLE award_objection ADD COLUMN decided_by_sub VARCHAR(100);
ALTER TABLE merchant ADD COLUMN created_by_sub VARCHAR(100);
ALTER TABLE merchant ADD COLUMN approved_by_sub VARCHAR(100);
ALTER TABLE redemption ADD COLUMN closed_by_sub VARCHAR(100);
