-- Idempotency-Key (IETF httpapi draft; issue 18): the first answer to a POST that carried a key, kept a
-- day, so a retry of the same request gets the same answer instead of doing it twice. status is null
-- while the first request is still being answered; fingerprint says which request the key was used for.
CREATE TABLE idempotency_keys (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    idem_key      TEXT NOT NULL,
    fingerprint   TEXT,
    status        INTEGER,
    content_type  TEXT,
    location      TEXT,
    body          BYTEA,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (account_id, idem_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
