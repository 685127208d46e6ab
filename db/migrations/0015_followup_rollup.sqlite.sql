CREATE TRIGGER followup_tasks_days_insert AFTER INSERT ON followup_tasks WHEN NEW.status <> 'cancelled' BEGIN
    INSERT INTO followup_task_days (due_date, kind, agent_id, due, completed, on_time, reached)
    VALUES (NEW.due_date, NEW.kind, COALESCE(NEW.completed_by, NEW.assigned_to, 0), 1,
            CASE WHEN NEW.status IN ('done', 'unreachable') THEN 1 ELSE 0 END,
            CASE WHEN NEW.status IN ('done', 'unreachable') AND NEW.completed_day <= NEW.due_date THEN 1 ELSE 0 END,
            CASE WHEN NEW.outcome = 'reached' THEN 1 ELSE 0 END)
    ON CONFLICT (due_date, kind, agent_id) DO UPDATE SET due = due + excluded.due, completed = completed + excluded.completed,
        on_time = on_time + excluded.on_time, reached = reached + excluded.reached;
END;
CREATE TRIGGER followup_tasks_days_update
    AFTER UPDATE OF due_date, kind, status, completed_day, completed_by, assigned_to, outcome ON followup_tasks BEGIN
    UPDATE followup_task_days SET due = due - 1,
        completed = completed - CASE WHEN OLD.status IN ('done', 'unreachable') THEN 1 ELSE 0 END,
        on_time = on_time - CASE WHEN OLD.status IN ('done', 'unreachable') AND OLD.completed_day <= OLD.due_date THEN 1 ELSE 0 END,
        reached = reached - CASE WHEN OLD.outcome = 'reached' THEN 1 ELSE 0 END
     WHERE OLD.status <> 'cancelled' AND due_date = OLD.due_date AND kind = OLD.kind
       AND agent_id = COALESCE(OLD.completed_by, OLD.assigned_to, 0);
    INSERT INTO followup_task_days (due_date, kind, agent_id, due, completed, on_time, reached)
    SELECT NEW.due_date, NEW.kind, COALESCE(NEW.completed_by, NEW.assigned_to, 0), 1,
           CASE WHEN NEW.status IN ('done', 'unreachable') THEN 1 ELSE 0 END,
           CASE WHEN NEW.status IN ('done', 'unreachable') AND NEW.completed_day <= NEW.due_date THEN 1 ELSE 0 END,
           CASE WHEN NEW.outcome = 'reached' THEN 1 ELSE 0 END
     WHERE NEW.status <> 'cancelled'
    ON CONFLICT (due_date, kind, agent_id) DO UPDATE SET due = due + excluded.due, completed = completed + excluded.completed,
        on_time = on_time + excluded.on_time, reached = reached + excluded.reached;
END;
CREATE TRIGGER followup_tasks_days_delete AFTER DELETE ON followup_tasks WHEN OLD.status <> 'cancelled' BEGIN
    UPDATE followup_task_days SET due = due - 1,
        completed = completed - CASE WHEN OLD.status IN ('done', 'unreachable') THEN 1 ELSE 0 END,
        on_time = on_time - CASE WHEN OLD.status IN ('done', 'unreachable') AND OLD.completed_day <= OLD.due_date THEN 1 ELSE 0 END,
        reached = reached - CASE WHEN OLD.outcome = 'reached' THEN 1 ELSE 0 END
     WHERE due_date = OLD.due_date AND kind = OLD.kind AND agent_id = COALESCE(OLD.completed_by, OLD.assigned_to, 0);
END;
