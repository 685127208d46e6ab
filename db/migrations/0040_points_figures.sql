-- The points outstanding when a closed period ended (the board's previous period, the club
-- report of a past month): the ledger's sum before that instant, 464,526 entries at a million
-- customers (30-60 ms a board refresh). Stored the first time it is asked for; a ledger entry
-- dated before `window_end` — written, corrected or deleted — forgets the row (engine files).
CREATE TABLE points_figures (
    window_end  TEXT PRIMARY KEY,
    outstanding @BIGINT@ NOT NULL,
    computed_at TEXT NOT NULL
);
