-- Keeps the vehicle's maintenance and odometer summary (0018 common part) true on every visit
-- write: both statements in each trigger are the backfill's, for the vehicles the row touches.
CREATE TRIGGER service_visits_readings_insert AFTER INSERT ON service_visits
    WHEN NEW.mileage_km > 0 OR NEW.kind = 'maintenance' BEGIN
    UPDATE vehicles SET last_maintenance = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.kind = 'maintenance' AND s.deleted_at IS NULL),
    first_reading_day = (SELECT MIN(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0),
    last_reading_day = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0)
    WHERE id = NEW.vehicle_id;
    UPDATE vehicles SET first_reading_km = (SELECT MIN(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.first_reading_day),
    last_reading_km = (SELECT MAX(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.last_reading_day)
    WHERE id = NEW.vehicle_id;
END;
CREATE TRIGGER service_visits_readings_update AFTER UPDATE OF vehicle_id, visit_date, kind, mileage_km, deleted_at ON service_visits BEGIN
    UPDATE vehicles SET last_maintenance = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.kind = 'maintenance' AND s.deleted_at IS NULL),
    first_reading_day = (SELECT MIN(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0),
    last_reading_day = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0)
    WHERE id IN (OLD.vehicle_id, NEW.vehicle_id);
    UPDATE vehicles SET first_reading_km = (SELECT MIN(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.first_reading_day),
    last_reading_km = (SELECT MAX(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.last_reading_day)
    WHERE id IN (OLD.vehicle_id, NEW.vehicle_id);
END;
CREATE TRIGGER service_visits_readings_delete AFTER DELETE ON service_visits BEGIN
    UPDATE vehicles SET last_maintenance = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.kind = 'maintenance' AND s.deleted_at IS NULL),
    first_reading_day = (SELECT MIN(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0),
    last_reading_day = (SELECT MAX(s.visit_date) FROM service_visits s
        WHERE s.vehicle_id = vehicles.id AND s.deleted_at IS NULL AND s.mileage_km > 0)
    WHERE id = OLD.vehicle_id;
    UPDATE vehicles SET first_reading_km = (SELECT MIN(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.first_reading_day),
    last_reading_km = (SELECT MAX(s.mileage_km) FROM service_visits s WHERE s.vehicle_id = vehicles.id
        AND s.deleted_at IS NULL AND s.mileage_km > 0 AND s.visit_date = vehicles.last_reading_day)
    WHERE id = OLD.vehicle_id;
END;
