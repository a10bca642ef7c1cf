-- Committee seats hold full members of the platform or part-time members from outside; stored values the service
-- now derives are corrected once, each correction logged in data_correction.

-- What a seat needs of a member, from member events: the name member-service publishes, and whether the membership is
-- active (member-service's `active`; null while no event carried it, then the standing decides).
ALTER TABLE member_record ADD COLUMN name VARCHAR(100);
ALTER TABLE member_record ADD COLUMN active BOOLEAN;

-- A seat holds a member of the platform (member_id), or a part-time member from outside (兼职委员) by name and role, and
-- where they come from (a resident unit, say). A member's name is read from member_record, not kept here.
ALTER TABLE committee_seat ALTER COLUMN member_id DROP NOT NULL;
ALTER TABLE committee_seat ADD COLUMN role VARCHAR(50);
ALTER TABLE committee_seat ADD COLUMN from_text VARCHAR(100);
ALTER TABLE committee_seat ADD CONSTRAINT committee_seat_holder CHECK (member_id IS NOT NULL OR (name IS NOT NULL AND role IS NOT NULL));
CREATE INDEX committee_seat_member ON committee_seat (member_id) WHERE member_id IS NOT NULL;

-- Every change a migration makes to stored business data, with the value before and after and why.
CREATE TABLE data_correction (
    id            BIGSERIAL   PRIMARY KEY,
    migration     TEXT        NOT NULL,
    entity        TEXT        NOT NULL,
    entity_id     UUID        NOT NULL,
    field         TEXT        NOT NULL,
    old_value     TEXT,
    new_value     TEXT,
    reason        TEXT        NOT NULL,
    corrected_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX data_correction_entity ON data_correction (entity, entity_id);
