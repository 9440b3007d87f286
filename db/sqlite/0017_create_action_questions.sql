-- Questions and comments members leave on a plan action, and the owner organisation's answer (issue 13).
-- One answer per question: a second answer would silently replace what the asker was told.
CREATE TABLE action_questions (
    id              INTEGER PRIMARY KEY,
    action_id       INTEGER NOT NULL REFERENCES plan_actions(id),
    kind            TEXT    NOT NULL,
    asked_by        INTEGER NOT NULL REFERENCES people(id),
    asked_at        TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    answer          TEXT    NULL,
    answered_by     INTEGER NULL REFERENCES people(id),
    answered_at     TEXT    NULL
);
CREATE INDEX ix_action_questions_action ON action_questions(action_id);
