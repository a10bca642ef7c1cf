-- Every row is sealed and hashed by V2_3: the hash now carries the uniqueness the clear column used to.
ALTER TABLE member ALTER COLUMN id_number_hash SET NOT NULL;
ALTER TABLE member ADD CONSTRAINT member_id_number_hash_unique UNIQUE (id_number_hash);
