-- Idempotency-Key of client POSTs (api-contract): the first answer, kept in the same transaction as the work,
-- is replayed for 24 h to a retry with the same key and body.
CREATE TABLE idempotency_key (
    idem_key      VARCHAR(200) NOT NULL,
    caller        VARCHAR(200) NOT NULL,
    method_path   VARCHAR(500) NOT NULL,
    body_hash     VARCHAR(64)  NOT NULL,
    status        INT          NOT NULL,
    location      VARCHAR(1000),
    body          TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (idem_key, caller)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
