-- Call scripts greet the customer by the known gender ({称呼}: 林女士, not 林先生/女士), and the
-- member-service reminder names the service day as seen from the day it is read ({服务日}: a
-- reminder worked a day late no longer says 明天 of a service that is today). Only the shipped
-- wording is rewritten; a script the manager has edited keeps its text.
UPDATE followup_scripts SET opening = REPLACE(opening, '{客户}先生/女士', '{称呼}');
UPDATE followup_scripts SET opening = REPLACE(opening, '明天的会员服务安排', '{服务日}的会员服务安排')
 WHERE kind = 'member_service';
