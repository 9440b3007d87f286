-- Self check-in by the room's code is recorded as such (ADR-012): the console shows "checked in themselves" beside
-- them, and a mark the coordinator makes afterwards clears it. The meeting's check_in_code is now the secret the
-- rotating codes are made from, never itself a code in a link.
ALTER TABLE attendance ADD COLUMN self_checked_in INTEGER NOT NULL DEFAULT 0;
