-- The one definition of coverage_tally's rows (figures per locating organisation and unit kind), used by the service
-- (CoverageRepository.retally, whenever a unit, its covering organisation or that organisation's full-member count
-- changes), by this migration and by the benchmark's bulk load. `min_full_members` is the setting
-- organisations.policy.min-full-members: a covered unit whose covering organisation has fewer full members counts as
-- weakly covered.
--
-- Repeatable: Flyway applies it again whenever this text or the placeholder's value changes (a repeatable migration's
-- checksum covers its placeholders), so the stored tallies are recomputed with the configured minimum after it changes
-- (and replace V3's, which were counted with a fixed 3).
CREATE OR REPLACE FUNCTION coverage_tally_rows(located UUID[], min_full_members INT) RETURNS SETOF coverage_tally
LANGUAGE sql STABLE AS $$
    SELECT u.located_in_organisation_id, u.kind, min(u.located_path),
           count(*)::int,
           (count(*) FILTER (WHERE c.formation = 'SINGLE'))::int,
           (count(*) FILTER (WHERE c.formation = 'JOINT'))::int,
           (count(*) FILTER (WHERE c.id IS NULL))::int,
           (count(*) FILTER (WHERE u.above_designated_size))::int,
           (count(*) FILTER (WHERE u.above_designated_size AND c.id IS NOT NULL))::int,
           (count(*) FILTER (WHERE c.id IS NOT NULL AND coalesce(m.full_members, 0) < min_full_members))::int
    FROM unit u
    LEFT JOIN organisation c ON c.id = u.covering_organisation_id AND c.revoked_on IS NULL
    LEFT JOIN organisation_member_count m ON m.organisation_id = c.id
    WHERE u.located_in_organisation_id = ANY (located)
    GROUP BY u.located_in_organisation_id, u.kind
$$;

DELETE FROM coverage_tally;
INSERT INTO coverage_tally
SELECT * FROM coverage_tally_rows(ARRAY(SELECT DISTINCT located_in_organisation_id FROM unit), ${min_full_members});
