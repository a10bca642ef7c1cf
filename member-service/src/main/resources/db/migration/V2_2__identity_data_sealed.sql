-- ID and phone numbers are stored sealed (AES-GCM, "<keyId>:<base64>"), and ID numbers stay unique through a keyed
-- hash. V2_3 (Java) seals the rows written before; V2_4 then makes the hash required and unique.
ALTER TABLE member DROP CONSTRAINT member_id_number_unique;
ALTER TABLE member
    ALTER COLUMN id_number TYPE VARCHAR(120),
    ALTER COLUMN phone     TYPE VARCHAR(120),
    ADD COLUMN id_number_hash VARCHAR(64);
