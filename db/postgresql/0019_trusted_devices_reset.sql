-- PostgreSQL version of db/sqlite/0019_trusted_devices_reset.sql; keep the two in step.
-- A browser trusted for sign-in (ADR-010) stops being trusted when its person signs out of every device: the time
-- is part of the trusted-device cookie's stamp, with the password hash (so a password change ends it too).
ALTER TABLE accounts ADD COLUMN devices_reset_at text NULL;
