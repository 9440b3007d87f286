-- Data-protection keys (the keys that sign cookies and antiforgery tokens), kept in the database so that every app
-- server reads the same ones (ADR-016). Only the PostgreSQL app uses this table: the SQLite app keeps its keys in the
-- keys/ folder beside the database. The table is created here too only to keep the two schemas in step.
CREATE TABLE data_protection_keys (
    id INTEGER PRIMARY KEY,
    friendly_name TEXT NOT NULL UNIQUE,
    xml TEXT NOT NULL,
    created_at TEXT NOT NULL
);
