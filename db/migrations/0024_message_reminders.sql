-- Messages beside the follow-up calls (issue 24): a maintenance, insurance or birthday message
-- when the rule's task is raised, for the rules the setting messages.reminder_kinds names.
INSERT INTO message_templates(code, title, purpose, provider_code, sign_name, body, updated_at, updated_by) VALUES
    ('maintenance_reminder', '保养提醒', 'reminder', 'SMS_000000004', '4S店',
     '尊敬的${name}，您的爱车${plate}即将到保养时间，请于${date}前致电${phone}预约。', '2026-01-01T00:00:00Z', 'system'),
    ('insurance_reminder', '续保提醒', 'reminder', 'SMS_000000005', '4S店',
     '尊敬的${name}，您的爱车${plate}的保险将于近期到期，续保请致电${phone}。', '2026-01-01T00:00:00Z', 'system'),
    ('birthday_greeting', '生日祝福', 'marketing', 'SMS_000000006', '4S店',
     '尊敬的${name}，祝您生日快乐！${dealer}全体员工敬上。回复TD退订', '2026-01-01T00:00:00Z', 'system');
