-- Partner merchants (爱心商家): approved before they list rewards.
CREATE TABLE merchant (
    id              UUID         PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    organisation_id UUID         NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     TIMESTAMPTZ,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

-- A reward of the points shop (积分超市): a price in points and a stock that never goes below zero.
CREATE TABLE reward (
    id           UUID          PRIMARY KEY,
    merchant_id  UUID          REFERENCES merchant (id),
    name         VARCHAR(100)  NOT NULL,
    points_price NUMERIC(14,2) NOT NULL CHECK (points_price > 0),
    stock        INT           NOT NULL CONSTRAINT reward_stock_never_negative CHECK (stock >= 0),
    created_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX reward_merchant ON reward (merchant_id);

-- An order: PLACED (stock reserved, points debited), then PICKED_UP or CANCELLED (refunded, restocked).
CREATE TABLE redemption (
    id               UUID          PRIMARY KEY,
    holder_id        UUID          NOT NULL,
    reward_id        UUID          NOT NULL REFERENCES reward (id),
    merchant_id      UUID,
    quantity         INT           NOT NULL CHECK (quantity > 0),
    points           NUMERIC(14,2) NOT NULL CHECK (points > 0),
    state            VARCHAR(20)   NOT NULL,
    entry_id         UUID          NOT NULL REFERENCES journal_entry (id),
    refund_entry_id  UUID          REFERENCES journal_entry (id),
    placed_at        TIMESTAMPTZ   NOT NULL,
    closed_by        VARCHAR(100),
    closed_at        TIMESTAMPTZ
);
CREATE INDEX redemption_holder ON redemption (holder_id, placed_at);
CREATE INDEX redemption_merchant ON redemption (merchant_id, placed_at);

-- Good-deed awards: NOMINATED → IN_NOTICE (approved by another person) → CREDITED, or WITHDRAWN on an upheld objection.
CREATE TABLE award (
    id               UUID          PRIMARY KEY,
    holder_id        UUID          NOT NULL,
    organisation_id  UUID          NOT NULL,
    category         VARCHAR(40)   NOT NULL,
    points           NUMERIC(14,2) NOT NULL CHECK (points > 0),
    reason           VARCHAR(500)  NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    nominated_by     VARCHAR(100)  NOT NULL,
    nominated_at     TIMESTAMPTZ   NOT NULL,
    approved_by      VARCHAR(100),
    approved_at      TIMESTAMPTZ,
    notice_ends_at   TIMESTAMPTZ,
    entry_id         UUID          REFERENCES journal_entry (id),
    version          BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX award_notice_due ON award (notice_ends_at) WHERE state = 'IN_NOTICE';

CREATE TABLE award_objection (
    id           UUID         PRIMARY KEY,
    award_id     UUID         NOT NULL REFERENCES award (id),
    reason       VARCHAR(500) NOT NULL,
    raised_by    VARCHAR(100) NOT NULL,
    raised_at    TIMESTAMPTZ  NOT NULL,
    -- OPEN, UPHELD, DISMISSED
    state        VARCHAR(20)  NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMPTZ
);
CREATE INDEX award_objection_award ON award_objection (award_id);
