-- When each account last signed in, for the administrator's user list (who still uses the
-- program, which accounts are stale). Kept on the user row, written at sign-in; the audit log
-- holds the history, read once here for the accounts that signed in before.
ALTER TABLE users ADD COLUMN last_login_at TEXT;
UPDATE users SET last_login_at = (SELECT MAX(a.at) FROM audit_log a WHERE a.user_id = users.id AND a.action = 'login');
