-- Live votes: polls and their options, ballots, in-room counts and the append-only audit log.
--
-- Secret ballots: who has voted (poll_voters) and what was chosen are kept apart. Choices are not stored one by
-- one at all: secret_counts holds only a counter per option, created at zero with the poll and updated in place,
-- so the database never holds a row per choice whose position or order could be matched with the voters.
-- While a secret poll is open, the write-ahead log still holds each commit's pages; closing the poll truncates
-- it (see ADR-007).

CREATE TABLE polls (
    id                          INTEGER PRIMARY KEY,
    board_id                    INTEGER NOT NULL REFERENCES boards(id),
    meeting_id                  INTEGER NOT NULL REFERENCES meetings(id),
    agenda_item_id              INTEGER NULL REFERENCES agenda_items(id),
    question                    TEXT    NOT NULL,
    picture                     TEXT    NOT NULL,
    secrecy                     TEXT    NOT NULL CHECK (secrecy IN ('Open', 'Secret')),
    majority_rule               TEXT    NOT NULL,
    majority_override_reason    TEXT    NULL,
    minimum_open_seconds        INTEGER NOT NULL DEFAULT 0,
    state                       TEXT    NOT NULL,
    opened_at                   TEXT    NULL,
    closed_at                   TEXT    NULL,
    result_outcome              TEXT    NULL,
    result_text                 TEXT    NULL,
    created_by                  INTEGER NOT NULL REFERENCES people(id),
    created_at                  TEXT    NOT NULL
);
CREATE INDEX ix_polls_meeting ON polls(meeting_id);

CREATE TABLE poll_options (
    id          INTEGER PRIMARY KEY,
    poll_id     INTEGER NOT NULL REFERENCES polls(id),
    position    INTEGER NOT NULL,
    label       TEXT    NOT NULL,
    meaning     TEXT    NOT NULL,
    symbol      TEXT    NOT NULL
);
CREATE INDEX ix_poll_options_poll ON poll_options(poll_id);

-- Who has voted, for every poll. One row per member per poll: the database itself refuses a second ballot.
-- idempotency_key is the client's key for the ballot, so a ballot re-sent after a dropped connection is
-- recognised and acknowledged again instead of counted twice.
CREATE TABLE poll_voters (
    poll_id             INTEGER NOT NULL REFERENCES polls(id),
    voter_id            INTEGER NOT NULL REFERENCES people(id),
    cast_by             TEXT    NOT NULL,
    acting_person_id    INTEGER NULL REFERENCES people(id),
    idempotency_key     TEXT    NOT NULL,
    PRIMARY KEY (poll_id, voter_id)
) WITHOUT ROWID;

-- Open (named) polls: the current choice of each voter; earlier choices are kept in open_ballot_history.
CREATE TABLE open_ballots (
    poll_id             INTEGER NOT NULL REFERENCES polls(id),
    voter_id            INTEGER NOT NULL REFERENCES people(id),
    option_id           INTEGER NOT NULL REFERENCES poll_options(id),
    cast_at             TEXT    NOT NULL,
    idempotency_key     TEXT    NOT NULL,
    PRIMARY KEY (poll_id, voter_id)
);

CREATE TABLE open_ballot_history (
    id                  INTEGER PRIMARY KEY,
    poll_id             INTEGER NOT NULL REFERENCES polls(id),
    voter_id            INTEGER NOT NULL REFERENCES people(id),
    option_id           INTEGER NOT NULL REFERENCES poll_options(id),
    cast_by             TEXT    NOT NULL,
    acting_person_id    INTEGER NULL REFERENCES people(id),
    cast_at             TEXT    NOT NULL,
    idempotency_key     TEXT    NOT NULL,
    UNIQUE (poll_id, voter_id, idempotency_key)   -- every key ever used, so a late resend is never a new change
);

-- Secret polls: the number of votes for each option, and nothing else.
CREATE TABLE secret_counts (
    poll_id     INTEGER NOT NULL REFERENCES polls(id),
    option_id   INTEGER NOT NULL REFERENCES poll_options(id),
    votes       INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    PRIMARY KEY (poll_id, option_id)
);

-- Show-of-hands counts recorded by the coordinator for members voting in the room without a device.
CREATE TABLE room_counts (
    poll_id     INTEGER NOT NULL REFERENCES polls(id),
    option_id   INTEGER NOT NULL REFERENCES poll_options(id),
    votes       INTEGER NOT NULL CHECK (votes >= 0),
    recorded_by INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (poll_id, option_id)
);

-- Append-only: each entry carries the hash of the one before (see Board.Core.Voting.AuditChain).
CREATE TABLE audit_log (
    sequence        INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    at              TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    details         TEXT    NOT NULL,
    previous_hash   TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'The audit log cannot be changed.'); END;
