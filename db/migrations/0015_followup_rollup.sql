-- The follow-up figures per due day, task type and agent (COALESCE(completed_by, assigned_to),
-- 0 for nobody), kept by triggers on followup_tasks (engine files): the follow-up report and the
-- board read a month as a few thousand rows instead of scanning half a million tasks at scale.
-- Cancelled tasks are not counted, as in the report.
CREATE TABLE followup_task_days (
    due_date  TEXT NOT NULL,
    kind      TEXT NOT NULL,
    agent_id  @BIGINT@ NOT NULL,
    due       INTEGER NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0,
    on_time   INTEGER NOT NULL DEFAULT 0,
    reached   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (due_date, kind, agent_id)
);
INSERT INTO followup_task_days (due_date, kind, agent_id, due, completed, on_time, reached)
SELECT due_date, kind, COALESCE(completed_by, assigned_to, 0), COUNT(*),
       SUM(CASE WHEN status IN ('done', 'unreachable') THEN 1 ELSE 0 END),
       SUM(CASE WHEN status IN ('done', 'unreachable') AND completed_day <= due_date THEN 1 ELSE 0 END),
       SUM(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END)
  FROM followup_tasks WHERE status <> 'cancelled'
 GROUP BY due_date, kind, COALESCE(completed_by, assigned_to, 0);

-- The club figures of the board, index-only: members by tier, joins by day, a period's points by kind.
CREATE INDEX club_members_tier ON club_members(status, tier);
CREATE INDEX club_members_joined ON club_members(joined_on);
CREATE INDEX club_members_status_joined ON club_members(status, joined_on);
CREATE INDEX club_events_kind_at ON club_events(kind, at);
CREATE INDEX points_ledger_kind_at_points ON points_ledger(kind, at, points);
DROP INDEX points_ledger_kind_at;
