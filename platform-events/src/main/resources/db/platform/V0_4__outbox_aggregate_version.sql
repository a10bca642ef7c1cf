-- The last version given to each aggregate's events (the envelope's aggregateversion). Kept apart from the outbox,
-- whose rows are purged, so that versions only ever grow.
CREATE TABLE outbox_aggregate_version (
    aggregate_id VARCHAR(200) PRIMARY KEY,
    version      BIGINT       NOT NULL
);
