-- PostgreSQL version of db/sqlite/0005_link_items_to_plan_actions.sql; keep the two in step.
-- Agenda items can bring plan actions to the board for review.
CREATE TABLE agenda_item_actions (
    item_id     bigint  NOT NULL REFERENCES agenda_items(id),
    action_id   bigint  NOT NULL REFERENCES plan_actions(id),
    PRIMARY KEY (item_id, action_id)
);

-- A file given as evidence with an update: checked by content like agenda attachments, stored under a random name.
CREATE TABLE update_evidence (
    update_id       bigint  PRIMARY KEY REFERENCES action_updates(id),  -- the update's id, not generated
    file_name       text    NOT NULL,
    content_type    text    NOT NULL,
    length          bigint  NOT NULL,
    stored_name     text    NOT NULL UNIQUE
);

-- One plan per board, and chapter titles unique within a plan (the CSV import finds chapters by title).
CREATE UNIQUE INDEX ux_plans_board ON plans(board_id);
-- SQLite: title COLLATE NOCASE; PostgreSQL: lower(title), so the queries compare through lower() too.
CREATE UNIQUE INDEX ux_plan_chapters_title ON plan_chapters(plan_id, lower(title));
