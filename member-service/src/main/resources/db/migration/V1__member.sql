-- Party members (党员). ID number and phone are personal data: never in events, masked in answers unless
-- the caller may see them, and every unmasked read is written to personal_data_access.
CREATE TABLE member (
    id               UUID         PRIMARY KEY,
    name             VARCHAR(100) NOT NULL,
    gender           VARCHAR(10)  NOT NULL,
    id_number        VARCHAR(18)  NOT NULL,
    birth_date       DATE         NOT NULL,
    phone            VARCHAR(11)  NOT NULL,
    organisation_id  UUID         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    standing         VARCHAR(30)  NOT NULL,
    admitted_on      DATE         NOT NULL,
    full_member_on   DATE,
    sub              VARCHAR(100),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT member_id_number_unique UNIQUE (id_number),
    CONSTRAINT member_sub_unique UNIQUE (sub)
);
CREATE INDEX member_organisation ON member (organisation_id);

-- Who saw whose unmasked personal data, when (审计).
CREATE TABLE personal_data_access (
    id           UUID         PRIMARY KEY,
    member_id    UUID         NOT NULL,
    accessor     VARCHAR(100) NOT NULL,
    accessor_org UUID,
    purpose      VARCHAR(100) NOT NULL,
    accessed_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX personal_data_access_member ON personal_data_access (member_id, accessed_at);
