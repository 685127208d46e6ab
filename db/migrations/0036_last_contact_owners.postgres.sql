-- A win-back segment counts the owners of the vehicles whose last contact falls in the at-risk
-- range (CampaignSegment.cpp). Two things made PostgreSQL slow at it at a million customers:
-- the owner was not in vehicles_last_contact, so each of the ~257,000 vehicles' heap pages was
-- read; and a partial expression index gets no statistics for its expression, so the planner
-- guessed 5,800 vehicles, nested a loop into customers and sorted on disk (3.2-5.9 s). With the
-- owner in the index and statistics on the expression: 1.3-1.4 s (docs/performance.md, Session 31).
DROP INDEX vehicles_last_contact;
CREATE INDEX vehicles_last_contact ON vehicles(COALESCE(last_paid_visit, delivery_date))
    INCLUDE (last_paid_visit, delivery_date, customer_id) WHERE status = 'active' AND deleted_at IS NULL;
CREATE STATISTICS vehicles_last_contact_stats ON (COALESCE(last_paid_visit, delivery_date)) FROM vehicles;
ANALYZE vehicles;
