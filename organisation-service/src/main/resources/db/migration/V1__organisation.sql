-- The party organisation tree (党组织). path holds ancestor ids root → self as '/id/…/id/'.
CREATE TABLE organisation (
    id          UUID         PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(40)  NOT NULL,
    sector      VARCHAR(40),
    formation   VARCHAR(10)  NOT NULL,
    parent_id   UUID         REFERENCES organisation (id),
    path        TEXT         NOT NULL,
    revoked_on  DATE,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_code_unique UNIQUE (code)
);
CREATE INDEX organisation_parent ON organisation (parent_id);
CREATE INDEX organisation_path ON organisation (path text_pattern_ops);
