-- Accounts people run themselves (issue 11): invitation and reset links, sessions the server can end, archived people.

-- A link that lets a person set their own password: an invitation (a coordinator or administrator asked) or a reset
-- (the person forgot). Only a SHA-256 hash of the token is kept, so a copy of the database cannot set anyone's password.
-- Single use: used_at is set in the same transaction as the new password.
CREATE TABLE account_links (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    purpose         TEXT    NOT NULL CHECK (purpose IN ('Invitation', 'Reset')),
    token_hash      TEXT    NOT NULL UNIQUE,
    created_at      TEXT    NOT NULL,
    expires_at      TEXT    NOT NULL,
    used_at         TEXT    NULL,
    revoked_at      TEXT    NULL
);
CREATE INDEX ix_account_links_person ON account_links(person_id);

-- One row per sign-in. The cookie names its session; signing out ends the row, so a copied cookie stops working.
CREATE TABLE sessions (
    id              TEXT    PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    started_at      TEXT    NOT NULL,
    ended_at        TEXT    NULL
);
CREATE INDEX ix_sessions_person ON sessions(person_id);

-- An archived person keeps their row (minutes, votes and the audit log still name them) but can no longer sign in.
ALTER TABLE people ADD COLUMN archived_at TEXT NULL;
