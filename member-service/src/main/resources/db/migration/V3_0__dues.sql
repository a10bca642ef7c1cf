-- Party dues (党费). Amounts are whole fen (BIGINT), never floating point. Months are stored as their first day.
-- Declared incomes stay in this service: never in events, logs or other services.

-- The month a member is paid up to; travels with a transfer (member-service 3/3). Null: no declaration or payment yet.
ALTER TABLE member ADD COLUMN dues_paid_up_to DATE;

-- Income declarations (党费基数申报), each taking effect from a month; the latest one in effect in a month decides its amount.
CREATE TABLE dues_declaration (
    id                   UUID         PRIMARY KEY,
    member_id            UUID         NOT NULL REFERENCES member (id),
    category             VARCHAR(20)  NOT NULL,
    monthly_income_fen   BIGINT       CHECK (monthly_income_fen >= 0),
    monthly_amount_fen   BIGINT       NOT NULL CHECK (monthly_amount_fen >= 0),
    effective_from       DATE         NOT NULL CHECK (extract(day FROM effective_from) = 1),
    declared_by          VARCHAR(100) NOT NULL,
    declared_by_sub      VARCHAR(100),
    declared_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dues_declaration_member ON dues_declaration (member_id, effective_from, declared_at);

-- Reductions or exemptions (减免), requested by one person and approved by another (four eyes).
CREATE TABLE dues_reduction (
    id                   UUID         PRIMARY KEY,
    member_id            UUID         NOT NULL REFERENCES member (id),
    monthly_amount_fen   BIGINT       NOT NULL CHECK (monthly_amount_fen >= 0),
    from_month           DATE         NOT NULL,
    through_month        DATE         NOT NULL CHECK (through_month >= from_month),
    reason               VARCHAR(500) NOT NULL,
    state                VARCHAR(20)  NOT NULL,
    requested_by         VARCHAR(100) NOT NULL,
    requested_by_sub     VARCHAR(100),
    requested_at         TIMESTAMPTZ  NOT NULL,
    decided_by           VARCHAR(100),
    decided_by_sub       VARCHAR(100),
    decided_at           TIMESTAMPTZ,
    version              BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX dues_reduction_member ON dues_reduction (member_id, from_month);

-- Payments (党费收缴), each covering whole consecutive months; the receipt the member reads in the app.
-- organisation_id: the organisation that collected it (the member's when it was paid), for dues returned.
CREATE TABLE dues_payment (
    id                   UUID         PRIMARY KEY,
    receipt_number       VARCHAR(40)  NOT NULL UNIQUE,
    member_id            UUID         NOT NULL REFERENCES member (id),
    organisation_id      UUID         NOT NULL,
    from_month           DATE         NOT NULL,
    through_month        DATE         NOT NULL CHECK (through_month >= from_month),
    months               INT          NOT NULL CHECK (months >= 1),
    amount_fen           BIGINT       NOT NULL CHECK (amount_fen >= 0),
    paid_on              DATE         NOT NULL,
    received_by          VARCHAR(100) NOT NULL,
    received_by_sub      VARCHAR(100),
    recorded_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dues_payment_member ON dues_payment (member_id, from_month);
CREATE INDEX dues_payment_organisation ON dues_payment (organisation_id, paid_on);

-- One row per month paid: the primary key makes paying a month twice impossible, whatever the races.
CREATE TABLE dues_payment_month (
    member_id            UUID         NOT NULL REFERENCES member (id),
    month                DATE         NOT NULL,
    payment_id           UUID         NOT NULL REFERENCES dues_payment (id),
    amount_fen           BIGINT       NOT NULL CHECK (amount_fen >= 0),
    PRIMARY KEY (member_id, month)
);
CREATE INDEX dues_payment_month_payment ON dues_payment_month (payment_id);
