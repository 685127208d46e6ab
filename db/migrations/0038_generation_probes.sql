-- The day's generation (FollowupService::generate) asks for the members born on the day's
-- dates by `substr(birthday, 6, 5) IN (…)`; without an index on that expression both engines
-- read every member's row for it (SQLite 0.7 s, PostgreSQL 0.25 s a run at a million customers).
-- The expression is written exactly as GenerationQueries::memberBirthdays writes it.
CREATE INDEX customers_member_birthday ON customers(substr(birthday, 6, 5)) WHERE is_member = 1 AND deleted_at IS NULL;
