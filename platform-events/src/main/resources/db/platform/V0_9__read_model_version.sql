-- The last aggregateversion a read model of this service applied, per aggregate (ReadModelVersions): an event
-- arriving later with an older version (a replayed dead letter, another partition) changes nothing.
CREATE TABLE read_model_version (
    model        VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(200) NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (model, aggregate_id)
);
