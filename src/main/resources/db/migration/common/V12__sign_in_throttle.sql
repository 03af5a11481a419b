-- The sign-in throttle (accounts module), in the database so every app node sees it and a restart
-- does not reset it.
--
-- Attempts per email as typed and per source: the client's address, or 'device:' and the hash of a
-- device cookie for a browser that signed in to that account before. The email is kept as a hash
-- only: most rows are for emails that have no account (guesses, or a password typed in the wrong
-- field), which is also why this table, alone with the web sessions, carries no account id.
-- Times are epoch milliseconds; rows idle for a day are pruned.
CREATE TABLE sign_in_attempts (
    email_hash       TEXT NOT NULL,
    source           TEXT NOT NULL,
    failures         INTEGER NOT NULL,
    last_failed_at   BIGINT NOT NULL,
    next_allowed_at  BIGINT NOT NULL,
    PRIMARY KEY (email_hash, source)
);
CREATE INDEX sign_in_attempts_by_source ON sign_in_attempts (source, last_failed_at);
CREATE INDEX sign_in_attempts_by_time ON sign_in_attempts (last_failed_at);

-- Browsers that signed in to an account: the hash of their device cookie, never the cookie.
CREATE TABLE sign_in_devices (
    account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    device_hash   TEXT NOT NULL,
    last_used_at  BIGINT NOT NULL,
    PRIMARY KEY (account_id, device_hash)
);
CREATE INDEX sign_in_devices_by_hash ON sign_in_devices (device_hash);
CREATE INDEX sign_in_devices_by_time ON sign_in_devices (last_used_at);
