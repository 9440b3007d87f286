-- PostgreSQL version of db/sqlite/0006_create_minutes.sql; keep the two in step.
-- Minutes: drafted by the coordinator per agenda item, checked by Reps, approved (by both co-chairs or by a vote
-- at the next meeting, as the constitution says), then published. Published agendas and minutes are rendered to
-- PDF by a background job and kept here, so the archive serves them without rendering again.

ALTER TABLE constitutions ADD COLUMN minutes_approval text NOT NULL DEFAULT 'CoChairsSignOff'
    CHECK (minutes_approval IN ('CoChairsSignOff', 'VoteAtNextMeeting'));

-- One draft per meeting. version goes up with every change, so a sign-off or an approval vote approves exactly
-- the words that were read: changing anything afterwards needs approving again.
CREATE TABLE minutes (
    meeting_id      bigint  PRIMARY KEY REFERENCES meetings(id),  -- the meeting's id, not generated
    board_id        bigint  NOT NULL REFERENCES boards(id),
    state           text    NOT NULL CHECK (state IN ('Drafting', 'WithReps', 'Published')),
    version         bigint  NOT NULL DEFAULT 1,
    started_at      text    NOT NULL,
    sent_to_reps_at text    NULL,
    published_at    text    NULL,
    published_by    bigint  NULL REFERENCES people(id)
);

-- The coordinator's notes for each item that was on the agenda. revision counts this item's own changes, so a
-- Rep's mark can say whether it was made before the latest change.
CREATE TABLE minutes_items (
    meeting_id      bigint  NOT NULL REFERENCES minutes(meeting_id),
    agenda_item_id  bigint  NOT NULL REFERENCES agenda_items(id),
    position        bigint  NOT NULL,
    standard_note   text    NOT NULL DEFAULT '',
    easy_read_note  text    NOT NULL DEFAULT '',
    actions         text    NOT NULL DEFAULT '',   -- one action a line
    picture         text    NOT NULL,
    revision        bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, agenda_item_id)
);

-- Reps' checks: "I understand this" or "This is hard", with a comment. One current mark per Rep per item.
CREATE TABLE minutes_marks (
    meeting_id      bigint  NOT NULL REFERENCES minutes(meeting_id),
    agenda_item_id  bigint  NOT NULL REFERENCES agenda_items(id),
    person_id       bigint  NOT NULL REFERENCES people(id),
    mark            text    NOT NULL CHECK (mark IN ('Understood', 'Hard')),
    comment         text    NOT NULL DEFAULT '',
    item_revision   bigint  NOT NULL,
    marked_at       text    NOT NULL,
    PRIMARY KEY (meeting_id, agenda_item_id, person_id)
);

-- A co-chair's sign-off names the version they read.
CREATE TABLE minutes_signoffs (
    meeting_id      bigint  NOT NULL REFERENCES minutes(meeting_id),
    person_id       bigint  NOT NULL REFERENCES people(id),
    version         bigint  NOT NULL,
    signed_at       text    NOT NULL,
    PRIMARY KEY (meeting_id, person_id, version)
);

-- A vote at a later meeting that approves a meeting's minutes, as they stood (version) when the vote was made.
ALTER TABLE polls ADD COLUMN approves_minutes_of bigint NULL REFERENCES meetings(id);
ALTER TABLE polls ADD COLUMN approves_minutes_version bigint NULL;

-- Rendered PDFs of published agendas and minutes. One of each kind and style per meeting; rendering again replaces it.
CREATE TABLE documents (
    board_id        bigint  NOT NULL REFERENCES boards(id),
    meeting_id      bigint  NOT NULL REFERENCES meetings(id),
    kind            text    NOT NULL CHECK (kind IN ('Agenda', 'Minutes')),
    style           text    NOT NULL CHECK (style IN ('EasyRead', 'Standard')),
    content         bytea   NOT NULL,
    sha256          text    NOT NULL,
    pages           bigint  NOT NULL,
    rendered_at     text    NOT NULL,
    PRIMARY KEY (meeting_id, kind, style)
);
