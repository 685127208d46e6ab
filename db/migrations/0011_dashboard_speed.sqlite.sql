-- A visit dated in month V can change the churn rate of months V … V+N only (N = "lost after"),
-- and the return rates as of V or later.
CREATE TRIGGER service_visits_churn_insert AFTER INSERT ON service_visits BEGIN
    DELETE FROM churn_cohorts WHERE month >= substr(NEW.visit_date, 1, 7) || '-01';
    DELETE FROM return_rates WHERE as_of >= NEW.visit_date;
END;
CREATE TRIGGER service_visits_churn_update AFTER UPDATE OF vehicle_id, visit_date, kind, amount_fen, deleted_at ON service_visits BEGIN
    DELETE FROM churn_cohorts WHERE month >= substr(min(OLD.visit_date, NEW.visit_date), 1, 7) || '-01';
    DELETE FROM return_rates WHERE as_of >= min(OLD.visit_date, NEW.visit_date);
END;
CREATE TRIGGER service_visits_churn_delete AFTER DELETE ON service_visits BEGIN
    DELETE FROM churn_cohorts WHERE month >= substr(OLD.visit_date, 1, 7) || '-01';
    DELETE FROM return_rates WHERE as_of >= OLD.visit_date;
END;
-- Only active vehicles are counted, whatever the month: a status (or delivery date) change
-- touches every month.
CREATE TRIGGER vehicles_churn_update AFTER UPDATE OF status, deleted_at, delivery_date ON vehicles
    WHEN OLD.status IS NOT NEW.status OR OLD.deleted_at IS NOT NEW.deleted_at
      OR OLD.delivery_date IS NOT NEW.delivery_date BEGIN
    DELETE FROM churn_cohorts;
    DELETE FROM return_rates;
END;
CREATE TRIGGER vehicles_churn_delete AFTER DELETE ON vehicles BEGIN
    DELETE FROM churn_cohorts;
    DELETE FROM return_rates;
END;
-- A vehicle entered late (a DMS import of old deliveries) is due as of its delivery + 7 months.
CREATE TRIGGER vehicles_returns_insert AFTER INSERT ON vehicles WHEN NEW.delivery_date IS NOT NULL BEGIN
    DELETE FROM return_rates WHERE as_of >= NEW.delivery_date;
END;
