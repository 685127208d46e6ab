ALTER TABLE appointments DROP CONSTRAINT appointments_status_check;
UPDATE appointments SET status = CASE status WHEN 'kept' THEN 'arrived' WHEN 'missed' THEN 'no_show' ELSE status END;
ALTER TABLE appointments ADD CONSTRAINT appointments_status_check
    CHECK (status IN ('booked', 'confirmed', 'arrived', 'completed', 'no_show', 'cancelled', 'rescheduled'));
