-- "Paid up to" set by the old rules is corrected (issue "Records no one can forge"). A member's first income
-- declaration used to set it to the month before its effectiveFrom, so a declaration from a far month forgave every
-- month since admission, or declared the member paid ahead. Now it starts at the month given at registration, else the
-- month before admission, and only payments move it.
--
-- Recomputed here from what is known for certain: the latest month covered by payments, else the month before
-- admission. It is never moved forward (new = the earlier of old and recomputed), so a month really paid is never
-- undone, and a value kept on paper before the platform can be restored only by recording it (a back payment with a
-- reason). A row without a value gets the month before admission, which it counted as already. One data_correction
-- row per member changed says what was changed and why.

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

WITH recomputed AS (
    SELECT m.id,
           m.dues_paid_up_to AS old_value,
           -- LEAST ignores a null: a row without a value gets the recomputed month
           LEAST(m.dues_paid_up_to,
                 COALESCE((SELECT max(p.month) FROM dues_payment_month p WHERE p.member_id = m.id),
                          CAST(date_trunc('month', m.admitted_on) - INTERVAL '1 month' AS date))) AS new_value
    FROM member m
), changed AS (
    UPDATE member m
       SET dues_paid_up_to = r.new_value, updated_at = now(), version = m.version + 1
      FROM recomputed r
     WHERE m.id = r.id AND m.dues_paid_up_to IS DISTINCT FROM r.new_value
    RETURNING m.id, r.old_value, r.new_value
)
INSERT INTO data_correction (migration, member_id, field, old_value, new_value, reason)
SELECT 'V4_0__dues_paid_up_to_correction', id, 'dues_paid_up_to', to_char(old_value, 'YYYY-MM'), to_char(new_value, 'YYYY-MM'),
       CASE WHEN old_value IS NULL
            THEN 'no value kept: the month before admission, from which a member owes dues'
            ELSE 'set by an income declaration (old rule), not by payments: the latest month paid, else the month before admission'
       END
FROM changed;
