-- Statement-level with transition tables: a bulk load or a generation run pays once per
-- statement. (Transition tables allow no column list, so every UPDATE passes through; one that
-- changes none of the counted columns subtracts and adds the same figures.)
CREATE FUNCTION crm_followup_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE followup_task_days d SET due = d.due - o.due, completed = d.completed - o.completed,
               on_time = d.on_time - o.on_time, reached = d.reached - o.reached
          FROM (SELECT due_date, kind, COALESCE(completed_by, assigned_to, 0) AS agent_id, COUNT(*) AS due,
                       SUM(CASE WHEN status IN ('done', 'unreachable') THEN 1 ELSE 0 END) AS completed,
                       SUM(CASE WHEN status IN ('done', 'unreachable') AND completed_day <= due_date THEN 1 ELSE 0 END) AS on_time,
                       SUM(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END) AS reached
                  FROM old_rows WHERE status <> 'cancelled' GROUP BY 1, 2, 3) o
         WHERE d.due_date = o.due_date AND d.kind = o.kind AND d.agent_id = o.agent_id;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO followup_task_days AS d (due_date, kind, agent_id, due, completed, on_time, reached)
        SELECT due_date, kind, COALESCE(completed_by, assigned_to, 0), COUNT(*),
               SUM(CASE WHEN status IN ('done', 'unreachable') THEN 1 ELSE 0 END),
               SUM(CASE WHEN status IN ('done', 'unreachable') AND completed_day <= due_date THEN 1 ELSE 0 END),
               SUM(CASE WHEN outcome = 'reached' THEN 1 ELSE 0 END)
          FROM new_rows WHERE status <> 'cancelled' GROUP BY 1, 2, 3
        ON CONFLICT (due_date, kind, agent_id) DO UPDATE SET due = d.due + excluded.due, completed = d.completed + excluded.completed,
            on_time = d.on_time + excluded.on_time, reached = d.reached + excluded.reached;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER followup_tasks_days_insert AFTER INSERT ON followup_tasks
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_followup_days();
CREATE TRIGGER followup_tasks_days_update AFTER UPDATE ON followup_tasks
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_followup_days();
CREATE TRIGGER followup_tasks_days_delete AFTER DELETE ON followup_tasks
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_followup_days();
