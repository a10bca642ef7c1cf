-- Party activities (党组织活动) organised by one organisation. A DRAFT is seen only by those who manage the
-- organisation; publishing makes it visible to members and volunteers and announces it (activity.published.v1).
CREATE TABLE activity (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    starts_at        TIMESTAMPTZ   NOT NULL,
    ends_at          TIMESTAMPTZ   NOT NULL,
    -- exact decimal hours, 0.00 to 24.00 (credited as volunteer service, never a float)
    service_hours    NUMERIC(4, 2),
    location         VARCHAR(200),
    description      VARCHAR(2000),
    capacity         INTEGER,
    published_at     TIMESTAMPTZ,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT activity_period CHECK (ends_at > starts_at),
    CONSTRAINT activity_service_hours CHECK (service_hours IS NULL OR (service_hours >= 0 AND service_hours <= 24)),
    CONSTRAINT activity_capacity CHECK (capacity IS NULL OR capacity >= 1)
);
CREATE INDEX activity_organisation_starts ON activity (organisation_id, starts_at);
CREATE INDEX activity_starts ON activity (starts_at);
