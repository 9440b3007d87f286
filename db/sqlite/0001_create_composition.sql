-- Board composition: boards and their constitutions, people, groups, memberships, supporter links.
-- Dates are ISO-8601 text (yyyy-MM-dd); booleans are 0/1.

CREATE TABLE boards (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    area            TEXT    NOT NULL,
    about           TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL
);

-- One constitution per board: the rules that decide who votes, what makes a quorum, and ties.
CREATE TABLE constitutions (
    board_id                        INTEGER PRIMARY KEY REFERENCES boards(id),
    quorum_min_voting_present       INTEGER NOT NULL CHECK (quorum_min_voting_present >= 1),
    quorum_min_reps_present         INTEGER NOT NULL CHECK (quorum_min_reps_present >= 0),
    majority_rule                   TEXT    NOT NULL,
    tie_rule                        TEXT    NOT NULL,
    co_chair_seat_codes             TEXT    NOT NULL,  -- comma separated seat codes
    casting_vote_seat_code          TEXT    NULL
);

CREATE TABLE seat_types (
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    code            TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    seats           INTEGER NOT NULL CHECK (seats >= 0),
    votes           INTEGER NOT NULL CHECK (votes IN (0, 1)),
    counts_as_rep   INTEGER NOT NULL CHECK (counts_as_rep IN (0, 1)),
    sort_order      INTEGER NOT NULL,
    PRIMARY KEY (board_id, code)
);

CREATE TABLE people (
    id                  INTEGER PRIMARY KEY,
    board_id            INTEGER NULL REFERENCES boards(id),   -- null only for platform administrators
    name                TEXT    NOT NULL,
    role                TEXT    NOT NULL,
    organisation        TEXT    NULL,
    email               TEXT    NULL,
    large_text          INTEGER NOT NULL DEFAULT 0,
    read_aloud          INTEGER NOT NULL DEFAULT 0,
    needs_supporter     INTEGER NOT NULL DEFAULT 0,
    picture_first       INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT    NOT NULL
);
CREATE INDEX ix_people_board ON people(board_id);

-- Password sign-in. A person may have no account (Reps often use a sign-in card instead).
CREATE TABLE accounts (
    person_id           INTEGER PRIMARY KEY REFERENCES people(id),
    user_name           TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    password_hash       TEXT    NOT NULL,
    failed_attempts     INTEGER NOT NULL DEFAULT 0,
    locked_until        TEXT    NULL
);

-- Printed QR sign-in cards. Only a SHA-256 hash of the token is kept, so a copy of the database cannot sign anyone in.
CREATE TABLE sign_in_cards (
    id                  INTEGER PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES people(id),
    token_hash          TEXT    NOT NULL UNIQUE,
    issued_at           TEXT    NOT NULL,
    revoked_at          TEXT    NULL
);
CREATE INDEX ix_sign_in_cards_person ON sign_in_cards(person_id);

CREATE TABLE self_advocacy_groups (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    name            TEXT    NOT NULL,
    area            TEXT    NULL,
    UNIQUE (board_id, name)
);

CREATE TABLE memberships (
    id                      INTEGER PRIMARY KEY,
    board_id                INTEGER NOT NULL REFERENCES boards(id),
    person_id               INTEGER NOT NULL REFERENCES people(id),
    seat_code               TEXT    NOT NULL,
    term_from               TEXT    NOT NULL,
    term_to                 TEXT    NULL CHECK (term_to IS NULL OR term_to >= term_from),
    is_co_chair             INTEGER NOT NULL DEFAULT 0 CHECK (is_co_chair IN (0, 1)),
    elected_by_group_id     INTEGER NULL REFERENCES self_advocacy_groups(id),
    FOREIGN KEY (board_id, seat_code) REFERENCES seat_types(board_id, code)
);
CREATE INDEX ix_memberships_board ON memberships(board_id);
CREATE INDEX ix_memberships_person ON memberships(person_id);

CREATE TABLE supporter_links (
    id              INTEGER PRIMARY KEY,
    supporter_id    INTEGER NOT NULL REFERENCES people(id),
    rep_id          INTEGER NOT NULL REFERENCES people(id),
    UNIQUE (supporter_id, rep_id)
);
