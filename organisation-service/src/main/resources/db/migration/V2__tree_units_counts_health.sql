-- organisation-service 1 of 2: founded dates, units and coverage, member/activity read models, committees,
-- health findings, grids and monthly coverage snapshots.

ALTER TABLE organisation ADD COLUMN founded_on DATE;

-- Covered units (非公企业, 商务楼宇, 园区, 商圈市场, 社会组织 …). located_path repeats the locating organisation's path
-- (rewritten by prefix on a move) so that "units under X" is one indexed prefix scan. COLLATE "C" lets the
-- plain btree index serve LIKE 'prefix%'.
CREATE TABLE unit (
    id                          UUID         PRIMARY KEY,
    name                        VARCHAR(200) NOT NULL,
    credit_code                 VARCHAR(18)  NOT NULL,
    kind                        VARCHAR(40)  NOT NULL,
    above_designated_size       BOOLEAN      NOT NULL DEFAULT FALSE,
    employees                   INT,
    declared_party_members      INT,
    address                     VARCHAR(300),
    located_in_organisation_id  UUID         NOT NULL REFERENCES organisation (id),
    located_path                TEXT COLLATE "C" NOT NULL,
    covering_organisation_id    UUID         REFERENCES organisation (id),
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT unit_credit_code_unique UNIQUE (credit_code)
);
CREATE INDEX unit_located_path ON unit (located_path, created_at);
CREATE INDEX unit_covering ON unit (covering_organisation_id);

-- What organisation-service knows of each member, from member events: keyed by member id, with the event's
-- aggregateversion, so a late or redelivered event never undoes a newer one. Counts derive from these rows.
CREATE TABLE member_record (
    member_id        UUID        PRIMARY KEY,
    organisation_id  UUID,
    status           VARCHAR(20),
    standing         VARCHAR(40),
    voting_rights    BOOLEAN,
    gone             BOOLEAN,
    version          BIGINT      NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX member_record_organisation ON member_record (organisation_id);

-- A member hosted by another organisation (流动党员 with a certificate, 双报到 community registration).
CREATE TABLE member_hosting (
    member_id             UUID        NOT NULL,
    host_organisation_id  UUID        NOT NULL,
    kind                  VARCHAR(20) NOT NULL,
    active                BOOLEAN     NOT NULL,
    version               BIGINT      NOT NULL,
    PRIMARY KEY (member_id, host_organisation_id, kind)
);
CREATE INDEX member_hosting_host ON member_hosting (host_organisation_id) WHERE active;

-- Counts per organisation, recomputed from member_record / member_hosting for the organisations an event touches
-- (never incremented, so redelivery and reordering cannot make them drift).
CREATE TABLE organisation_member_count (
    organisation_id  UUID   PRIMARY KEY,
    full_members     INT    NOT NULL DEFAULT 0,
    probationary     INT    NOT NULL DEFAULT 0,
    with_vote        INT    NOT NULL DEFAULT 0,
    hosted           INT    NOT NULL DEFAULT 0
);

-- Activities as far as health needs them: which organisation, ended when, cancelled or not.
CREATE TABLE activity_record (
    activity_id      UUID        PRIMARY KEY,
    organisation_id  UUID        NOT NULL,
    ended_at         TIMESTAMPTZ,
    cancelled        BOOLEAN     NOT NULL DEFAULT FALSE,
    version          BIGINT      NOT NULL
);
CREATE INDEX activity_record_organisation ON activity_record (organisation_id, ended_at);

-- Organisational life behind schedule (activity.compliance-changed.v1), per organisation and year.
CREATE TABLE organisation_compliance (
    organisation_id  UUID    NOT NULL,
    year             INT     NOT NULL,
    behind           TEXT    NOT NULL,
    behind_count     INT     NOT NULL,
    version          BIGINT  NOT NULL,
    PRIMARY KEY (organisation_id, year)
);

-- The committee (支部委员会) of an organisation and its term.
CREATE TABLE committee (
    organisation_id         UUID        PRIMARY KEY REFERENCES organisation (id),
    term_starts_on          DATE        NOT NULL,
    term_ends_on            DATE        NOT NULL,
    secretary_vacant_since  DATE,
    updated_at              TIMESTAMPTZ NOT NULL,
    version                 BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX committee_term_ends ON committee (term_ends_on);

CREATE TABLE committee_seat (
    organisation_id  UUID         NOT NULL REFERENCES committee (organisation_id) ON DELETE CASCADE,
    seat             INT          NOT NULL,
    post             VARCHAR(40)  NOT NULL,
    member_id        UUID         NOT NULL,
    name             VARCHAR(50),
    PRIMARY KEY (organisation_id, seat)
);

-- Health findings, recomputed for an organisation whenever something it depends on changes, and daily for the
-- time-based rules. path repeats the organisation's path for subtree pages in tree order.
CREATE TABLE health_finding (
    organisation_id  UUID         NOT NULL,
    rule             VARCHAR(60)  NOT NULL,
    subject_id       UUID         NOT NULL,
    path             TEXT COLLATE "C" NOT NULL,
    severity         VARCHAR(20)  NOT NULL,
    message          VARCHAR(500) NOT NULL,
    computed_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (organisation_id, rule, subject_id)
);
CREATE INDEX health_finding_path ON health_finding (path, rule, subject_id);

-- Grids (网格) under a community organisation.
CREATE TABLE grid (
    id                          UUID         PRIMARY KEY,
    community_organisation_id   UUID         NOT NULL REFERENCES organisation (id),
    name                        VARCHAR(100) NOT NULL,
    leader_member_id            UUID,
    leader_name                 VARCHAR(50),
    retired_on                  DATE,
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX grid_community ON grid (community_organisation_id);

CREATE TABLE grid_worker (
    grid_id    UUID        NOT NULL REFERENCES grid (id) ON DELETE CASCADE,
    seat       INT         NOT NULL,
    member_id  UUID,
    name       VARCHAR(50),
    role       VARCHAR(50) NOT NULL,
    PRIMARY KEY (grid_id, seat)
);

-- Monthly coverage figures per organisation (and per unit kind, kind '' meaning all kinds), for trend charts.
CREATE TABLE coverage_snapshot (
    month             CHAR(7)      NOT NULL,
    organisation_id   UUID         NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    units             INT          NOT NULL,
    covered_singly    INT          NOT NULL,
    covered_jointly   INT          NOT NULL,
    uncovered         INT          NOT NULL,
    taken_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (organisation_id, kind, month)
);
