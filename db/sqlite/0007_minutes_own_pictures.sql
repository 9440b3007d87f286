-- A board's own picture (a photo of the place or the people) for an item of the minutes, instead of one from the
-- picture set. Kept in the row: it is at most 2 MB and belongs to the minutes' words, which are approved together.
ALTER TABLE minutes_items ADD COLUMN own_picture BLOB NULL;
ALTER TABLE minutes_items ADD COLUMN own_picture_type TEXT NULL CHECK (own_picture_type IN ('image/png', 'image/jpeg'));
ALTER TABLE minutes_items ADD COLUMN own_picture_alt TEXT NULL;

-- The audit log's newest entry when the minutes were published (the "minutes-published" entry itself), printed in
-- the standard minutes. Kept on the row so the published record never moves as the log grows.
ALTER TABLE minutes ADD COLUMN audit_sequence INTEGER NULL;
ALTER TABLE minutes ADD COLUMN audit_hash TEXT NULL;

-- What the published minutes say, as written at publication (JSON of the facts the documents are built from), so
-- the published record never changes when a plan action, a hard word or a name is edited later.
ALTER TABLE minutes ADD COLUMN published_facts TEXT NULL;
