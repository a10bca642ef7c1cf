-- Whether a member takes part in anything: member-service decides it (`active` in member.registered/updated/
-- standing-changed.v1). Rows kept before this column existed take it from their standing (compatibility only: the
-- standings that end membership), as the consumer does for events that do not carry it yet.
ALTER TABLE roster_member ADD COLUMN active BOOLEAN;
UPDATE roster_member SET active = standing NOT IN ('EXPELLED', 'DROPPED', 'DECEASED', 'QUALIFICATION_CANCELLED');
ALTER TABLE roster_member ALTER COLUMN active SET NOT NULL;
