-- What an administrator keeps about each board (issue 11): its own time zone, its logo, and whether it is archived.

-- Null means the site's Board:TimeZone.
ALTER TABLE boards ADD COLUMN time_zone TEXT NULL;
-- An archived board keeps everything it did; it leaves the list of boards and its jobs stop.
ALTER TABLE boards ADD COLUMN archived_at TEXT NULL;

-- The logo's bytes, checked by their first bytes (PNG or JPEG), kept apart so lists of boards never read them.
CREATE TABLE board_logos (
    board_id        INTEGER PRIMARY KEY REFERENCES boards(id),
    content_type    TEXT    NOT NULL,
    bytes           BLOB    NOT NULL,
    updated_at      TEXT    NOT NULL
);
