-- Keeps the vehicle's maintenance and odometer summary (0018 common part) true on every visit
-- write. Statement-level with transition tables: a bulk load recomputes each vehicle it touched
-- once per statement, with the backfill's two statements.
CREATE FUNCTION crm_vehicle_readings() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT vehicle_id) INTO ids FROM new_rows WHERE mileage_km > 0 OR kind = 'maintenance';
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT vehicle_id) INTO ids FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT vehicle_id) INTO ids FROM (SELECT vehicle_id FROM old_rows UNION SELECT vehicle_id FROM new_rows) t;
    END IF;
    IF ids IS NOT NULL THEN
        UPDATE vehicles SET last_maintenance = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.kind = 'maintenance' AND s.deleted_at IS NULL),
    first_reading_day = (SELECT MIN(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0),
    last_reading_day = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0)
        WHERE id = ANY(ids);
        UPDATE vehicles SET first_reading_km = (SELECT MIN(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.first_reading_day),
    last_reading_km = (SELECT MAX(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.last_reading_day)
        WHERE id = ANY(ids);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER service_visits_readings_insert AFTER INSERT ON service_visits
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_vehicle_readings();
CREATE TRIGGER service_visits_readings_update AFTER UPDATE ON service_visits
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_vehicle_readings();
CREATE TRIGGER service_visits_readings_delete AFTER DELETE ON service_visits
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_vehicle_readings();
