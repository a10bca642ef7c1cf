-- Event plumbing shared by every service (from platform-events): the transactional outbox and the inbox.

-- Events written in the same transaction as the state change they announce; the relay publishes them
-- in seq order and stamps published_at.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        VARCHAR(200) NOT NULL,
    event_key    VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Ids of the events this service has applied, written in the same transaction as their effect.
CREATE TABLE inbox_event (
    event_id     UUID        PRIMARY KEY,
    event_type   VARCHAR(200) NOT NULL,
    source       VARCHAR(200),
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
