-- Campaigns, recalls and messages (服务营销活动、召回、短信). A campaign's list is fixed when it is
-- drawn (from a segment or the manufacturer's VIN list); each target becomes a call task of
-- kind 'campaign' (source key campaign:<campaign>:<target>) and answers with the campaign's
-- own response codes. Messages are one queue every module writes to.
CREATE TABLE campaigns (
    id             @ID@,
    name           TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL CHECK (kind IN ('service', 'recall', 'seasonal', 'event', 'win_back', 'custom')),
    code           TEXT NOT NULL DEFAULT '',
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL,
    owner          TEXT NOT NULL,
    script         TEXT NOT NULL DEFAULT '',
    responses      TEXT NOT NULL,
    message_template TEXT NOT NULL DEFAULT '',
    goal           INTEGER NOT NULL DEFAULT 0 CHECK (goal >= 0),
    segment        TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL CHECK (source IN ('segment', 'vin_list')),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- One row per customer (segment, key 'c:<id>') or per VIN of the file (key 'v:<VIN>'): the
-- unique key makes a second import of the same file add nothing.
CREATE TABLE campaign_targets (
    id             @ID@,
    campaign_id    @BIGINT@ NOT NULL REFERENCES campaigns(id),
    target_key     TEXT NOT NULL,
    customer_id    @BIGINT@ REFERENCES customers(id),
    vehicle_id     @BIGINT@ REFERENCES vehicles(id),
    vin            TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL CHECK (state IN ('target', 'excluded', 'not_found', 'vehicle_gone')),
    reason         TEXT NOT NULL DEFAULT '',
    line           INTEGER NOT NULL DEFAULT 0,
    extra          TEXT NOT NULL DEFAULT '',
    task_id        @BIGINT@ REFERENCES followup_tasks(id),
    response       TEXT,
    response_note  TEXT NOT NULL DEFAULT '',
    responded_at   TEXT,
    responded_by   TEXT,
    response_day   TEXT,
    appointment_id @BIGINT@ REFERENCES appointments(id),
    recall_state   TEXT NOT NULL DEFAULT 'open' CHECK (recall_state IN ('open', 'done_here', 'done_elsewhere', 'not_applicable')),
    recall_visit_id @BIGINT@ REFERENCES service_visits(id),
    created_at     TEXT NOT NULL,
    UNIQUE (campaign_id, target_key)
);
CREATE INDEX campaign_targets_customer ON campaign_targets(customer_id);
CREATE INDEX campaign_targets_task ON campaign_targets(task_id);
CREATE INDEX campaign_targets_state ON campaign_targets(campaign_id, state);

-- The provider's approved templates: our code, the provider's template code and signature, the
-- approved text with ${name} placeholders (checked before anything is sent).
CREATE TABLE message_templates (
    code          TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    purpose       TEXT NOT NULL CHECK (purpose IN ('marketing', 'reminder', 'service')),
    provider_code TEXT NOT NULL,
    sign_name     TEXT NOT NULL,
    body          TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
);

-- Every message, queued then sent once: idem_key is unique (a retry or a re-run queues nothing
-- twice), a message is taken queued → sending by a conditional UPDATE committed before the
-- provider is called, and one left 'sending' by a crash becomes 'unknown', never re-sent by itself.
CREATE TABLE messages (
    id            @ID@,
    idem_key      TEXT NOT NULL UNIQUE,
    customer_id   @BIGINT@ REFERENCES customers(id),
    mobile        TEXT NOT NULL,
    template_code TEXT NOT NULL REFERENCES message_templates(code),
    params        TEXT NOT NULL DEFAULT '',
    purpose       TEXT NOT NULL CHECK (purpose IN ('marketing', 'reminder', 'service')),
    source        TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'cancelled', 'unknown')),
    not_before    TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    request_id    TEXT NOT NULL DEFAULT '',
    biz_id        TEXT NOT NULL DEFAULT '',
    error_code    TEXT NOT NULL DEFAULT '',
    error_text    TEXT NOT NULL DEFAULT '',
    queued_at     TEXT NOT NULL,
    queued_by     TEXT NOT NULL,
    taken_at      TEXT,
    sent_at       TEXT,
    delivered_at  TEXT
);
CREATE INDEX messages_due ON messages(status, not_before);
CREATE INDEX messages_customer ON messages(customer_id, queued_at);

INSERT INTO followup_rules(kind, offset_days, due_days, expire_days, priority) VALUES ('campaign', 0, 14, 30, 2);
INSERT INTO message_templates(code, title, purpose, provider_code, sign_name, body, updated_at, updated_by) VALUES
    ('campaign_invite', '活动邀请', 'marketing', 'SMS_000000001', '4S店',
     '尊敬的${name}，${campaign}期间诚邀您回店，详询${phone}。回复TD退订', '2026-01-01T00:00:00Z', 'system'),
    ('appointment_reminder', '预约提醒', 'reminder', 'SMS_000000002', '4S店',
     '尊敬的${name}，您已预约${time}到店${job}，如需改期请致电${phone}。', '2026-01-01T00:00:00Z', 'system'),
    ('recall_notice', '召回通知', 'service', 'SMS_000000003', '4S店',
     '尊敬的${name}，您的车辆(${vin})在召回范围内，请致电${phone}预约免费检修。', '2026-01-01T00:00:00Z', 'system');
