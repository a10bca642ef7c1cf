-- Committee terms and secretary vacancies were taken from clients; the service now derives both. This corrects what
-- is stored, once, and logs every change in data_correction. Run again it changes nothing (it only touches rows that
-- differ from the derived value). The term lengths are the policy settings (Flyway placeholders, application.properties).

-- 1. A term ends the day before its anniversary: 5 years for village and community organisations, 3 for others; a
--    term starting on 29 February ends on 28 February.
WITH derived AS (
    SELECT c.organisation_id, c.term_ends_on AS old_value, y.years,
           CASE WHEN extract(month FROM c.term_starts_on) = 2 AND extract(day FROM c.term_starts_on) = 29
                THEN make_date(extract(year FROM c.term_starts_on)::int + y.years, 2, 28)
                ELSE (c.term_starts_on + make_interval(years => y.years) - interval '1 day')::date
           END AS new_value
    FROM committee c
    JOIN organisation o ON o.id = c.organisation_id
    CROSS JOIN LATERAL (SELECT CASE WHEN o.sector IN ('VILLAGE', 'COMMUNITY') THEN ${term_years_village_and_community}
                                    ELSE ${term_years_other} END AS years) y
), corrected AS (
    UPDATE committee c SET term_ends_on = d.new_value, version = c.version + 1
    FROM derived d
    WHERE c.organisation_id = d.organisation_id AND c.term_ends_on <> d.new_value
    RETURNING c.organisation_id, d.old_value, d.new_value, d.years
)
INSERT INTO data_correction (migration, entity, entity_id, field, old_value, new_value, reason)
SELECT 'V4_1__derive_committee_terms_and_vacancies', 'committee', organisation_id, 'term_ends_on', old_value::text, new_value::text,
       'derived from term_starts_on: the day before the ' || years || '-year anniversary (the stored value was taken from the client)'
FROM corrected;

-- 2. A vacancy runs from the day the service saw the secretary seat emptied. Which stored dates a client sent and which
--    the service set cannot be told apart, except where no server could have set them: before the organisation
--    existed on the platform (no change to its committee can be older), or after the committee's last change. Those
--    move to the nearest day the service could have seen; the others stay as they are.
WITH bounds AS (
    SELECT c.organisation_id, c.secretary_vacant_since AS old_value,
           (o.created_at AT TIME ZONE 'Asia/Shanghai')::date AS earliest,
           (c.updated_at AT TIME ZONE 'Asia/Shanghai')::date AS latest
    FROM committee c
    JOIN organisation o ON o.id = c.organisation_id
    WHERE c.secretary_vacant_since IS NOT NULL
), derived AS (
    SELECT organisation_id, old_value,
           CASE WHEN old_value < earliest THEN earliest ELSE latest END AS new_value,
           CASE WHEN old_value < earliest
                THEN 'before the organisation existed on the platform, so not a day the service saw the seat emptied: moved to the day it was created (China time)'
                ELSE 'after the committee''s last change, so not a day the service saw the seat emptied: moved to the day of that change (China time)'
           END AS reason
    FROM bounds
    WHERE old_value < earliest OR old_value > latest
), corrected AS (
    UPDATE committee c SET secretary_vacant_since = d.new_value, version = c.version + 1
    FROM derived d
    WHERE c.organisation_id = d.organisation_id
    RETURNING c.organisation_id, d.old_value, d.new_value, d.reason
)
INSERT INTO data_correction (migration, entity, entity_id, field, old_value, new_value, reason)
SELECT 'V4_1__derive_committee_terms_and_vacancies', 'committee', organisation_id, 'secretary_vacant_since', old_value::text,
       new_value::text, reason
FROM corrected;
