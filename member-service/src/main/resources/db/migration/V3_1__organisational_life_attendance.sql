-- Organisational life (三会一课, 主题党日 …) members attended, from activity.attendance-confirmed.v1: what the drop-out
-- risk list (失联/不参加组织生活) reads. One row per member and activity, however often the event arrives.
CREATE TABLE organisational_life_attendance (
    member_id        UUID         NOT NULL REFERENCES member (id),
    activity_id      UUID         NOT NULL,
    organisation_id  UUID         NOT NULL,
    activity_type    VARCHAR(40)  NOT NULL,
    attended_on      DATE         NOT NULL,
    event_id         UUID         NOT NULL,
    PRIMARY KEY (member_id, activity_id)
);
CREATE INDEX organisational_life_attendance_last ON organisational_life_attendance (member_id, attended_on);
