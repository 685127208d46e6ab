-- The front desk's figures (the board's booking, show and no-show rates, twice a refresh) grouped
-- every appointment of the period by source, job, advisor and status: at a million customers
-- 50,000 rows a month sorted for the grouping (SQLite 33-48 ms, PostgreSQL 16-19 ms each).
-- Triggers on appointments (engine files) keep the counts per local day here, whatever writes
-- the book — the desk, the night's no-shows, a merge or a DBA's UPDATE; the figures add up the
-- period's days. A count that falls to zero stays as a row of 0.
CREATE TABLE appointment_days (
    day          TEXT NOT NULL,
    source       TEXT NOT NULL,
    service_kind TEXT NOT NULL,
    advisor      TEXT NOT NULL,
    status       TEXT NOT NULL,
    n            @BIGINT@ NOT NULL,
    PRIMARY KEY (day, source, service_kind, advisor, status)
);
INSERT INTO appointment_days (day, source, service_kind, advisor, status, n)
SELECT substr(scheduled_at, 1, 10), source, service_kind, advisor, status, COUNT(*) FROM appointments
 GROUP BY substr(scheduled_at, 1, 10), source, service_kind, advisor, status;
-- The same figures time the arrivals at reception (arrived by the slot's end): from this index
-- alone instead of every appointment row of the period. visit_id is in it because SQLite counts
-- an index as covering only when it holds every column the query names.
CREATE INDEX appointments_timed ON appointments(scheduled_at, slot_minutes, arrived_at, visit_id)
    WHERE arrived_at IS NOT NULL AND visit_id IS NULL;
