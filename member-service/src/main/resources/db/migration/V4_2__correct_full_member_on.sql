-- Corrections of data of record made by migrations, one row per changed value: what it was, what it is, and why.
-- (The dues migration V4_0 creates the same table; IF NOT EXISTS lets either come first.)
CREATE TABLE IF NOT EXISTS data_correction (
  id bigserial PRIMARY KEY,
  migration text NOT NULL,
  member_id uuid NOT NULL,
  field text NOT NULL,
  old_value text,
  new_value text,
  reason text NOT NULL,
  corrected_at timestamptz NOT NULL DEFAULT now()
);

-- fullMemberOn is the day party age counts from: the end of probation (admission + 1 year, plus the extension's months),
-- whatever day the approval was recorded. Before, conversion set it to the approval's date, and registration took any
-- date from admission on, or none. Months are added after the year, as ProbationPolicies.probationEnds does (admitted
-- 29 February 2024, extended by 6 months: 28 February 2025, then 28 August 2025). A FULL member registered with a later
-- date keeps it: an extension from before the platform cannot be told from the record. Nothing is announced: no
-- consumer keeps fullMemberOn (docs/events.md); the version moves, so clients holding an ETag read the record again.
WITH derived AS (
    SELECT m.id, m.full_member_on AS old_value,
           CASE
               WHEN p.approved_on IS NOT NULL
                   THEN ((m.admitted_on + interval '1 year')::date + make_interval(months => coalesce(p.extension_months, 0)))::date
               WHEN m.status = 'FULL' AND (m.full_member_on IS NULL OR m.full_member_on < (m.admitted_on + interval '1 year')::date)
                   THEN (m.admitted_on + interval '1 year')::date
               WHEN m.status = 'PROBATIONARY' THEN NULL
               ELSE m.full_member_on
           END AS new_value,
           CASE
               WHEN p.approved_on IS NOT NULL
                   THEN 'conversion recorded the day of approval; party age counts from the end of probation (admission + 1 year, or the end of the extension)'
               WHEN m.status = 'FULL' AND m.full_member_on IS NULL
                   THEN 'registered as FULL without fullMemberOn: derived as the end of a year''s probation (admission + 1 year)'
               WHEN m.status = 'FULL'
                   THEN 'fullMemberOn before the end of a year''s probation cannot be: set to admission + 1 year'
               ELSE 'a probationary member has no fullMemberOn'
           END AS reason
    FROM member m
    LEFT JOIN probation p ON p.member_id = m.id
),
corrected AS (
    UPDATE member m
    SET full_member_on = d.new_value, updated_at = now(), version = m.version + 1
    FROM derived d
    WHERE d.id = m.id AND d.new_value IS DISTINCT FROM d.old_value
    RETURNING m.id, d.old_value, d.new_value, d.reason
)
INSERT INTO data_correction (migration, member_id, field, old_value, new_value, reason)
SELECT 'V4_2__correct_full_member_on', id, 'fullMemberOn', to_char(old_value, 'YYYY-MM-DD'), to_char(new_value, 'YYYY-MM-DD'), reason
FROM corrected;
