-- Feedback to departments (客户反馈处理). What a customer says anywhere becomes an item with a
-- category; the category's routing rule proposes the department; the department answers and
-- records a result; an agent tells the customer (a 'feedback_inform' call task) and only then
-- is the item closed. Deadlines are computed once, at registration, on the category's clock
-- and stored, so the reports are plain SQL and a later change of hours moves no deadline.
CREATE TABLE departments (
    id          @ID@,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    head_id     @BIGINT@ REFERENCES users(id),
    active      INTEGER NOT NULL DEFAULT 1,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE department_members (
    department_id @BIGINT@ NOT NULL REFERENCES departments(id),
    user_id       @BIGINT@ NOT NULL REFERENCES users(id),
    PRIMARY KEY (department_id, user_id)
);
CREATE INDEX department_members_user ON department_members(user_id);

-- Names are stored in the source language and shown translated until a manager renames them.
INSERT INTO departments(code, name, position) VALUES
    ('sales', 'Sales', 1), ('service', 'After-sales service', 2), ('parts', 'Parts', 3),
    ('finance', 'Finance', 4), ('marketing', 'Marketing', 5), ('club', 'Owners'' club', 6),
    ('customer_relations', 'Customer relations', 7);

-- The category's routing rule (department), its two limits in hours on its clock (the brief's
-- defaults: first answer within one working day, resolution within three — 9 and 27 hours of the
-- store's 08:30–17:30 day), and whether
-- the customer is told the result (praise is passed on, not answered back).
CREATE TABLE feedback_categories (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    department_id @BIGINT@ REFERENCES departments(id),
    answer_hours  INTEGER NOT NULL CHECK (answer_hours > 0),
    resolve_hours INTEGER NOT NULL CHECK (resolve_hours > 0),
    clock         TEXT NOT NULL DEFAULT 'store_hours' CHECK (clock IN ('calendar_hours', 'working_days', 'store_hours')),
    inform        INTEGER NOT NULL DEFAULT 1,
    active        INTEGER NOT NULL DEFAULT 1,
    position      INTEGER NOT NULL DEFAULT 0
);
INSERT INTO feedback_categories(code, name, department_id, answer_hours, resolve_hours, inform, position) VALUES
    ('need', 'Need', (SELECT id FROM departments WHERE code = 'service'), 9, 27, 1, 1),
    ('purchase_intent', 'Purchase intent', (SELECT id FROM departments WHERE code = 'sales'), 9, 27, 1, 2),
    ('suggestion', 'Suggestion', (SELECT id FROM departments WHERE code = 'customer_relations'), 9, 27, 1, 3),
    ('praise', 'Praise', (SELECT id FROM departments WHERE code = 'service'), 9, 27, 0, 4),
    ('enquiry', 'Enquiry', (SELECT id FROM departments WHERE code = 'customer_relations'), 9, 27, 1, 5),
    ('grievance', 'Grievance', (SELECT id FROM departments WHERE code = 'customer_relations'), 9, 27, 1, 6);

CREATE TABLE feedback_items (
    id              @ID@,
    customer_id     @BIGINT@ NOT NULL REFERENCES customers(id),
    vehicle_id      @BIGINT@ REFERENCES vehicles(id),
    category        TEXT NOT NULL REFERENCES feedback_categories(code),
    text            TEXT NOT NULL CHECK (text <> ''),
    source          TEXT NOT NULL CHECK (source IN ('outbound_call', 'inbound_call', 'survey', 'club', 'card', 'legacy')),
    source_id       @BIGINT@,
    call_id         @BIGINT@ REFERENCES followup_calls(id),
    department_id   @BIGINT@ REFERENCES departments(id),
    owner_id        @BIGINT@ REFERENCES users(id),
    taken_by        @BIGINT@ REFERENCES users(id),
    praised         TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('open', 'answered', 'informing', 'closed', 'unreachable', 'converted')),
    clock           TEXT NOT NULL DEFAULT 'store_hours',
    received_at     TEXT NOT NULL,
    answer_warn_at  TEXT,
    answer_due_at   TEXT,
    resolve_warn_at TEXT,
    resolve_due_at  TEXT,
    answered_at     TEXT,
    answer          TEXT NOT NULL DEFAULT '',
    resolved_at     TEXT,
    result          TEXT NOT NULL DEFAULT '',
    work_minutes    INTEGER,
    inform_task_id  @BIGINT@ REFERENCES followup_tasks(id),
    closed_at       TEXT,
    complaint_id    @BIGINT@ REFERENCES complaints(id),
    lead_id         @BIGINT@ REFERENCES leads(id),
    version         INTEGER NOT NULL DEFAULT 1
);
-- Praise per person: a partial index, so the planner never takes it for the report's scan.
CREATE INDEX feedback_items_praise ON feedback_items(received_at, praised) WHERE category = 'praise';
-- The open items, newest first: a few hundred among hundreds of thousands, found without a scan
-- (the lists write the predicate exactly so).
CREATE INDEX feedback_items_open ON feedback_items(id) WHERE status IN ('open', 'answered', 'informing');
CREATE INDEX feedback_items_customer ON feedback_items(customer_id);
-- The department report reads only this index (a year is one range scan, no table rows).
CREATE INDEX feedback_items_report ON feedback_items(received_at, department_id, category, status, answered_at,
    answer_due_at, resolved_at, resolve_due_at, work_minutes);
