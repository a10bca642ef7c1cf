-- Grids (网格) as organisation-service announces them (grid.* events): what a member's gridId may name. A row keeps
-- the version of the last event applied, so a replayed older event changes nothing.
CREATE TABLE grid (
    id                         UUID         PRIMARY KEY,
    community_organisation_id  UUID         NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    retired_on                 DATE,
    version                    BIGINT       NOT NULL
);

ALTER TABLE member ADD COLUMN grid_id UUID REFERENCES grid (id);
CREATE INDEX member_grid ON member (grid_id) WHERE grid_id IS NOT NULL;

-- Name search is "part of the name" (%name%): a trigram index serves it at district scale, where a b-tree cannot.
-- pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX member_name_trgm ON member USING gin (name gin_trgm_ops);

-- Conversions due: probationary members by admission date.
CREATE INDEX member_probationary_admitted ON member (admitted_on) WHERE status = 'PROBATIONARY';
