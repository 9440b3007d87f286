-- Staged files belong to one "Send an item" form: the person, the board and the meeting. A new post-back replaces
-- the person's earlier staged files for that meeting (ADR-014), so the meeting is kept with each row.
ALTER TABLE staged_uploads ADD COLUMN meeting_id INTEGER NULL REFERENCES meetings(id);
CREATE INDEX ix_staged_uploads_person ON staged_uploads(person_id, board_id, meeting_id);