CREATE INDEX feedback_items_department ON feedback_items(department_id, status, received_at);
CREATE INDEX feedback_items_owner ON feedback_items(owner_id, status);
CREATE INDEX feedback_items_status ON feedback_items(status, resolve_warn_at);
CREATE INDEX feedback_items_call ON feedback_items(call_id);
CREATE INDEX feedback_items_task ON feedback_items(inform_task_id);

-- Routing, answers, reminders, the result, the informing call: the item's history.
CREATE TABLE feedback_events (
    id       @ID@,
    item_id  @BIGINT@ NOT NULL REFERENCES feedback_items(id),
    at       TEXT NOT NULL,
    username TEXT NOT NULL,
    action   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX feedback_events_item ON feedback_events(item_id, at);

-- One reminder per item, deadline and kind (warning at 80 %, overdue): raised once.
CREATE TABLE feedback_reminders (
    id        @ID@,
    item_id   @BIGINT@ NOT NULL REFERENCES feedback_items(id),
    deadline  TEXT NOT NULL CHECK (deadline IN ('answer', 'resolve')),
    kind      TEXT NOT NULL CHECK (kind IN ('warning', 'overdue')),
    raised_at TEXT NOT NULL,
    UNIQUE (item_id, deadline, kind)
);

-- What calls recorded before routing existed is kept as closed items of the same categories
-- (needs → need, complaint → grievance), so the customer's history and the category counts
-- stay whole; they have no department and no deadlines, and no report of a department counts them.
INSERT INTO feedback_items(customer_id, category, text, source, source_id, call_id, status, clock, received_at, closed_at)
SELECT c.customer_id,
       CASE f.category WHEN 'needs' THEN 'need' WHEN 'complaint' THEN 'grievance' ELSE f.category END,
       f.text, 'legacy', f.id, f.call_id, 'closed', 'store_hours', c.called_at, c.called_at
FROM call_feedback f JOIN followup_calls c ON c.id = f.call_id;

INSERT INTO followup_rules(kind, offset_days, due_days, expire_days, priority) VALUES ('feedback_inform', 0, 1, 7, 1);
INSERT INTO followup_scripts(kind, opening, questions, closing) VALUES
    ('feedback_inform', '您好，请问是{称呼}吗？我是{店名}的客服专员，您之前反映的问题，相关部门已经处理，现在向您反馈结果。',
     '1. 处理结果（见通话页上的反馈结果）是否清楚？
2. 您对处理结果是否满意？
3. 还有其他需要我们帮助的吗？',
     '感谢您的反馈，我们会继续改进，祝您生活愉快！');

-- The calls' feedback lives in feedback_items from now on (call_id links the call).
DROP TABLE call_feedback;
