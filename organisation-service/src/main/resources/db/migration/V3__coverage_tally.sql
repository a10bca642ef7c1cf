-- Coverage figures per locating organisation and unit kind, kept up to date whenever a unit, its covering
-- organisation (formation, revocation) or that organisation's full-member count changes. A subtree's summary is
-- then a sum over a few rows per organisation instead of a join over every unit (docs/benchmarks.md).
CREATE TABLE coverage_tally (
    organisation_id        UUID        NOT NULL,
    kind                   VARCHAR(40) NOT NULL,
    path                   TEXT COLLATE "C" NOT NULL,
    units                  INT         NOT NULL,
    covered_singly         INT         NOT NULL,
    covered_jointly        INT         NOT NULL,
    uncovered              INT         NOT NULL,
    above_size             INT         NOT NULL,
    above_size_covered     INT         NOT NULL,
    weakly_covered         INT         NOT NULL,
    PRIMARY KEY (organisation_id, kind)
);
CREATE INDEX coverage_tally_path ON coverage_tally (path);
CREATE INDEX unit_located ON unit (located_in_organisation_id);

-- units registered before this migration
INSERT INTO coverage_tally
SELECT u.located_in_organisation_id, u.kind, min(u.located_path), count(*),
       count(*) FILTER (WHERE c.formation = 'SINGLE'), count(*) FILTER (WHERE c.formation = 'JOINT'),
       count(*) FILTER (WHERE c.id IS NULL), count(*) FILTER (WHERE u.above_designated_size),
       count(*) FILTER (WHERE u.above_designated_size AND c.id IS NOT NULL),
       count(*) FILTER (WHERE c.id IS NOT NULL AND coalesce(m.full_members, 0) < 3)
FROM unit u
LEFT JOIN organisation c ON c.id = u.covering_organisation_id AND c.revoked_on IS NULL
LEFT JOIN organisation_member_count m ON m.organisation_id = c.id
GROUP BY u.located_in_organisation_id, u.kind;
