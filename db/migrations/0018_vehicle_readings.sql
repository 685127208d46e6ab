-- Follow-up generation (issue 9: 19 s a day at a million customers, target 5 s). The maintenance
-- rules projected every vehicle's mileage from its visits each day (~650,000 vehicles, four index
-- probes each, rows fetched only to find the reminder on another day). Each vehicle now carries
-- what the projection reads, kept by triggers on service_visits (the engine files), so the rule
-- selects the vehicles whose reminder can fall on the day with one index range:
--   last_maintenance         the newest maintenance visit
--   first/last_reading_day   the first and last odometer reading (visits with mileage), and
--   first/last_reading_km    the km on that day (least on the first day, most on the last), which
--                            is what averageDailyKm reads of the sorted readings.
ALTER TABLE vehicles ADD COLUMN last_maintenance TEXT;
ALTER TABLE vehicles ADD COLUMN first_reading_day TEXT;
ALTER TABLE vehicles ADD COLUMN first_reading_km INTEGER;
ALTER TABLE vehicles ADD COLUMN last_reading_day TEXT;
ALTER TABLE vehicles ADD COLUMN last_reading_km INTEGER;
UPDATE vehicles SET last_maintenance = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.kind = 'maintenance' AND s.deleted_at IS NULL),
    first_reading_day = (SELECT MIN(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0),
    last_reading_day = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0);
UPDATE vehicles SET first_reading_km = (SELECT MIN(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.first_reading_day),
    last_reading_km = (SELECT MAX(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.last_reading_day) WHERE first_reading_day IS NOT NULL;
-- Carries what the routine rule's test reads, so only the vehicles that pass it are read.
CREATE INDEX vehicles_maintenance_due ON vehicles(last_maintenance, delivery_date, first_reading_day, last_reading_day,
    first_reading_km, last_reading_km) WHERE deleted_at IS NULL AND status = 'active';
-- Generation ends by expiring the open tasks whose window has closed: it read every open task.
CREATE INDEX followup_tasks_open_expiry ON followup_tasks(expires) WHERE status = 'open';
-- Insurance renewal reads the vehicles whose policy ends within the month, from the index alone.
DROP INDEX vehicles_insurance;
CREATE INDEX vehicles_insurance_due ON vehicles(insurance_expiry, customer_id) WHERE deleted_at IS NULL AND status = 'active';
