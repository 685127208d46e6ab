-- Complaint tracking (投诉): numbered cases, the workflow's record, pauses, reminders, and the
-- holiday calendar deadlines are counted on.

-- Days that differ from "Monday to Friday": public holidays and make-up working days. The
-- program ships the published years (core/WorkCalendar.cpp); rows here are what an
-- administrator added or imported, and win over the shipped ones.
CREATE TABLE work_calendar (
    day        TEXT PRIMARY KEY,
    working    INTEGER NOT NULL CHECK (working IN (0, 1)),
    name       TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The serial of each month: incremented inside the registering transaction, so two desks can
-- never draw the same number, and a number once drawn is never drawn again.
CREATE TABLE complaint_serials (
    month TEXT PRIMARY KEY,
    last  INTEGER NOT NULL
);

CREATE TABLE complaints (
    id                  @ID@,
    number              TEXT NOT NULL UNIQUE,
    customer_id         @BIGINT@ NOT NULL REFERENCES customers(id),
    vehicle_id          @BIGINT@ REFERENCES vehicles(id),
    channel             TEXT NOT NULL CHECK (channel IN ('phone', 'walk_in', 'followup_call', 'oem_hotline', 'online', 'survey')),
    category            TEXT NOT NULL CHECK (category IN ('product_quality', 'repair_quality', 'service_attitude', 'price',
                                                          'delivery_paperwork', 'parts', 'other')),
    quality             INTEGER NOT NULL DEFAULT 0 CHECK (quality IN (0, 1)),
    level               TEXT NOT NULL CHECK (level IN ('normal', 'escalated', 'major')),
    oem_ticket          TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL CHECK (description <> ''),
    demand              TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'registered'
                        CHECK (status IN ('registered', 'investigating', 'proposed', 'approved', 'informed', 'closed', 'invalid')),
    department          TEXT NOT NULL DEFAULT '',
    responsible         TEXT NOT NULL DEFAULT '',
    assigned_to         @BIGINT@ REFERENCES users(id),
    root_cause          TEXT NOT NULL DEFAULT '',
    solution            TEXT NOT NULL DEFAULT '',
    compensation_fen    @BIGINT@ NOT NULL DEFAULT 0 CHECK (compensation_fen >= 0),
    customer_reply      TEXT NOT NULL DEFAULT '',
    accepted            INTEGER,
    invalid_reason      TEXT NOT NULL DEFAULT '',
    parent_id           @BIGINT@ REFERENCES complaints(id),
    call_id             @BIGINT@ REFERENCES followup_calls(id),
    registered_at       TEXT NOT NULL,
    responded_at        TEXT,
    reported_at         TEXT,
    closed_at           TEXT,
    paused_since        TEXT,
    extend_response_min INTEGER NOT NULL DEFAULT 0,
    extend_report_min   INTEGER NOT NULL DEFAULT 0,
    extend_close_min    INTEGER NOT NULL DEFAULT 0,
    version             INTEGER NOT NULL DEFAULT 1,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX complaints_status ON complaints(status, registered_at);
CREATE INDEX complaints_registered ON complaints(registered_at);
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_parent ON complaints(parent_id);

-- Every step of a case: who, when, what (the workflow's record), including 催办 reminders.
CREATE TABLE complaint_events (
    id           @ID@,
    complaint_id @BIGINT@ NOT NULL REFERENCES complaints(id),
    at           TEXT NOT NULL,
    username     TEXT NOT NULL,
    action       TEXT NOT NULL,
    from_status  TEXT NOT NULL DEFAULT '',
    to_status    TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaint_events_case ON complaint_events(complaint_id, at);

-- Time spent waiting on the customer: deadlines do not run.
CREATE TABLE complaint_pauses (
    id           @ID@,
    complaint_id @BIGINT@ NOT NULL REFERENCES complaints(id),
    from_at      TEXT NOT NULL,
    to_at        TEXT
);
CREATE INDEX complaint_pauses_case ON complaint_pauses(complaint_id);

-- One reminder per case, deadline and kind (warning at 80 %, overdue): raised once.
CREATE TABLE complaint_reminders (
    id           @ID@,
    complaint_id @BIGINT@ NOT NULL REFERENCES complaints(id),
    deadline     TEXT NOT NULL CHECK (deadline IN ('response', 'report', 'closure')),
    kind         TEXT NOT NULL CHECK (kind IN ('warning', 'overdue')),
    raised_at    TEXT NOT NULL,
    UNIQUE (complaint_id, deadline, kind)
);

-- Evidence attached to a case (photos, work orders, recordings): documents of the customer's
-- archive, linked here.
CREATE TABLE complaint_documents (
    complaint_id @BIGINT@ NOT NULL REFERENCES complaints(id),
    document_id  @BIGINT@ NOT NULL REFERENCES documents(id),
    PRIMARY KEY (complaint_id, document_id)
);
