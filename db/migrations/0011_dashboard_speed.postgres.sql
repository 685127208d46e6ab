-- A visit dated in month V can change the churn rate of months V … V+N only (N = "lost after"),
-- and the return rates as of V or later.
-- Statement-level with transition tables, so a bulk load pays once per statement, not per row.
CREATE FUNCTION crm_churn_forget_visits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    earliest TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT MIN(visit_date) INTO earliest FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT MIN(visit_date) INTO earliest FROM old_rows;
    ELSE
        SELECT MIN(d) INTO earliest FROM (SELECT visit_date AS d FROM old_rows UNION ALL SELECT visit_date FROM new_rows) t;
    END IF;
    IF earliest IS NOT NULL THEN
        DELETE FROM churn_cohorts WHERE month >= substr(earliest, 1, 7) || '-01';
        DELETE FROM return_rates WHERE as_of >= earliest;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER service_visits_churn_insert AFTER INSERT ON service_visits
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_churn_forget_visits();
CREATE TRIGGER service_visits_churn_update AFTER UPDATE ON service_visits
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_churn_forget_visits();
CREATE TRIGGER service_visits_churn_delete AFTER DELETE ON service_visits
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_churn_forget_visits();

-- Only active vehicles are counted, whatever the month: a status (or delivery date) change
-- touches every month.
CREATE FUNCTION crm_churn_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM churn_cohorts;
    DELETE FROM return_rates;
    RETURN NULL;
END;
$$;
CREATE TRIGGER vehicles_churn_update AFTER UPDATE OF status, deleted_at, delivery_date ON vehicles FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
          OR OLD.delivery_date IS DISTINCT FROM NEW.delivery_date)
    EXECUTE FUNCTION crm_churn_forget_all();
CREATE TRIGGER vehicles_churn_delete AFTER DELETE ON vehicles FOR EACH STATEMENT EXECUTE FUNCTION crm_churn_forget_all();

-- A vehicle entered late (a DMS import of old deliveries) is due as of its delivery + 7 months.
CREATE FUNCTION crm_returns_forget_vehicles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM return_rates WHERE as_of >= (SELECT MIN(delivery_date) FROM new_rows);
    RETURN NULL;
END;
$$;
CREATE TRIGGER vehicles_returns_insert AFTER INSERT ON vehicles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_returns_forget_vehicles();
