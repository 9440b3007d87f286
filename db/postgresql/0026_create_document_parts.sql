-- The parts of long easy read minutes (issue 17, ADR-022). Minutes over 24 pages are published as a summary (the
-- meeting's easy read minutes in documents) and parts of their items, each at most 24 pages. Rendering again
-- replaces a meeting's parts, and minutes that fit in one document have none.
CREATE TABLE document_parts (
    board_id        bigint  NOT NULL REFERENCES boards(id),
    meeting_id      bigint  NOT NULL REFERENCES meetings(id),
    part            bigint  NOT NULL,
    of_parts        bigint  NOT NULL,
    first_item      bigint  NOT NULL,
    last_item       bigint  NOT NULL,
    content         bytea   NOT NULL,
    sha256          text    NOT NULL,
    pages           bigint  NOT NULL,
    rendered_at     text    NOT NULL,
    PRIMARY KEY (meeting_id, part)
);
