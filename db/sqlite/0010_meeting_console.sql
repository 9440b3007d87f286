-- The meeting console (issue 13): the item the meeting is on now, the room's check-in code, and help requests.

-- "Now: item N", set by the coordinator and shown on the room's screen. Empty until the first item is called.
ALTER TABLE meetings ADD COLUMN current_item_id INTEGER NULL REFERENCES agenda_items(id);

-- The code in the room's QR check-in link: unguessable, made when the room's screen first asks for it while the
-- meeting is live, and only accepted while the meeting is live (ADR-012).
ALTER TABLE meetings ADD COLUMN check_in_code TEXT NULL;

-- "I need help": one row per person per meeting, however often they press, until someone has dealt with it.
CREATE TABLE help_requests (
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    asked_at        TEXT    NOT NULL,
    dealt_with_at   TEXT    NULL,
    PRIMARY KEY (meeting_id, person_id)
);
