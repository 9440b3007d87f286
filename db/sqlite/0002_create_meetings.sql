-- Meetings, agendas co-produced by self-advocacy groups, attendance, the glossary and the in-app inbox.
-- Meeting times are the board's local time as text (yyyy-MM-dd HH:mm:ss); moments that are not read by
-- people (raised_at, created_at) are UTC ISO-8601 text.

-- Which supporters work with which self-advocacy group: they may raise items for it and answer for it.
CREATE TABLE group_supporters (
    group_id        INTEGER NOT NULL REFERENCES self_advocacy_groups(id) ON DELETE CASCADE,
    supporter_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, supporter_id)
);
CREATE INDEX ix_group_supporters_supporter ON group_supporters(supporter_id);

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    title           TEXT    NOT NULL,
    starts_at       TEXT    NOT NULL,
    ends_at         TEXT    NOT NULL,
    venue           TEXT    NOT NULL,
    access_notes    TEXT    NULL,
    online_link     TEXT    NULL,
    items_deadline  TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    published_at    TEXT    NULL,
    CHECK (items_deadline < starts_at),
    CHECK (ends_at > starts_at)
);
CREATE INDEX ix_meetings_board ON meetings(board_id, starts_at);

-- Each co-chair's approval of the agenda; cleared whenever the agenda changes, so they approve what is published.
CREATE TABLE agenda_approvals (
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    approved_at     TEXT    NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE agenda_items (
    id                      INTEGER PRIMARY KEY,
    board_id                INTEGER NOT NULL REFERENCES boards(id),
    meeting_id              INTEGER NOT NULL REFERENCES meetings(id),
    group_id                INTEGER NULL REFERENCES self_advocacy_groups(id),
    raised_by               INTEGER NOT NULL REFERENCES people(id),
    raised_at               TEXT    NOT NULL,
    title                   TEXT    NOT NULL,
    easy_read_summary       TEXT    NOT NULL,
    details                 TEXT    NOT NULL,
    ask                     TEXT    NOT NULL,
    picture                 TEXT    NOT NULL,
    state                   TEXT    NOT NULL,
    position                INTEGER NULL,
    minutes                 INTEGER NULL,
    presenter               TEXT    NULL,
    decline_reason          TEXT    NULL,
    deferred_from_meeting_id INTEGER NULL REFERENCES meetings(id),
    outcome                 TEXT    NULL,
    outcome_easy_read       TEXT    NULL,
    response                TEXT    NOT NULL DEFAULT 'None',
    response_comment        TEXT    NULL,
    CHECK (state <> 'NotAccepted' OR length(trim(coalesce(decline_reason, ''))) > 0)
);
CREATE INDEX ix_agenda_items_meeting ON agenda_items(meeting_id);
CREATE INDEX ix_agenda_items_group ON agenda_items(group_id);

-- What happened to each item and who did it, so the group's history is never rewritten.
CREATE TABLE agenda_item_events (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER NOT NULL REFERENCES agenda_items(id),
    at              TEXT    NOT NULL,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    what            TEXT    NOT NULL
);
CREATE INDEX ix_agenda_item_events_item ON agenda_item_events(item_id);

-- Attachments are stored as files; only their checked kind and a stored name are kept here.
CREATE TABLE agenda_attachments (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER NOT NULL REFERENCES agenda_items(id),
    file_name       TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    length          INTEGER NOT NULL,
    stored_name     TEXT    NOT NULL UNIQUE
);
CREATE INDEX ix_agenda_attachments_item ON agenda_attachments(item_id);

CREATE TABLE attendance (
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    mark            TEXT    NOT NULL,
    arrived_at      TEXT    NULL,
    left_at         TEXT    NULL,
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE glossary_terms (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    word            TEXT    NOT NULL COLLATE NOCASE,
    explanation     TEXT    NOT NULL,
    picture         TEXT    NOT NULL,
    suggested_by    INTEGER NULL REFERENCES people(id),
    approved        INTEGER NOT NULL CHECK (approved IN (0, 1)),
    UNIQUE (board_id, word)
);

-- The in-app inbox. dedupe_key makes sending reentrant: a retried job inserts nothing new.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    dedupe_key      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    link            TEXT    NULL,
    read_at         TEXT    NULL,
    emailed_at      TEXT    NULL,
    UNIQUE (person_id, dedupe_key)
);
CREATE INDEX ix_notifications_unemailed ON notifications(emailed_at) WHERE emailed_at IS NULL;
