-- The front desk (来电与预约): the service appointment book with workshop capacity, the lists
-- the desk chooses from, and inbound calls. The call desk's 预约到店 appointments (0006) become
-- this book's rows: one kind of appointment.

-- service_kind is the job type's code (frontdesk_lists, list 'job_type'); the rest is the book's.
ALTER TABLE appointments ADD COLUMN labour_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointments ADD COLUMN slot_minutes INTEGER NOT NULL DEFAULT 60;
ALTER TABLE appointments ADD COLUMN advisor TEXT NOT NULL DEFAULT '';
ALTER TABLE appointments ADD COLUMN source TEXT NOT NULL DEFAULT 'outbound_call';
ALTER TABLE appointments ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE appointments ADD COLUMN overridden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointments ADD COLUMN rescheduled_to @BIGINT@ REFERENCES appointments(id);
ALTER TABLE appointments ADD COLUMN visit_id @BIGINT@ REFERENCES service_visits(id);
ALTER TABLE appointments ADD COLUMN confirmed_at TEXT;
ALTER TABLE appointments ADD COLUMN arrived_at TEXT;
ALTER TABLE appointments ADD COLUMN updated_at TEXT;
ALTER TABLE appointments ADD COLUMN updated_by TEXT;
ALTER TABLE appointments ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Every change of an appointment, for its history on the card (the audit log keeps it too).
CREATE TABLE appointment_events (
    id             @ID@,
    appointment_id @BIGINT@ NOT NULL REFERENCES appointments(id),
    at             TEXT NOT NULL,
    by_name        TEXT NOT NULL,
    action         TEXT NOT NULL,
    status         TEXT NOT NULL,
    scheduled_at   TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointment_events_appointment ON appointment_events(appointment_id, id);

-- What the book holds per day (slot '') and per slot ('HH:mm'): changed only by conditional
-- UPDATEs (… WHERE booked < ?), so two desks taking the last place cannot both succeed.
CREATE TABLE appointment_load (
    day            TEXT NOT NULL,
    slot           TEXT NOT NULL,
    booked         INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
    labour_minutes INTEGER NOT NULL DEFAULT 0 CHECK (labour_minutes >= 0),
    PRIMARY KEY (day, slot)
);

-- The desk's configurable lists: job types (with expected labour), service advisors, the
-- purposes of an inbound call. Codes are kept; titles are what the desk reads.
CREATE TABLE frontdesk_lists (
    list     TEXT NOT NULL CHECK (list IN ('job_type', 'advisor', 'purpose')),
    code     TEXT NOT NULL,
    title    TEXT NOT NULL,
    minutes  INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    active   INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (list, code)
);
INSERT INTO frontdesk_lists(list, code, title, minutes, position) VALUES
    ('job_type', 'first_maintenance', '首保', 60, 1), ('job_type', 'maintenance', '保养', 90, 2),
    ('job_type', 'repair', '维修', 180, 3), ('job_type', 'body_paint', '钣喷', 480, 4),
    ('job_type', 'inspection', '检测', 60, 5), ('job_type', 'recall', '召回', 120, 6),
    ('job_type', 'insurance', '保险理赔', 120, 7), ('job_type', 'other', '其他', 60, 8),
    ('purpose', 'appointment', '预约', 0, 1), ('purpose', 'service_enquiry', '维修保养咨询', 0, 2),
    ('purpose', 'complaint', '投诉', 0, 3), ('purpose', 'parts', '配件', 0, 4),
    ('purpose', 'sales_enquiry', '购车咨询', 0, 5), ('purpose', 'club', '俱乐部', 0, 6),
    ('purpose', 'other', '其他', 0, 7);

CREATE TABLE inbound_calls (
    id             @ID@,
    customer_id    @BIGINT@ REFERENCES customers(id),
    number         TEXT NOT NULL DEFAULT '',
    purpose        TEXT NOT NULL,
    outcome        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    agent_id       @BIGINT@ REFERENCES users(id),
    called_at      TEXT NOT NULL,
    local_hour     INTEGER NOT NULL CHECK (local_hour BETWEEN 0 AND 23),
    task_id        @BIGINT@ REFERENCES followup_tasks(id),
    appointment_id @BIGINT@ REFERENCES appointments(id)
);
CREATE INDEX inbound_calls_customer ON inbound_calls(customer_id, called_at);
CREATE INDEX inbound_calls_at ON inbound_calls(called_at);

-- The confirmation call the day before an appointment and the rebook call after a no-show.
INSERT INTO followup_rules(kind, offset_days, due_days, expire_days, priority) VALUES
    ('appointment_confirm', 1, 0, 1, 1), ('appointment_rebook', 0, 2, 14, 1), ('callback', 0, 0, 2, 1);
INSERT INTO followup_scripts(kind, opening, questions, closing) VALUES
    ('appointment_confirm', '您好，请问是{称呼}吗？我是{店名}的客服专员，跟您确认一下{服务日}的进店预约。',
     '1. 预约的时间还方便吗？
2. 除了预约的项目，车辆还有其他需要检查的地方吗？
3. 需要我们提前准备配件或安排代步车吗？',
     '好的，我们已为您预留工位，{服务日}见，祝您生活愉快！'),
    ('appointment_rebook', '您好，请问是{称呼}吗？我是{店名}的客服专员，您预约的进店时间没有等到您，想跟您重新约一个时间。',
     '1. 是什么原因没能按时到店？
2. 您看哪天方便，我帮您重新预约？',
     '好的，已经为您重新安排，感谢您的配合，祝您生活愉快！'),
    ('callback', '您好，请问是{称呼}吗？我是{店名}的客服专员，您之前来电咨询的事情，现在给您回复。',
     '1. 您之前咨询的问题是否已经解决？
2. 还有其他需要我们帮忙的吗？',
     '感谢您的来电，祝您生活愉快！');

-- The load of the appointments already booked (0006 statuses: booked and kept hold a place).
INSERT INTO appointment_load(day, slot, booked, labour_minutes)
    SELECT substr(scheduled_at, 1, 10), substr(scheduled_at, 12, 5), count(*), 0 FROM appointments
     WHERE status IN ('booked', 'kept') GROUP BY substr(scheduled_at, 1, 10), substr(scheduled_at, 12, 5);
INSERT INTO appointment_load(day, slot, booked, labour_minutes)
    SELECT substr(scheduled_at, 1, 10), '', count(*), 0 FROM appointments
     WHERE status IN ('booked', 'kept') GROUP BY substr(scheduled_at, 1, 10);

-- Arrival matching looks a vehicle's appointments up around a visit day. (The statuses'
-- CHECK is replaced per engine: kept becomes arrived, missed no_show.)
CREATE INDEX appointments_vehicle ON appointments(vehicle_id, scheduled_at);
