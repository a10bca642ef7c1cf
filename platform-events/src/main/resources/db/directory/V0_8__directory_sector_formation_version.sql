-- Later issues need an organisation's sector (领域) and formation (单独/联合) in the consuming services too.
-- version: the aggregateversion of the last organisation event applied to the row; an older event changes nothing.
ALTER TABLE organisation_directory
    ADD COLUMN sector    VARCHAR(40),
    ADD COLUMN formation VARCHAR(10),
    ADD COLUMN version   BIGINT NOT NULL DEFAULT 0;
CREATE INDEX organisation_directory_parent ON organisation_directory (parent_id);
