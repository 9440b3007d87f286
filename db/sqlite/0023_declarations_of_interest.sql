-- Declarations of interest (issue 15, ADR-017): each member's register of interests, when they last looked at it,
-- and the interests declared on agenda items. A declaration is public (it goes in the minutes). One declaration per
-- member per item: declaring again replaces it, and the audit log keeps every version.
CREATE TABLE interests (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    kind            TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    from_date       TEXT    NULL,
    to_date         TEXT    NULL,
    updated_by      INTEGER NOT NULL REFERENCES people(id),
    updated_at      TEXT    NOT NULL
);
CREATE INDEX ix_interests_person ON interests(board_id, person_id);

CREATE TABLE interest_reviews (
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    reviewed_on     TEXT    NOT NULL,
    reviewed_by     INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (board_id, person_id)
);

CREATE TABLE declarations (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_items(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    kind            TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    recorded_by     INTEGER NOT NULL REFERENCES people(id),
    in_room         INTEGER NOT NULL DEFAULT 0,
    recorded_at     TEXT    NOT NULL,
    UNIQUE (agenda_item_id, person_id)
);
CREATE INDEX ix_declarations_meeting ON declarations(meeting_id);
