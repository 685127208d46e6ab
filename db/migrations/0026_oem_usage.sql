-- The manufacturer's files (厂家数据交换) and the department's own use (系统使用监控).
--
-- A template says which data set goes to the manufacturer in which columns, codes and file
-- type; its watermark is the change time up to which its last incremental upload reached.
CREATE TABLE oem_templates (
    id           @ID@,
    name         TEXT NOT NULL,
    data_set     TEXT NOT NULL CHECK (data_set IN ('archive', 'followups', 'complaints', 'kpi', 'leads', 'club')),
    file_type    TEXT NOT NULL CHECK (file_type IN ('xlsx', 'csv_gb18030', 'csv_utf8')),
    file_pattern TEXT NOT NULL,
    columns_json TEXT NOT NULL,
    watermark    TEXT,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    deleted_at   TEXT
);
CREATE UNIQUE INDEX oem_templates_name ON oem_templates(name) WHERE deleted_at IS NULL;

-- Every generated file: the template as it was (so a past batch is rebuilt byte for byte), the
-- window or month, the rows as sent, and the file's SHA-256 — what the supervisor shows when
-- asked what was sent.
CREATE TABLE oem_batches (
    id            @ID@,
    template_id   @BIGINT@ NOT NULL REFERENCES oem_templates(id),
    template_json TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('changed', 'all', 'month')),
    since         TEXT,
    until         TEXT NOT NULL,
    period        TEXT NOT NULL DEFAULT '',
    row_count     INTEGER NOT NULL,
    file_name     TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    username      TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX oem_batches_template ON oem_batches(template_id, id);

CREATE TABLE oem_batch_rows (
    batch_id    @BIGINT@ NOT NULL REFERENCES oem_batches(id),
    line_no     INTEGER NOT NULL,
    customer_id @BIGINT@ REFERENCES customers(id),
    cells       TEXT NOT NULL,
    PRIMARY KEY (batch_id, line_no)
);
CREATE INDEX oem_batch_rows_customer ON oem_batch_rows(customer_id) WHERE customer_id IS NOT NULL;

-- "Changed since the last upload" reads these ranges instead of the whole archive.
CREATE INDEX customers_changed ON customers(updated_at);
CREATE INDEX vehicles_changed ON vehicles(updated_at, customer_id);
CREATE INDEX complaints_changed ON complaints(updated_at);
CREATE INDEX leads_changed ON leads(status_at);

-- When the call began, as the desk said (the log time is called_at): a call logged long after
-- it was placed is one of the usage report's anomalies. Older calls have none.
ALTER TABLE followup_calls ADD COLUMN started_at TEXT;
-- The usage report reads a period's calls from this index alone (counts per agent and hour, and
-- the timings its anomaly rules look at), and the tasks each person closed from the next.
CREATE INDEX followup_calls_usage ON followup_calls(called_at, agent_id, duration_sec, started_at);
CREATE INDEX followup_tasks_completed ON followup_tasks(completed_at, completed_by) WHERE completed_by IS NOT NULL;

-- One row per signed-in window: the desk it ran on, when it began and was last seen, and the
-- seconds with input while not locked (the idle lock's time is not active time).
CREATE TABLE desk_sessions (
    id             @ID@,
    user_id        @BIGINT@ NOT NULL REFERENCES users(id),
    desk           TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    last_seen_at   TEXT NOT NULL,
    ended_at       TEXT,
    active_seconds INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX desk_sessions_started ON desk_sessions(started_at, user_id);
CREATE INDEX desk_sessions_user ON desk_sessions(user_id, started_at);

-- The usage report groups a period's audit rows by person and action: a range on time.
CREATE INDEX audit_log_at ON audit_log(at, user_id, action);

-- The manufacturer's own satisfaction survey results (SSI/CSI/NPS), one row per survey they ran,
-- matched to our vehicle and customer; `source_key` (their survey number, or type + VIN + date)
-- makes a re-import add nothing. A low overall score opens a complaint draft once.
CREATE TABLE oem_survey_results (
    id           @ID@,
    source_key   TEXT NOT NULL UNIQUE,
    survey_type  TEXT NOT NULL,
    survey_date  TEXT NOT NULL,
    order_no     TEXT NOT NULL DEFAULT '',
    vin          TEXT NOT NULL,
    vehicle_id   @BIGINT@ NOT NULL REFERENCES vehicles(id),
    customer_id  @BIGINT@ NOT NULL REFERENCES customers(id),
    staff        TEXT NOT NULL DEFAULT '',
    overall      INTEGER NOT NULL CHECK (overall BETWEEN 0 AND 100),
    scores_json  TEXT NOT NULL DEFAULT '{}',
    verbatim     TEXT NOT NULL DEFAULT '',
    complaint_id @BIGINT@ REFERENCES complaints(id),
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL
);
CREATE INDEX oem_survey_results_date ON oem_survey_results(survey_date, staff, overall);
CREATE INDEX oem_survey_results_customer ON oem_survey_results(customer_id);

-- A ticket the manufacturer's hotline passed down becomes a complaint with their number and
-- their deadlines (kept beside ours: the case is answered to whichever comes first).
ALTER TABLE complaints ADD COLUMN oem_reply_due TEXT;
ALTER TABLE complaints ADD COLUMN oem_close_due TEXT;
CREATE INDEX complaints_oem_ticket ON complaints(oem_ticket) WHERE oem_ticket <> '';
