-- PostgreSQL version of db/sqlite/0018_vote_alert_setting.sql; keep the two in step.
-- "Tell me when a vote opens" (a sound and a buzz on My board) is its own choice on the communication profile
-- (issue 13); it used to follow "read it aloud". People who asked for things read aloud keep the sound.
ALTER TABLE people ADD COLUMN vote_alert boolean NOT NULL DEFAULT FALSE;
UPDATE people SET vote_alert = read_aloud;  -- both boolean here
