-- The parts of long easy read minutes (issue 17, ADR-022). Minutes over 24 pages are published as a summary (the
-- meeting's easy read minutes in documents) and parts of their items, each at most 24 pages. Rendering again
-- replaces a meeting's parts, and minutes that fit in one document have none.
CREATE TABLE document_parts (
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    part            INTEGER NOT NULL,
    of_parts        INTEGER NOT NULL,
    first_item      INTEGER NOT NULL,
    last_item       INTEGER NOT NULL,
    content         BLOB    NOT NULL,
    sha256          TEXT    NOT NULL,
    pages           INTEGER NOT NULL,
    rendered_at     TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, part)
);
