-- The call desk's queue (issue 9: 562 ms for an agent at a million customers). Open tasks only,
-- in the queue's order, carrying every column its filters read: the first page is read straight
-- off this index and the count stops at the cap (CallDeskService::kQueueCountCap).
CREATE INDEX followup_tasks_open ON followup_tasks(priority, due_date, id, available, next_attempt_at, assigned_to, kind)
    WHERE status = 'open';
