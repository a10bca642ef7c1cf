-- A username can be renamed in Keycloak; the token's sub cannot. The audit keeps both: the name people read, and
-- the immutable sub that still identifies the reader after a rename. Rows written before this have no sub.
ALTER TABLE personal_data_access ADD COLUMN accessor_sub VARCHAR(100);
COMMENT ON COLUMN personal_data_access.accessor IS 'username (preferred_username) of the reader when they read';
COMMENT ON COLUMN personal_data_access.accessor_sub IS 'the reader''s token sub: immutable';
CREATE INDEX personal_data_access_accessor_sub ON personal_data_access (accessor_sub, accessed_at);
