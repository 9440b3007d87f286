-- The board's co-produced plan: chapters, actions, updates (never edited) and who follows what.

CREATE TABLE plans (
    id          INTEGER PRIMARY KEY,
    board_id    INTEGER NOT NULL REFERENCES boards(id),
    title       TEXT    NOT NULL,
    from_year   INTEGER NOT NULL,
    to_year     INTEGER NOT NULL CHECK (to_year >= from_year)
);

CREATE TABLE plan_chapters (
    id                  INTEGER PRIMARY KEY,
    plan_id             INTEGER NOT NULL REFERENCES plans(id),
    title               TEXT    NOT NULL,
    easy_read_summary   TEXT    NOT NULL,
    picture             TEXT    NOT NULL,
    position            INTEGER NOT NULL
);
CREATE INDEX ix_plan_chapters_plan ON plan_chapters(plan_id);

-- status is changed only together with an update (see PlanStore.PostUpdateAsync).
CREATE TABLE plan_actions (
    id                  INTEGER PRIMARY KEY,
    chapter_id          INTEGER NOT NULL REFERENCES plan_chapters(id),
    what                TEXT    NOT NULL,
    what_easy_read      TEXT    NOT NULL,
    owner               TEXT    NOT NULL,
    lead_person_id      INTEGER NULL REFERENCES people(id),
    due_date            TEXT    NOT NULL,
    status              TEXT    NOT NULL DEFAULT 'NotStarted'
);
CREATE INDEX ix_plan_actions_chapter ON plan_actions(chapter_id);

CREATE TABLE action_updates (
    id                          INTEGER PRIMARY KEY,
    action_id                   INTEGER NOT NULL REFERENCES plan_actions(id),
    posted_by                   INTEGER NOT NULL REFERENCES people(id),
    posted_at                   TEXT    NOT NULL,
    what_happened               TEXT    NOT NULL,
    what_happened_easy_read     TEXT    NOT NULL,
    evidence_link               TEXT    NULL,
    new_status                  TEXT    NOT NULL
);
CREATE INDEX ix_action_updates_action ON action_updates(action_id);
CREATE TRIGGER action_updates_no_update BEFORE UPDATE ON action_updates
BEGIN SELECT RAISE(ABORT, 'Updates are never edited. Post a new update to correct one.'); END;

-- A person follows an action or a whole chapter.
CREATE TABLE plan_follows (
    person_id   INTEGER NOT NULL REFERENCES people(id),
    action_id   INTEGER NULL REFERENCES plan_actions(id),
    chapter_id  INTEGER NULL REFERENCES plan_chapters(id),
    CHECK ((action_id IS NULL) <> (chapter_id IS NULL))
);
CREATE UNIQUE INDEX ux_plan_follows ON plan_follows(person_id, COALESCE(action_id, 0), COALESCE(chapter_id, 0));
