-- Imports and exports (issue 5): a person's photo, as imported from a vCard. Kept apart from the
-- people table so listing people never reads image bytes. Only images whose bytes are a JPEG, PNG,
-- GIF or WebP are stored, and they are only ever served as that image type.
CREATE TABLE person_photos (
    account_id    TEXT NOT NULL,
    person_id     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    bytes         BYTEA NOT NULL,
    PRIMARY KEY (account_id, person_id),
    FOREIGN KEY (account_id, person_id) REFERENCES people (account_id, id) ON DELETE CASCADE
);
