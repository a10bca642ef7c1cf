-- The members this service needs (sign-up, check-in, attendance), as it knows them from member events.
-- No personal identifiers: name, organisation, login subject, status and standing only.
CREATE TABLE roster_member (
    id               UUID         PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    organisation_id  UUID         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    standing         VARCHAR(30)  NOT NULL,
    sub              VARCHAR(100),
    updated_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX roster_member_organisation ON roster_member (organisation_id);
CREATE INDEX roster_member_sub ON roster_member (sub);
