-- PostgreSQL version of db/sqlite/0009_board_administration.sql; keep the two in step.
-- What an administrator keeps about each board (issue 11): its own time zone, its logo, and whether it is archived.

-- Null means the site's Board:TimeZone.
ALTER TABLE boards ADD COLUMN time_zone text NULL;
-- An archived board keeps everything it did; it leaves the list of boards and its jobs stop.
ALTER TABLE boards ADD COLUMN archived_at text NULL;

-- The logo's bytes, checked by their first bytes (PNG or JPEG), kept apart so lists of boards never read them.
CREATE TABLE board_logos (
    board_id        bigint  PRIMARY KEY REFERENCES boards(id),  -- the board's id, not generated
    content_type    text    NOT NULL,
    bytes           bytea   NOT NULL,
    updated_at      text    NOT NULL
);
