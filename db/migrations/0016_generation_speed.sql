-- Follow-up generation (issue 9): the maintenance rules project each vehicle's mileage from its
-- odometer readings, one probe per candidate vehicle (~700,000 at a million customers). This
-- partial index answers that probe from the index alone, without a table read per visit.
CREATE INDEX service_visits_readings ON service_visits(vehicle_id, visit_date, mileage_km)
    WHERE deleted_at IS NULL AND mileage_km > 0;
