-- Issue 13: a co-chair can answer "Not yet, I have a question" instead of approving the agenda or signing off the
-- minutes. One open question per co-chair, meeting and subject: asking again replaces it, and the same co-chair's
-- later approval or sign-off removes it (their "not yet" has become a yes).
CREATE TABLE co_chair_questions (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    about       TEXT    NOT NULL,
    comment     TEXT    NOT NULL,
    asked_at    TEXT    NOT NULL,
    UNIQUE (meeting_id, person_id, about),
    CHECK (about IN ('Agenda', 'Minutes'))
);
CREATE INDEX ix_co_chair_questions_meeting ON co_chair_questions(meeting_id);
