-- Agenda items can bring plan actions to the board for review.
CREATE TABLE agenda_item_actions (
    item_id     INTEGER NOT NULL REFERENCES agenda_items(id),
    action_id   INTEGER NOT NULL REFERENCES plan_actions(id),
    PRIMARY KEY (item_id, action_id)
);
