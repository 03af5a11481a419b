-- Uploads waiting between an import's preview and its confirmation (issue 19): in the database, not
-- in one node's data folder, so the confirmation may reach any node. A file is kept in parts of at
-- most 1 MiB, so neither writing nor reading it holds the whole file in memory. BYTEA is PostgreSQL's
-- binary type; SQLite keeps a blob as it is under any declared type.
CREATE TABLE pending_uploads (
    account_id  TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token       TEXT NOT NULL,
    part        INTEGER NOT NULL,
    content     BYTEA NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (account_id, token, part)
);
CREATE INDEX pending_uploads_age ON pending_uploads (created_at);
