-- Satisfaction surveys (满意度调查): versioned templates, responses with their answers, and the
-- alerts that close the loop on unhappy answers.

-- A template is a family (code) in versions: a version that has responses is never edited in
-- place; saving it creates the next version, so answers always refer to the questions asked.
CREATE TABLE survey_templates (
    id         @ID@,
    code       TEXT NOT NULL,
    version    INTEGER NOT NULL,
    name       TEXT NOT NULL,
    purpose    TEXT NOT NULL CHECK (purpose IN ('sales', 'service', 'complaint', 'custom')),
    active     INTEGER NOT NULL DEFAULT 1,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE survey_questions (
    id          @ID@,
    template_id @BIGINT@ NOT NULL REFERENCES survey_templates(id),
    position    INTEGER NOT NULL,
    section     TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL CHECK (text <> ''),
    kind        TEXT NOT NULL CHECK (kind IN ('scale5', 'scale10', 'yesno', 'single', 'multi', 'text')),
    options     TEXT NOT NULL DEFAULT '',      -- single/multi choice: one option per line
    mandatory   INTEGER NOT NULL DEFAULT 1,
    factor      TEXT NOT NULL DEFAULT '',      -- index factor; empty: not in the index
    weight      DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (weight >= 0),
    is_nps      INTEGER NOT NULL DEFAULT 0,
    show_if_position INTEGER,                  -- shown only when the answer to that question …
    show_if_max      INTEGER,                  -- … is at most this score
    UNIQUE (template_id, position)
);

CREATE TABLE survey_responses (
    id          @ID@,
    template_id @BIGINT@ NOT NULL REFERENCES survey_templates(id),
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    vehicle_id  @BIGINT@ REFERENCES vehicles(id),
    staff       TEXT NOT NULL DEFAULT '',      -- the sales consultant or service advisor concerned
    task_id     @BIGINT@ REFERENCES followup_tasks(id),
    call_id     @BIGINT@ REFERENCES followup_calls(id),
    channel     TEXT NOT NULL CHECK (channel IN ('call', 'paper')),
    answered_at TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX survey_responses_date ON survey_responses(answered_at, template_id);
CREATE INDEX survey_responses_customer ON survey_responses(customer_id, answered_at);

CREATE TABLE survey_answers (
    response_id @BIGINT@ NOT NULL REFERENCES survey_responses(id),
    question_id @BIGINT@ NOT NULL REFERENCES survey_questions(id),
    score       INTEGER,                       -- scales; yes = 1, no = 0; the chosen option's index
    text        TEXT NOT NULL DEFAULT '',      -- free text; multi choice: the chosen options
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX survey_answers_question ON survey_answers(question_id, score);

-- One alert per unhappy response, open until someone resolves it with a comment.
CREATE TABLE survey_alerts (
    id           @ID@,
    response_id  @BIGINT@ NOT NULL UNIQUE REFERENCES survey_responses(id),
    reason       TEXT NOT NULL,
    complaint_id @BIGINT@ REFERENCES complaints(id),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    raised_at    TEXT NOT NULL,
    resolved_by  TEXT,
    resolved_at  TEXT,
    comment      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX survey_alerts_status ON survey_alerts(status, raised_at);

-- The templates a dealer starts from (J.D. Power-style factors; questions in Chinese because
-- they are read to customers). Weights per question; a factor weighs the sum of its questions.
INSERT INTO survey_templates(code, version, name, purpose, created_by, created_at) VALUES
    ('ssi', 1, '销售满意度（SSI）', 'sales', 'system', '2026-01-01T00:00:00Z'),
    ('csi', 1, '售后服务满意度（CSI）', 'service', 'system', '2026-01-01T00:00:00Z'),
    ('complaint', 1, '投诉处理满意度', 'complaint', 'system', '2026-01-01T00:00:00Z');

INSERT INTO survey_questions(template_id, position, section, text, kind, factor, weight, is_nps, show_if_position, show_if_max, mandatory)
SELECT t.id, q.position, q.section, q.text, q.kind, q.factor, q.weight, q.is_nps, q.show_if_position, q.show_if_max, q.mandatory
FROM survey_templates t JOIN (
    SELECT 'ssi' AS code, 1 AS position, '交车' AS section, '您对交车过程（车辆讲解、手续办理）的满意程度？' AS text, 'scale5' AS kind, 'delivery' AS factor, CAST(0.25 AS DOUBLE PRECISION) AS weight, 0 AS is_nps, CAST(NULL AS INTEGER) AS show_if_position, CAST(NULL AS INTEGER) AS show_if_max, 1 AS mandatory
    UNION ALL SELECT 'ssi', 2, '接待', '销售顾问主动接待、了解您需求的满意程度？', 'scale5', 'initiation', 0.15, 0, NULL, NULL, 1
    UNION ALL SELECT 'ssi', 3, '成交', '您对价格、金融方案和成交过程的满意程度？', 'scale5', 'deal', 0.2, 0, NULL, NULL, 1
    UNION ALL SELECT 'ssi', 4, '展厅', '您对展厅环境和设施的满意程度？', 'scale5', 'facility', 0.1, 0, NULL, NULL, 1
    UNION ALL SELECT 'ssi', 5, '销售顾问', '您对销售顾问的专业程度和服务态度的满意程度？', 'scale5', 'salesperson', 0.3, 0, NULL, NULL, 1
    UNION ALL SELECT 'ssi', 6, '推荐', '您有多大可能向亲友推荐本店？（0–10分）', 'scale10', '', 0, 1, NULL, NULL, 1
    UNION ALL SELECT 'ssi', 7, '意见', '哪里让您不满意？我们如何改进？', 'text', '', 0, 0, 5, 2, 0
    UNION ALL SELECT 'csi', 1, '预约接待', '预约和到店接待（服务启动）的满意程度？', 'scale5', 'initiation', 0.15, 0, NULL, NULL, 1
    UNION ALL SELECT 'csi', 2, '服务顾问', '服务顾问的专业程度和沟通的满意程度？', 'scale5', 'advisor', 0.25, 0, NULL, NULL, 1
    UNION ALL SELECT 'csi', 3, '设施', '客户休息区和服务设施的满意程度？', 'scale5', 'facility', 0.1, 0, NULL, NULL, 1
    UNION ALL SELECT 'csi', 4, '交车', '取车过程（按时交车、费用解释）的满意程度？', 'scale5', 'pickup', 0.2, 0, NULL, NULL, 1
    UNION ALL SELECT 'csi', 5, '维修质量', '维修保养质量（一次修复）的满意程度？', 'scale5', 'quality', 0.3, 0, NULL, NULL, 1
    UNION ALL SELECT 'csi', 6, '推荐', '您有多大可能向亲友推荐本店的售后服务？（0–10分）', 'scale10', '', 0, 1, NULL, NULL, 1
    UNION ALL SELECT 'csi', 7, '意见', '哪里让您不满意？我们如何改进？', 'text', '', 0, 0, 5, 2, 0
    UNION ALL SELECT 'complaint', 1, '处理', '您对投诉处理速度的满意程度？', 'scale5', 'speed', 0.3, 0, NULL, NULL, 1
    UNION ALL SELECT 'complaint', 2, '处理', '您对处理结果的满意程度？', 'scale5', 'result', 0.5, 0, NULL, NULL, 1
    UNION ALL SELECT 'complaint', 3, '处理', '您对处理人员态度的满意程度？', 'scale5', 'attitude', 0.2, 0, NULL, NULL, 1
    UNION ALL SELECT 'complaint', 4, '确认', '问题是否已彻底解决？', 'yesno', '', 0, 0, NULL, NULL, 1
) q ON q.code = t.code AND t.version = 1;
