-- The activity lifecycle (draft → published → in progress → ended, or cancelled with a reason), who may attend,
-- and attendance that can be trusted: registrations, leave, check-in/out, make-ups and the organiser's confirmation.
ALTER TABLE activity
    ADD COLUMN host             VARCHAR(100),
    ADD COLUMN recorder         VARCHAR(100),
    ADD COLUMN latitude         NUMERIC(9, 6),
    ADD COLUMN longitude        NUMERIC(9, 6),
    ADD COLUMN eligibility      VARCHAR(100) NOT NULL DEFAULT 'SUBTREE_MEMBERS',
    -- places taken; the conditional update that raises it is what holds capacity under concurrent sign-ups
    ADD COLUMN registered_count INTEGER      NOT NULL DEFAULT 0,
    ADD COLUMN cancel_reason    VARCHAR(500),
    ADD COLUMN cancelled_at     TIMESTAMPTZ,
    ADD COLUMN started_at       TIMESTAMPTZ,
    ADD COLUMN ended_at         TIMESTAMPTZ,
    ADD CONSTRAINT activity_coordinates CHECK ((latitude IS NULL) = (longitude IS NULL)),
    ADD CONSTRAINT activity_latitude CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    ADD CONSTRAINT activity_longitude CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT activity_registered CHECK (registered_count >= 0);
-- what the lifecycle job scans each minute
CREATE INDEX activity_running ON activity (ends_at) WHERE status IN ('PUBLISHED', 'IN_PROGRESS');

-- One row per activity and attendee (member or volunteer, by holder id): registration, leave, check-in/out, make-up,
-- confirmation. The primary key is what makes a confirmation count once, however often or concurrently it is sent.
CREATE TABLE participation (
    activity_id          UUID          NOT NULL REFERENCES activity (id),
    holder_id            UUID          NOT NULL,
    attendee_kind        VARCHAR(10)   NOT NULL,
    member_id            UUID,
    registration         VARCHAR(20),
    registered_at        TIMESTAMPTZ,
    leave_reason         VARCHAR(500),
    leave_requested_at   TIMESTAMPTZ,
    checked_in_at        TIMESTAMPTZ,
    check_in_method      VARCHAR(20),
    late                 BOOLEAN       NOT NULL DEFAULT false,
    make_up              BOOLEAN       NOT NULL DEFAULT false,
    make_up_reason       VARCHAR(500),
    make_up_approved_by  VARCHAR(100),
    make_up_approved_at  TIMESTAMPTZ,
    checked_out_at       TIMESTAMPTZ,
    confirmed_hours      NUMERIC(4, 2),
    confirmed_by         VARCHAR(100),
    confirmed_at         TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id, holder_id),
    CONSTRAINT participation_kind CHECK (attendee_kind IN ('MEMBER', 'VOLUNTEER')),
    CONSTRAINT participation_member CHECK ((attendee_kind = 'MEMBER') = (member_id IS NOT NULL)),
    CONSTRAINT participation_hours CHECK (confirmed_hours IS NULL OR (confirmed_hours >= 0 AND confirmed_hours <= 24))
);
CREATE INDEX participation_holder ON participation (holder_id);

-- Volunteers announced by points.volunteer-registered.v1: holder id, name, login subject, community.
CREATE TABLE roster_volunteer (
    holder_id          UUID          PRIMARY KEY,
    name               VARCHAR(100)  NOT NULL,
    sub                VARCHAR(100),
    organisation_id    UUID,
    aggregate_version  BIGINT        NOT NULL DEFAULT 0,
    updated_at         TIMESTAMPTZ   NOT NULL
);
CREATE INDEX roster_volunteer_sub ON roster_volunteer (sub);

-- Members hosted by an organisation they do not belong to (member.hosted.v1): floating members and members
-- registered with a community (报到). COMMUNITY ones may attend that community's activities.
CREATE TABLE roster_hosting (
    member_id             UUID         NOT NULL,
    host_organisation_id  UUID         NOT NULL,
    kind                  VARCHAR(20)  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (member_id, host_organisation_id)
);
