-- Involvement payments and expenses (issue 15, ADR-019). Money is whole pence (INTEGER), never a float.
-- A claim keeps the rate it was made at, so a new rate in April never changes a past claim.

-- What the board pays for what, and from when to when. Periods of one kind must not overlap (checked in
-- Board.Core Payments/Rates before the insert, inside the writer lock).
CREATE TABLE involvement_rates (
    id              INTEGER PRIMARY KEY,
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    kind            TEXT    NOT NULL,
    amount_pence    INTEGER NOT NULL CHECK (amount_pence >= 0),
    applies_from    TEXT    NOT NULL,
    applies_to      TEXT    NULL
);
CREATE INDEX ix_involvement_rates_board ON involvement_rates(board_id, kind);

-- Whether the council offers vouchers instead of money.
CREATE TABLE involvement_settings (
    board_id        INTEGER PRIMARY KEY REFERENCES boards(id),
    offers_vouchers INTEGER NOT NULL DEFAULT 0 CHECK (offers_vouchers IN (0, 1))
);

-- People the coordinator names to approve claims, beside the coordinator.
CREATE TABLE claim_approvers (
    board_id        INTEGER NOT NULL REFERENCES boards(id),
    person_id       INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (board_id, person_id)
);

-- Each person's choice of how they are paid. One row a person; changing it changes later claims only.
CREATE TABLE payment_choices (
    person_id           INTEGER PRIMARY KEY REFERENCES people(id),
    board_id            INTEGER NOT NULL REFERENCES boards(id),
    choice              TEXT    NOT NULL,
    lower_amount_pence  INTEGER NULL CHECK (lower_amount_pence >= 0),
    charity             TEXT    NULL,
    changed_by          INTEGER NOT NULL REFERENCES people(id),
    changed_at          TEXT    NOT NULL
);

-- One claim a person a meeting (the unique key refuses a second). The applied rates and the payment choice are
-- copied in when the claim is made or amended; totals are computed by Board.Core Payments/ClaimTotals.
CREATE TABLE involvement_claims (
    id                  INTEGER PRIMARY KEY,
    board_id            INTEGER NOT NULL REFERENCES boards(id),
    meeting_id          INTEGER NOT NULL REFERENCES meetings(id),
    person_id           INTEGER NOT NULL REFERENCES people(id),
    state               TEXT    NOT NULL,
    time_kind           TEXT    NOT NULL,
    minutes             INTEGER NOT NULL CHECK (minutes >= 0),
    time_rate_pence     INTEGER NOT NULL CHECK (time_rate_pence >= 0),
    preparation         INTEGER NOT NULL DEFAULT 0 CHECK (preparation IN (0, 1)),
    prep_rate_pence     INTEGER NOT NULL DEFAULT 0 CHECK (prep_rate_pence >= 0),
    travel_pence        INTEGER NOT NULL CHECK (travel_pence >= 0),
    carer_pence         INTEGER NOT NULL CHECK (carer_pence >= 0),
    choice              TEXT    NOT NULL,
    lower_amount_pence  INTEGER NULL,
    charity             TEXT    NULL,
    note                TEXT    NULL,
    query_reason        TEXT    NULL,
    answer              TEXT    NULL,
    decision_reason     TEXT    NULL,
    submitted_by        INTEGER NOT NULL REFERENCES people(id),
    submitted_at        TEXT    NOT NULL,
    decided_by          INTEGER NULL REFERENCES people(id),
    decided_at          TEXT    NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX ix_involvement_claims_board_state ON involvement_claims(board_id, state);
CREATE INDEX ix_involvement_claims_person ON involvement_claims(person_id);

-- Receipt pictures and PDFs, checked by content (Board.Core Files/FileKinds); bytes live under stored_name.
CREATE TABLE claim_receipts (
    id              INTEGER PRIMARY KEY,
    claim_id        INTEGER NOT NULL REFERENCES involvement_claims(id),
    file_name       TEXT    NOT NULL,
    content_type    TEXT    NOT NULL,
    length          INTEGER NOT NULL,
    stored_name     TEXT    NOT NULL UNIQUE
);
CREATE INDEX ix_claim_receipts_claim ON claim_receipts(claim_id);

-- What was paid for an approved claim: one record a claim.
CREATE TABLE claim_payments (
    claim_id        INTEGER PRIMARY KEY REFERENCES involvement_claims(id),
    amount_pence    INTEGER NOT NULL CHECK (amount_pence >= 0),
    paid_on         TEXT    NOT NULL,
    method          TEXT    NOT NULL,
    reference       TEXT    NOT NULL,
    recorded_by     INTEGER NOT NULL REFERENCES people(id),
    recorded_at     TEXT    NOT NULL
);
CREATE INDEX ix_claim_payments_paid_on ON claim_payments(paid_on);
