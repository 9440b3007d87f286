-- Where each decision and meeting was on Think Local Act Personal's ladder of co-production (issue 15, ADR-018).
-- One rating per person per decided item, and one per person for the meeting as a whole (agenda_item_id NULL). The
-- rater_view (Reps and carers, or officers and partners) is kept as it was when the person rated, so a later change of role
-- does not move an old rating to the other side. Nobody but the rater writes a row: no coordinator's edit exists.
CREATE TABLE ladder_ratings (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    agenda_item_id  INTEGER NULL REFERENCES agenda_items(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    rater_view      TEXT    NOT NULL,
    rung            INTEGER NOT NULL CHECK (rung BETWEEN 1 AND 7),
    why             TEXT    NULL,
    rated_at        TEXT    NOT NULL,
    changed_at      TEXT    NULL
);
CREATE UNIQUE INDEX ux_ladder_ratings_item ON ladder_ratings(agenda_item_id, person_id) WHERE agenda_item_id IS NOT NULL;
CREATE UNIQUE INDEX ux_ladder_ratings_meeting ON ladder_ratings(meeting_id, person_id) WHERE agenda_item_id IS NULL;
CREATE INDEX ix_ladder_ratings_board ON ladder_ratings(board_id, meeting_id);

-- Whether the board's public page shows the yearly ladder picture (counts only, never who or why). Off until the
-- board decides to publish it.
ALTER TABLE boards ADD COLUMN ladder_public INTEGER NOT NULL DEFAULT 0;
