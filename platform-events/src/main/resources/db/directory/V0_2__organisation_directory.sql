-- The organisation tree as this service knows it from organisation events (platform-events' directory):
-- enough to check organisation scope and references without calling organisation-service.
CREATE TABLE organisation_directory (
    id          UUID         PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(40)  NOT NULL,
    parent_id   UUID,
    -- ancestor ids root → self, '/'-separated, with a trailing '/': subtree = path LIKE 'prefix%'
    path        TEXT         NOT NULL,
    revoked_on  DATE,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX organisation_directory_path ON organisation_directory (path text_pattern_ops);
