-- SQLite cannot change a CHECK: the table is rebuilt with the book's statuses (nothing refers
-- to its rows yet; the new tables that will are empty).
CREATE TABLE appointments_book (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    vehicle_id     INTEGER REFERENCES vehicles(id),
    call_id        INTEGER REFERENCES followup_calls(id),
    scheduled_at   TEXT NOT NULL,
    service_kind   TEXT NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'booked'
                   CHECK (status IN ('booked', 'confirmed', 'arrived', 'completed', 'no_show', 'cancelled', 'rescheduled')),
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    labour_minutes INTEGER NOT NULL DEFAULT 0,
    slot_minutes   INTEGER NOT NULL DEFAULT 60,
    advisor        TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT 'outbound_call',
    reason         TEXT NOT NULL DEFAULT '',
    overridden     INTEGER NOT NULL DEFAULT 0,
    rescheduled_to INTEGER REFERENCES appointments(id),
    visit_id       INTEGER REFERENCES service_visits(id),
    confirmed_at   TEXT,
    arrived_at     TEXT,
    updated_at     TEXT,
    updated_by     TEXT,
    version        INTEGER NOT NULL DEFAULT 1
);
INSERT INTO appointments_book(id, customer_id, vehicle_id, call_id, scheduled_at, service_kind, notes, status, created_by,
                              created_at, labour_minutes, slot_minutes, advisor, source, reason, overridden, version)
    SELECT id, customer_id, vehicle_id, call_id, scheduled_at, service_kind, notes,
           CASE status WHEN 'kept' THEN 'arrived' WHEN 'missed' THEN 'no_show' ELSE status END,
           created_by, created_at, labour_minutes, slot_minutes, advisor, source, reason, overridden, version
      FROM appointments;
DROP TABLE appointments;
ALTER TABLE appointments_book RENAME TO appointments;
CREATE INDEX appointments_customer ON appointments(customer_id, scheduled_at);
CREATE INDEX appointments_day ON appointments(scheduled_at);
CREATE INDEX appointments_vehicle ON appointments(vehicle_id, scheduled_at);
