-- The full member record: personal details, the pipeline dates before admission (申请入党, 积极分子, 发展对象), and
-- flags each kept as the date it was raised (null: not flagged).
ALTER TABLE member
    ADD COLUMN ethnicity        VARCHAR(50),
    ADD COLUMN education        VARCHAR(50),
    ADD COLUMN employer         VARCHAR(200),
    ADD COLUMN post             VARCHAR(100),
    ADD COLUMN address          VARCHAR(300),
    ADD COLUMN applied_on       DATE,
    ADD COLUMN activist_on      DATE,
    ADD COLUMN candidate_on     DATE,
    ADD COLUMN lost_contact_on  DATE,
    ADD COLUMN in_hardship_on   DATE,
    ADD COLUMN veteran_on       DATE;
