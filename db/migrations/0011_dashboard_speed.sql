-- Dashboard speed (issue 8). The per-vehicle probes of the churn and return figures become
-- index-only: the indexes carry the columns the probes filter on (amount, kind, deleted_at).
DROP INDEX service_visits_vehicle;
DROP INDEX service_visits_date;
CREATE INDEX service_visits_vehicle ON service_visits(vehicle_id, visit_date, amount_fen, deleted_at);
CREATE INDEX service_visits_date ON service_visits(visit_date, vehicle_id, amount_fen, deleted_at);
CREATE INDEX service_visits_kind ON service_visits(vehicle_id, kind, visit_date, deleted_at);
DROP INDEX followup_calls_customer;
CREATE INDEX followup_calls_customer ON followup_calls(customer_id, called_at, outcome);
-- Members (FollowupService::isMemberSql) are built from this and customers_vip instead of probing every customer.
CREATE INDEX club_members_status ON club_members(status, customer_id);
-- The follow-up report (per type, per agent) reads only this index for a period's tasks.
DROP INDEX followup_tasks_due;
CREATE INDEX followup_tasks_due ON followup_tasks(due_date, kind, status, completed_day, outcome, completed_by, assigned_to);
-- The at-risk count (ChurnService::atRisk) is a range count on the last contact of the vehicles
-- still counted, instead of a scan of every vehicle.
CREATE INDEX vehicles_last_contact ON vehicles(COALESCE(last_paid_visit, delivery_date))
    WHERE status = 'active' AND deleted_at IS NULL;

-- The whole dealership's monthly churn cohort for months that have ended (ChurnService::cohort).
-- A closed month changes only when a visit dated in or before it is written, or a vehicle is
-- sold/scrapped/deleted (or its delivery date corrected): the triggers of the engine's file forget the rows such a write can
-- touch, and the next reader computes them again. `month` is the month M the rate is for.
CREATE TABLE churn_cohorts (
    month       TEXT NOT NULL,
    lost_months INTEGER NOT NULL,
    cohort      @BIGINT@ NOT NULL,
    churned     @BIGINT@ NOT NULL,
    computed_at TEXT NOT NULL,
    PRIMARY KEY (month, lost_months)
);

-- 首保/二保 return rates as of a day that has passed (ChurnService::returnRates). A visit dated V
-- can only change the figures as of V or later (the windows end before the as-of day).
CREATE TABLE return_rates (
    as_of           TEXT PRIMARY KEY,
    first_due       @BIGINT@ NOT NULL,
    first_returned  @BIGINT@ NOT NULL,
    second_due      @BIGINT@ NOT NULL,
    second_returned @BIGINT@ NOT NULL,
    computed_at     TEXT NOT NULL
);
