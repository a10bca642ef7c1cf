-- Holders of points as this service knows them from member events (no personal identifiers).
CREATE TABLE holder (
    id               UUID         PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    organisation_id  UUID,
    sub              VARCHAR(100),
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX holder_sub ON holder (sub);
CREATE INDEX holder_organisation ON holder (organisation_id);

-- One points account per holder (道德银行账户). Its balance is never stored: it is the sum of its ledger entries.
CREATE TABLE points_account (
    id               UUID         PRIMARY KEY,
    holder_id        UUID         NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    opened_at        TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT points_account_holder_unique UNIQUE (holder_id)
);

-- The immutable double-entry ledger: every movement is a pair of entries with opposite amounts.
CREATE TABLE ledger_entry (
    id               UUID          PRIMARY KEY,
    account_id       UUID          NOT NULL REFERENCES points_account (id),
    counter_entry_id UUID          NOT NULL,
    amount           NUMERIC(14,2) NOT NULL CHECK (amount <> 0),
    cause            VARCHAR(60)   NOT NULL,
    reference        VARCHAR(100),
    caused_by        VARCHAR(100)  NOT NULL,
    approved_by      VARCHAR(100),
    booked_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX ledger_entry_account ON ledger_entry (account_id, booked_at);
