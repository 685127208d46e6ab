-- Account lock-out (issue 10): failed sign-ins in a row, and the time until which the account
-- refuses every sign-in after too many of them.
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
