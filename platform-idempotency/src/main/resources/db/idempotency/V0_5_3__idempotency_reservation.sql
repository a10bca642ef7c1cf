-- A key is reserved before the work starts (status still NULL), so that concurrent requests with one key wait for
-- the first and then replay its answer instead of doing the work again. created_at comes from the service's clock
-- (purged after 24 h by IdempotencyKeys), not from the database's.
ALTER TABLE idempotency_key ALTER COLUMN status DROP NOT NULL;
ALTER TABLE idempotency_key ALTER COLUMN created_at DROP DEFAULT;
COMMENT ON COLUMN idempotency_key.body IS 'The first answer as replayed: personal data masked (IdempotentAnswer.forReplay)';
ALTER TABLE idempotency_key ADD COLUMN etag VARCHAR(200);
