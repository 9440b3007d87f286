-- Files a supporter chose for an item, kept while the form goes back and forth ("Check the words", a problem to
-- fix), so nobody has to choose them again (issue 13). Each is found only by an unguessable token and only by the
-- person who chose it on that board; after a short while it runs out and is removed (Board.Core Files/Staging).
-- The file itself lives in the attachments folder under its random stored name; sending the item keeps it there.
CREATE TABLE staged_uploads (
    id              INTEGER PRIMARY KEY,
    token           TEXT    NOT NULL UNIQUE,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    file_name       TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    length          INTEGER NOT NULL,
    stored_name     TEXT    NOT NULL UNIQUE,
    staged_at       TEXT    NOT NULL
);
CREATE INDEX ix_staged_uploads_staged_at ON staged_uploads(staged_at);
