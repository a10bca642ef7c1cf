-- A declaration into a 0.20-yuan category (students, unemployed, minimum income) counts only once an org-admin approves
-- it: state ACCEPTED (counts), PENDING (waits; the previous declaration stays in force), REJECTED. Declarations made
-- before counted at once, so they stay ACCEPTED.
ALTER TABLE dues_declaration
    ADD COLUMN state          VARCHAR(20)  NOT NULL DEFAULT 'ACCEPTED' CHECK (state IN ('ACCEPTED', 'PENDING', 'REJECTED')),
    ADD COLUMN decided_by     VARCHAR(100),
    ADD COLUMN decided_by_sub VARCHAR(100),
    ADD COLUMN decided_at     TIMESTAMPTZ;
ALTER TABLE dues_declaration ALTER COLUMN state DROP DEFAULT;
-- the approver's list: pending ones, oldest first
CREATE INDEX dues_declaration_pending ON dues_declaration (declared_at) WHERE state = 'PENDING';

-- Months more than DUES_MAX_MONTHS_BEHIND before the current one are recorded only as a back payment (补交) with a reason.
ALTER TABLE dues_payment ADD COLUMN back_payment_reason VARCHAR(500);
