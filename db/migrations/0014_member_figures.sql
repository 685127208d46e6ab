-- The board's two member figures at scale (issue 8): whether a customer is looked after as a
-- member, when they were last reached, and when a member last earned or spent points are kept
-- on the row by triggers (engine files), so the current period's coverage and active members
-- are counts over one small index instead of a probe per member into millions of calls.
ALTER TABLE customers ADD COLUMN is_member INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN last_reached_at TEXT;
ALTER TABLE club_members ADD COLUMN last_points_at TEXT;

UPDATE customers SET is_member = 1
 WHERE vip = 1 OR id IN (SELECT customer_id FROM club_members WHERE status = 'active');
UPDATE customers SET last_reached_at = (SELECT MAX(f.called_at) FROM followup_calls f
                                         WHERE f.customer_id = customers.id AND f.outcome = 'reached')
 WHERE id IN (SELECT customer_id FROM followup_calls WHERE outcome = 'reached');
UPDATE club_members SET last_points_at = (SELECT MAX(l.at) FROM points_ledger l
                                           WHERE l.member_id = club_members.id AND l.kind IN ('earn', 'spend'))
 WHERE id IN (SELECT member_id FROM points_ledger WHERE kind IN ('earn', 'spend'));

CREATE INDEX customers_member_reach ON customers(last_reached_at) WHERE is_member = 1 AND deleted_at IS NULL;
CREATE INDEX club_members_points_at ON club_members(last_points_at);

-- A closed period's member figures (they cannot be read off the "last" columns once later
-- activity exists), stored the first time they are asked for. `window_end` is the UTC stamp the
-- window ends before; a call or points entry dated before it forgets the row (triggers).
-- Membership itself is counted as it stood when the row was stored.
CREATE TABLE member_figures (
    figure      TEXT NOT NULL CHECK (figure IN ('coverage', 'active')),
    window_end  TEXT NOT NULL,
    days        INTEGER NOT NULL,
    total       @BIGINT@ NOT NULL,
    counted     @BIGINT@ NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (figure, window_end, days)
);
