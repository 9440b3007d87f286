-- Agenda items can bring plan actions to the board for review.
CREATE TABLE agenda_item_actions (
    item_id     INTEGER NOT NULL REFERENCES agenda_items(id),
    action_id   INTEGER NOT NULL REFERENCES plan_actions(id),
    PRIMARY KEY (item_id, action_id)
);

-- A file given as evidence with an update: checked by content like agenda attachments, stored under a random name.
CREATE TABLE update_evidence (
    update_id       INTEGER PRIMARY KEY REFERENCES action_updates(id),
    file_name       TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    length          INTEGER NOT NULL,
    stored_name     TEXT    NOT NULL UNIQUE
);

-- One plan per board, and chapter titles unique within a plan (the CSV import finds chapters by title).
CREATE UNIQUE INDEX ux_plans_board ON plans(board_id);
CREATE UNIQUE INDEX ux_plan_chapters_title ON plan_chapters(plan_id, title COLLATE NOCASE);
