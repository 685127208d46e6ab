-- The board's members' coverage counts every member and those reached in the period
-- (MemberFigures.cpp). SQLite read each member's customer row for that (200-275 ms per refresh
-- at a million customers): it counts an index as covering only when every column the query
-- names is in it, and is_member and deleted_at were only in the condition. With them in the
-- index the count reads the index alone (about 20 ms). PostgreSQL reads the partial index
-- without the table already.
DROP INDEX customers_member_reach;
CREATE INDEX customers_member_reach ON customers(last_reached_at, is_member, deleted_at) WHERE is_member = 1 AND deleted_at IS NULL;
