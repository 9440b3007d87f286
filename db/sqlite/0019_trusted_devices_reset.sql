-- A browser trusted for sign-in (ADR-010) stops being trusted when its person signs out of every device: the time
-- is part of the trusted-device cookie's stamp, with the password hash (so a password change ends it too).
ALTER TABLE accounts ADD COLUMN devices_reset_at TEXT NULL;
