-- Owners' club (车主俱乐部): members, cards, and the points ledger.

CREATE TABLE club_members (
    id            @ID@,
    customer_id   @BIGINT@ NOT NULL UNIQUE REFERENCES customers(id),
    joined_on     TEXT NOT NULL,
    tier          TEXT NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'silver', 'gold', 'platinum')),
    tier_since    TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- A lost card is blocked at once; its replacement carries the member's balance (the ledger is
-- the member's), and the old number is void forever.
CREATE TABLE club_cards (
    id          @ID@,
    member_id   @BIGINT@ NOT NULL REFERENCES club_members(id),
    number      TEXT NOT NULL UNIQUE,
    vehicle_id  @BIGINT@ REFERENCES vehicles(id),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lost', 'replaced', 'cancelled')),
    issued_at   TEXT NOT NULL,
    replaced_by @BIGINT@ REFERENCES club_cards(id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX club_cards_member ON club_cards(member_id, status);
CREATE TABLE club_card_serial (id INTEGER PRIMARY KEY CHECK (id = 1), last INTEGER NOT NULL);
INSERT INTO club_card_serial VALUES (1, 10000000);

-- Append-only: every earning, spending, adjustment and expiry, signed. source_key makes an
-- earning from an event (a visit, a referral) happen once.
CREATE TABLE points_ledger (
    id         @ID@,
    member_id  @BIGINT@ NOT NULL REFERENCES club_members(id),
    card_id    @BIGINT@ REFERENCES club_cards(id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('earn', 'spend', 'adjust', 'expire', 'refund')),
    points     INTEGER NOT NULL CHECK (points <> 0),
    expires_on TEXT,
    reason     TEXT NOT NULL,
    source_key TEXT UNIQUE,
    created_by TEXT NOT NULL
);
CREATE INDEX points_ledger_member ON points_ledger(member_id, at);

-- What is left of each earning lot, spent first-in first-out and expired by date.
CREATE TABLE points_lots (
    ledger_id  @BIGINT@ PRIMARY KEY REFERENCES points_ledger(id),
    member_id  @BIGINT@ NOT NULL REFERENCES club_members(id),
    expires_on TEXT NOT NULL,
    remaining  INTEGER NOT NULL CHECK (remaining >= 0)
);
CREATE INDEX points_lots_fifo ON points_lots(member_id, expires_on);
CREATE INDEX points_lots_expiry ON points_lots(expires_on, remaining);

-- The available balance. Spending is one conditional UPDATE (… WHERE available >= ?), so two
-- desks redeeming at once can never take it below zero; the CHECK is the backstop.
CREATE TABLE points_balances (
    member_id @BIGINT@ PRIMARY KEY REFERENCES club_members(id),
    available INTEGER NOT NULL CHECK (available >= 0)
);
