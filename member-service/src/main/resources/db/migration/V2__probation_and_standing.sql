-- Probation (预备期) of one member: its one extension and the two steps of conversion (转正), the branch member
-- meeting's resolution and the higher organisation's approval. Each step keeps who recorded it (username and the
-- immutable token sub) and when. One row per member, created with the first step.
CREATE TABLE probation (
    member_id                 UUID         PRIMARY KEY REFERENCES member (id),
    extension_months          INT          CHECK (extension_months BETWEEN 6 AND 12),
    extension_decided_on      DATE,
    extension_reason          VARCHAR(500),
    extension_recorded_by     VARCHAR(100),
    extension_recorded_by_sub VARCHAR(100),
    extension_recorded_at     TIMESTAMPTZ,
    branch_resolution_on      DATE,
    branch_note               VARCHAR(500),
    branch_recorded_by        VARCHAR(100),
    branch_recorded_by_sub    VARCHAR(100),
    branch_recorded_at        TIMESTAMPTZ,
    approved_on               DATE,
    approval_note             VARCHAR(500),
    approved_by               VARCHAR(100),
    approved_by_sub           VARCHAR(100),
    approved_at               TIMESTAMPTZ,
    version                   BIGINT       NOT NULL DEFAULT 0
);

-- Every change of a member's standing (党籍状态), kept as history: from, to, why, from when, who decided and on which
-- decision (document number) it rests. Never updated or deleted.
CREATE TABLE standing_change (
    id                  UUID         PRIMARY KEY,
    member_id           UUID         NOT NULL REFERENCES member (id),
    from_standing       VARCHAR(30)  NOT NULL,
    to_standing         VARCHAR(30)  NOT NULL,
    reason              VARCHAR(500) NOT NULL,
    effective_on        DATE         NOT NULL,
    decision_reference  VARCHAR(200) NOT NULL,
    decided_by          VARCHAR(100) NOT NULL,
    decided_by_sub      VARCHAR(100),
    recorded_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX standing_change_member ON standing_change (member_id, recorded_at);
