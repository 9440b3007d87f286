-- Minutes: drafted by the coordinator per agenda item, checked by Reps, approved (by both co-chairs or by a vote
-- at the next meeting, as the constitution says), then published. Published agendas and minutes are rendered to
-- PDF by a background job and kept here, so the archive serves them without rendering again.

ALTER TABLE constitutions ADD COLUMN minutes_approval TEXT NOT NULL DEFAULT 'CoChairsSignOff'
    CHECK (minutes_approval IN ('CoChairsSignOff', 'VoteAtNextMeeting'));

-- One draft per meeting. version goes up with every change, so a sign-off or an approval vote approves exactly
-- the words that were read: changing anything afterwards needs approving again.
CREATE TABLE minutes (
    meeting_id      INTEGER PRIMARY KEY REFERENCES meetings(id),
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    state           TEXT    NOT NULL CHECK (state IN ('Drafting', 'WithReps', 'Published')),
    version         INTEGER NOT NULL DEFAULT 1,
    started_at      TEXT    NOT NULL,
    sent_to_reps_at TEXT    NULL,
    published_at    TEXT    NULL,
    published_by    INTEGER NULL REFERENCES people(id)
);

-- The coordinator's notes for each item that was on the agenda. revision counts this item's own changes, so a
-- Rep's mark can say whether it was made before the latest change.
CREATE TABLE minutes_items (
    meeting_id      INTEGER NOT NULL REFERENCES minutes(meeting_id),
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_items(id),
    position        INTEGER NOT NULL,
    standard_note   TEXT    NOT NULL DEFAULT '',
    easy_read_note  TEXT    NOT NULL DEFAULT '',
    actions         TEXT    NOT NULL DEFAULT '',   -- one action a line
    picture         TEXT    NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, agenda_item_id)
);

-- Reps' checks: "I understand this" or "This is hard", with a comment. One current mark per Rep per item.
CREATE TABLE minutes_marks (
    meeting_id      INTEGER NOT NULL REFERENCES minutes(meeting_id),
    agenda_item_id  INTEGER NOT NULL REFERENCES agenda_items(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    mark            TEXT    NOT NULL CHECK (mark IN ('Understood', 'Hard')),
    comment         TEXT    NOT NULL DEFAULT '',
    item_revision   INTEGER NOT NULL,
    marked_at       TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, agenda_item_id, person_id)
);

-- A co-chair's sign-off names the version they read.
CREATE TABLE minutes_signoffs (
    meeting_id      INTEGER NOT NULL REFERENCES minutes(meeting_id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    version         INTEGER NOT NULL,
    signed_at       TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, person_id, version)
);

-- A vote at a later meeting that approves a meeting's minutes, as they stood (version) when the vote was made.
ALTER TABLE polls ADD COLUMN approves_minutes_of INTEGER NULL REFERENCES meetings(id);
ALTER TABLE polls ADD COLUMN approves_minutes_version INTEGER NULL;

-- Rendered PDFs of published agendas and minutes. One of each kind and style per meeting; rendering again replaces it.
CREATE TABLE documents (
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    kind            TEXT    NOT NULL CHECK (kind IN ('Agenda', 'Minutes')),
    style           TEXT    NOT NULL CHECK (style IN ('EasyRead', 'Standard')),
    content         BLOB    NOT NULL,
    sha256          TEXT    NOT NULL,
    pages           INTEGER NOT NULL,
    rendered_at     TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, kind, style)
);
