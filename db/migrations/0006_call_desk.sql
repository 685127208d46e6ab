-- The call desk: rules managers edit, call scripts, calls with their feedback, appointments.

-- One row per task kind (core/FollowupRules.h, RuleSetting). The generator reads these; the
-- defaults below are the domain brief's.
CREATE TABLE followup_rules (
    kind        TEXT PRIMARY KEY,
    enabled     INTEGER NOT NULL DEFAULT 1,
    offset_days INTEGER NOT NULL CHECK (offset_days BETWEEN 0 AND 366),
    due_days    INTEGER NOT NULL CHECK (due_days BETWEEN 0 AND 366),
    expire_days INTEGER NOT NULL CHECK (expire_days BETWEEN 0 AND 366),
    priority    INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    updated_at  TEXT,
    updated_by  TEXT,
    CHECK (expire_days >= due_days)
);
INSERT INTO followup_rules(kind, offset_days, due_days, expire_days, priority) VALUES
    ('delivery_thanks', 1, 0, 2, 1), ('delivery_followup', 3, 0, 3, 2), ('sales_survey', 7, 0, 7, 2),
    ('delivery_usage', 30, 0, 7, 3), ('after_service', 1, 2, 14, 2), ('first_maintenance', 0, 7, 60, 1),
    ('routine_maintenance', 0, 7, 60, 2), ('insurance_renewal', 30, 7, 30, 2), ('birthday_care', 0, 0, 3, 3),
    ('win_back', 0, 7, 30, 2), ('complaint_return', 1, 2, 14, 1), ('member_care', 0, 14, 45, 2);

-- Maintenance limits per vehicle model; the row with model '' applies to every other model.
CREATE TABLE maintenance_limits (
    model          TEXT PRIMARY KEY,
    first_months   INTEGER NOT NULL CHECK (first_months BETWEEN 1 AND 60),
    first_km       INTEGER NOT NULL CHECK (first_km BETWEEN 500 AND 100000),
    routine_months INTEGER NOT NULL CHECK (routine_months BETWEEN 1 AND 60),
    routine_km     INTEGER NOT NULL CHECK (routine_km BETWEEN 500 AND 100000)
);
INSERT INTO maintenance_limits VALUES ('', 6, 5000, 12, 10000);

-- Call scripts (话术) per task kind, edited by managers. The shipped text is Chinese because
-- it is read aloud to customers; a dealer rewrites it in its own words.
CREATE TABLE followup_scripts (
    kind       TEXT PRIMARY KEY,
    opening    TEXT NOT NULL,
    questions  TEXT NOT NULL,
    closing    TEXT NOT NULL,
    updated_at TEXT,
    updated_by TEXT
);
INSERT INTO followup_scripts(kind, opening, questions, closing) VALUES
    ('delivery_thanks', '您好，请问是{客户}先生/女士吗？我是{店名}的客服专员，感谢您选择我们，恭喜您喜提爱车！',
     '1. 车辆使用是否顺利？
2. 交车时销售顾问是否为您详细讲解了车辆功能？
3. 还有什么需要我们帮助的吗？',
     '再次感谢您的信任，用车中有任何问题请随时致电我们。祝您用车愉快，再见！'),
    ('delivery_followup', '您好，{客户}先生/女士，我是{店名}的客服专员，耽误您两分钟做个回访。',
     '1. 新车使用这几天感觉如何？
2. 车载功能（导航、蓝牙、倒车影像）是否会用？
3. 是否已加入车主俱乐部？',
     '感谢您的配合，祝您生活愉快，再见！'),
    ('sales_survey', '您好，{客户}先生/女士，我是{店名}的客服专员，想请您对购车过程做一个满意度评价，大约三分钟。',
     '请按问卷逐题询问并记录评分。',
     '感谢您的宝贵意见，我们会持续改进。再见！'),
    ('delivery_usage', '您好，{客户}先生/女士，您的爱车已经使用一个月了，我是{店名}的客服专员。',
     '1. 这一个月用车有没有遇到问题？
2. 油耗/续航是否符合预期？
3. 提醒：首保为5000公里或6个月，以先到者为准。',
     '有任何问题欢迎随时联系我们，祝您用车愉快！'),
    ('after_service', '您好，{客户}先生/女士，我是{店名}的客服专员，您的车辆前几天在我店做了保养/维修，想了解一下您的感受。',
     '1. 车辆维修/保养后是否正常？
2. 服务顾问的接待是否满意？
3. 交车是否准时，费用解释是否清楚？',
     '感谢您的反馈，期待下次为您服务，再见！'),
    ('first_maintenance', '您好，{客户}先生/女士，我是{店名}的客服专员，提醒您爱车的首次保养时间快到了。',
     '1. 目前行驶里程大约多少公里？
2. 方便哪天来店？可以为您预约。',
     '已为您记录，到店前请带好行驶证和保养手册，谢谢！'),
    ('routine_maintenance', '您好，{客户}先生/女士，我是{店名}的客服专员，您的爱车快到定期保养的时间了。',
     '1. 目前行驶里程大约多少公里？
2. 是否需要为您预约保养？',
     '感谢接听，祝您行车平安！'),
    ('insurance_renewal', '您好，{客户}先生/女士，我是{店名}的客服专员，您爱车的保险即将到期。',
     '1. 今年是否考虑在我店续保？
2. 需要为您出一份报价吗？',
     '感谢接听，报价稍后发送给您，再见！'),
    ('birthday_care', '您好，{客户}先生/女士，我是{店名}的客服专员，今天是您的生日，我们全体员工祝您生日快乐！',
     '会员生日礼品可到店领取，是否需要为您预留？',
     '再次祝您生日快乐，万事如意！'),
    ('win_back', '您好，{客户}先生/女士，我是{店名}的客服专员，您有一段时间没来店了，想了解一下您的用车情况。',
     '1. 最近在哪里做保养？
2. 对我店的服务有什么意见或建议？
3. 目前有保养优惠活动，是否需要为您预约？',
     '感谢您的宝贵意见，期待再次为您服务！'),
    ('complaint_return', '您好，{客户}先生/女士，我是{店名}的客服专员，就您之前反映的问题做一个回访。',
     '1. 问题是否已经解决？
2. 对处理结果是否满意？',
     '感谢您的理解和支持，如有问题请随时联系我们。'),
    ('member_care', '您好，{客户}先生/女士，我是{店名}车主俱乐部的客服专员，做一个会员季度回访。',
     '1. 最近用车情况如何？
2. 是否了解本季度的会员活动和积分兑换？
3. 有没有朋友近期有购车意向？',
     '感谢您对俱乐部的支持，祝您生活愉快！');

-- Every call made on a task: the complete record the procedure asks for.
CREATE TABLE followup_calls (
    id            @ID@,
    task_id       @BIGINT@ NOT NULL REFERENCES followup_tasks(id),
    customer_id   @BIGINT@ NOT NULL REFERENCES customers(id),
    agent_id      @BIGINT@ REFERENCES users(id),
    called_at     TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number', 'refused', 'call_back')),
    duration_sec  INTEGER NOT NULL DEFAULT 0 CHECK (duration_sec >= 0),
    notes         TEXT NOT NULL DEFAULT '',
    next_action   TEXT NOT NULL DEFAULT '',
    callback_at   TEXT,
    quiet_hours   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX followup_calls_task ON followup_calls(task_id, called_at);
CREATE INDEX followup_calls_customer ON followup_calls(customer_id, called_at);
CREATE INDEX followup_calls_date ON followup_calls(called_at, outcome);

-- What the customer said, by category (needs, purchase intent, complaint, grievance).
CREATE TABLE call_feedback (
    id       @ID@,
    call_id  @BIGINT@ NOT NULL REFERENCES followup_calls(id),
    category TEXT NOT NULL CHECK (category IN ('needs', 'purchase_intent', 'complaint', 'grievance')),
    text     TEXT NOT NULL CHECK (text <> '')
);
CREATE INDEX call_feedback_call ON call_feedback(call_id);

-- Appointments booked on a call (or at the desk); shown on the customer's timeline.
CREATE TABLE appointments (
    id           @ID@,
    customer_id  @BIGINT@ NOT NULL REFERENCES customers(id),
    vehicle_id   @BIGINT@ REFERENCES vehicles(id),
    call_id      @BIGINT@ REFERENCES followup_calls(id),
    scheduled_at TEXT NOT NULL,
    service_kind TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'kept', 'missed', 'cancelled')),
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX appointments_customer ON appointments(customer_id, scheduled_at);
CREATE INDEX appointments_day ON appointments(scheduled_at);

-- Who closed a task, when, and how: the on-time rate compares the local day it was closed
-- with the due day; the reached rate counts the final outcome.
ALTER TABLE followup_tasks ADD COLUMN completed_at TEXT;
ALTER TABLE followup_tasks ADD COLUMN completed_day TEXT;
ALTER TABLE followup_tasks ADD COLUMN outcome TEXT;
ALTER TABLE followup_tasks ADD COLUMN completed_by @BIGINT@ REFERENCES users(id);
CREATE INDEX followup_tasks_assignee ON followup_tasks(assigned_to, status, due_date);
CREATE INDEX followup_tasks_due ON followup_tasks(due_date, kind);
