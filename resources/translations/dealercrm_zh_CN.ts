<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>SQLite 文件，或 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>文件|地址</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Backed up the database before upgrading it: %1</source>
        <translation>升级前已备份数据库：%1</translation>
    </message>
    <message>
        <source>Create or upgrade the database schema.</source>
        <translation>创建或升级数据库结构。</translation>
    </message>
    <message>
        <source>Applying migration %1 of %2: %3</source>
        <translation>正在执行迁移 %1/%2：%3</translation>
    </message>
    <message>
        <source>Schema version %1 (was %2).</source>
        <translation>结构版本 %1（原为 %2）。</translation>
    </message>
    <message>
        <source>add | list | passwd | disable | enable</source>
        <translation>add | list | passwd | disable | enable（添加｜列出｜改密码｜停用｜启用）</translation>
    </message>
    <message>
        <source>The account to act on.</source>
        <translation>要操作的账户。</translation>
    </message>
    <message>
        <source>The person&apos;s name (add).</source>
        <translation>姓名（添加时）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>agent | archivist | club | manager | admin (add).</source>
        <translation>agent | archivist | club | manager | admin（添加时）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The password; without it, one line is read from standard input.</source>
        <translation>密码；不给出时从标准输入读取一行。</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Manage user accounts.</source>
        <translation>管理用户账户。</translation>
    </message>
    <message>
        <source>users: say what to do: add, list, passwd, disable or enable.</source>
        <translation>users：请指明操作：add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>users %1: give the user name.</source>
        <translation>users %1：请给出用户名。</translation>
    </message>
    <message>
        <source>users add: --role must be one of agent, archivist, club, manager, admin.</source>
        <translation>users add：--role 必须是 agent、archivist、club、manager、admin 之一。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>users add: the first account of a database must be an admin.</source>
        <translation>users add：数据库的第一个账户必须是管理员（admin）。</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>users: unknown action &quot;%1&quot;; use add, list, passwd, disable or enable.</source>
        <translation>users：未知操作“%1”；请用 add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>Demo data: one user per role and a few hundred customers (needs an empty database).</source>
        <translation>演示数据：每个角色一个用户，以及几百位客户（需要空数据库）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同种子生成相同数据。</translation>
    </message>
    <message>
        <source>Fill the database with demo or synthetic data.</source>
        <translation>向数据库填入演示数据或合成数据。</translation>
    </message>
    <message>
        <source>seed: give either --demo or --customers N.</source>
        <translation>seed：请给出 --demo 或 --customers N 之一。</translation>
    </message>
    <message>
        <source>seed: --seed must be a whole number.</source>
        <translation>seed：--seed 必须是整数。</translation>
    </message>
    <message>
        <source>Demo data written to %1. Sign in as admin / demo-admin (see the README for the other roles).</source>
        <translation>演示数据已写入 %1。请用 admin / demo-admin 登录（其他角色见 README）。</translation>
    </message>
    <message>
        <source>seed: --customers must be a positive whole number.</source>
        <translation>seed：--customers 必须是正整数。</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 / %2 位客户</translation>
    </message>
    <message>
        <source>Check the schema version and the database&apos;s integrity or connectivity.</source>
        <translation>检查结构版本，以及数据库的完整性或连接。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>quick_check: %1</source>
        <translation>快速检查（quick_check）：%1</translation>
    </message>
    <message>
        <source>the database file is damaged; restore a backup.</source>
        <translation>数据库文件已损坏；请恢复备份。</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message>
        <source>the database is newer than this program; install the newer DealerCRM.</source>
        <translation>数据库比本程序新；请安装较新的 DealerCRM。</translation>
    </message>
    <message>
        <source>the schema is out of date; run dealercrm-cli migrate.</source>
        <translation>数据库结构已过时；请运行 dealercrm-cli migrate。</translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist).</source>
        <translation>副本写到哪里（文件不能已存在）。</translation>
    </message>
    <message>
        <source>Write a consistent copy of a live SQLite database.</source>
        <translation>为正在使用的 SQLite 数据库写一份一致的副本。</translation>
    </message>
    <message>
        <source>backup: give the file to write.</source>
        <translation>backup：请给出要写入的文件。</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source>no command given.
</source>
        <translation>未给出命令。
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.
</source>
        <translation>未知命令“%1”。
</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers（客户）</translation>
    </message>
    <message>
        <source>CSV (UTF-8 or GB18030) or XLSX with Chinese or English headers.</source>
        <translation>CSV（UTF-8 或 GB18030）或 XLSX，表头可为中文或英文。</translation>
    </message>
    <message>
        <source>Write the rejected rows, with line and reason, to this CSV file.</source>
        <translation>把被拒绝的行连同行号和原因写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import customers, vehicles and service visits.</source>
        <translation>导入客户、车辆和维修保养记录。</translation>
    </message>
    <message>
        <source>import: use: import customers FILE [--report REJECTS.csv]</source>
        <translation>import：用法：import customers 文件 [--report 拒绝行.csv]</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.xlsx</source>
        <translation>文件.csv 或 文件.xlsx</translation>
    </message>
    <message>
        <source>Export the customer archives.</source>
        <translation>导出客户档案。</translation>
    </message>
    <message>
        <source>export: use: export customers FILE.csv|FILE.xlsx</source>
        <translation>export：用法：export customers 文件.csv|文件.xlsx</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已导出 %1 位客户到 %2。</translation>
    </message>
    <message>
        <source>Name or part of it, pinyin initials, mobile or its last 4, plate, VIN or any tail of it (6 or more characters).</source>
        <translation>姓名或其中一部分、拼音首字母、手机号或尾号 4 位、车牌、车架号或其末尾任意 6 位以上。</translation>
    </message>
    <message>
        <source>At most N results.</source>
        <translation>最多 N 条结果。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Find customers.</source>
        <translation>查找客户。</translation>
    </message>
    <message>
        <source>search: give the text to search for.</source>
        <translation>search：请给出要查找的内容。</translation>
    </message>
    <message>
        <source>The month to report, YYYY-MM.</source>
        <translation>统计月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Group by model or advisor.</source>
        <translation>按车型或服务顾问分组。</translation>
    </message>
    <message>
        <source>Churn: vehicle states and the monthly cohort churn rate.</source>
        <translation>流失：车辆状态与月度同批流失率。</translation>
    </message>
    <message>
        <source>churn: give --month YYYY-MM.</source>
        <translation>churn：请给出 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>churn: --by is model or advisor.</source>
        <translation>churn：--by 只能是 model 或 advisor。</translation>
    </message>
    <message>
        <source>Vehicles on %1: active %2, at risk %3, lost %4, excluded (sold/scrapped/moved) %5</source>
        <translation>%1 的车辆：活跃 %2，有流失风险 %3，已流失 %4，不计入（已售/报废/迁出）%5</translation>
    </message>
    <message>
        <source>%1cohort %2, churned %3, churn rate %4 %</source>
        <translation>%1同批 %2 辆，流失 %3 辆，流失率 %4 %</translation>
    </message>
    <message>
        <source>generate</source>
        <translation>generate（生成）</translation>
    </message>
    <message>
        <source>Generate as of this day (default: today), YYYY-MM-DD.</source>
        <translation>按此日期生成（默认今天），格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Follow-up calls: generate today&apos;s tasks from the rules (for a nightly job).</source>
        <translation>回访：按规则生成当天的回访任务（供每晚定时运行）。</translation>
    </message>
    <message>
        <source>followups: use: followups generate [--date YYYY-MM-DD]</source>
        <translation>followups：用法：followups generate [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>followups: --date must be YYYY-MM-DD.</source>
        <translation>followups：--date 必须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>created %1 tasks for %2 (%3); skipped: %4 opted out, %5 without marketing consent, %6 surveyed recently</source>
        <translation>为 %2 生成了 %1 个任务（%3）；跳过：%4 个已拒绝联系，%5 个无营销授权，%6 个近期已做过调查</translation>
    </message>
    <message>
        <source>register | overdue</source>
        <translation>register | overdue</translation>
    </message>
    <message>
        <source>register: the month of registration, YYYY-MM.</source>
        <translation>register：登记月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>register: the file to write (.xlsx or .csv).</source>
        <translation>register：输出文件（.xlsx 或 .csv）。</translation>
    </message>
    <message>
        <source>overdue: one JSON object per line.</source>
        <translation>overdue：每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Complaints: the monthly register, and the overdue chase for a nightly job.</source>
        <translation>投诉：月度登记表，以及供夜间任务使用的逾期催办。</translation>
    </message>
    <message>
        <source>complaints: use: complaints register --month YYYY-MM --out FILE.(xlsx|csv)</source>
        <translation>complaints：用法：complaints register --month YYYY-MM --out 文件.(xlsx|csv)</translation>
    </message>
    <message>
        <source>%1: %2 complaints, %3 closed (%4 on time), %5 open → %6</source>
        <translation>%1：投诉 %2 件，已结案 %3 件（按时 %4 件），未结案 %5 件 → %6</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) need attention; %1 new reminder(s) raised.</source>
        <translation>
            <numerusform>%n 件投诉需关注；新催办 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>complaints: use: complaints register --month YYYY-MM --out FILE | complaints overdue [--json]</source>
        <translation>complaints：用法：complaints register --month YYYY-MM --out 文件 | complaints overdue [--json]</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>scores</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>开始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>结束日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>advisor (service), consultant (sales), model, question, template, month, week.</source>
        <translation>advisor（服务顾问）、consultant（销售顾问）、model、question、template、month、week。</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Satisfaction surveys: index (of 1000), NPS and CSAT for a period.</source>
        <translation>满意度调查：某期间的满意度指数（千分制）、NPS 和 CSAT。</translation>
    </message>
    <message>
        <source>surveys: use: surveys scores --from YYYY-MM-DD --to YYYY-MM-DD [--by advisor|consultant|model|question] [--json]</source>
        <translation>surveys：用法：surveys scores --from YYYY-MM-DD --to YYYY-MM-DD [--by advisor|consultant|model|question] [--json]</translation>
    </message>
    <message>
        <source>%1: %2 responses, index %3, NPS %4, CSAT %5 %</source>
        <translation>%1：答卷 %2 份，指数 %3，NPS %4，CSAT %5%</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>statement CARD | expire</source>
        <translation>statement 卡号 | expire</translation>
    </message>
    <message>
        <source>statement: one JSON object per ledger line.</source>
        <translation>statement：每条积分流水输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>expire: the day to run for (default today).</source>
        <translation>expire：按哪一天运行（默认今天）。</translation>
    </message>
    <message>
        <source>Owners&apos; club: a member&apos;s statement, and the nightly run (expiry, birthday points, tier review).</source>
        <translation>车主俱乐部：会员积分对账单，以及每晚运行的任务（积分过期、生日积分、等级复核）。</translation>
    </message>
    <message>
        <source>%1 · card %2 · %3 · %4 points available</source>
        <translation>%1 · 卡号 %2 · %3 · 可用积分 %4</translation>
    </message>
    <message>
        <source>club: --date must be YYYY-MM-DD.</source>
        <translation>club：--date 必须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: %2 points expired, %3 birthday award(s), %4 tier change(s).</source>
        <translation>%1：过期积分 %2，发放生日积分 %3 人次，等级变更 %4 次。</translation>
    </message>
    <message>
        <source>club: use: club statement CARD [--json] | club expire [--date YYYY-MM-DD]</source>
        <translation>club：用法：club statement 卡号 [--json] | club expire [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>import FILE</source>
        <translation>import 文件</translation>
    </message>
    <message>
        <source>The sales consultant for rows that name none.</source>
        <translation>未写明销售顾问的行分配给此顾问。</translation>
    </message>
    <message>
        <source>Leads: import a web platform&apos;s export (CSV or XLSX with a header row).</source>
        <translation>线索：导入网络平台的导出文件（带表头的 CSV 或 XLSX）。</translation>
    </message>
    <message>
        <source>leads: use: leads import FILE.csv|FILE.xlsx [--consultant NAME]</source>
        <translation>leads：用法：leads import 文件.csv|文件.xlsx [--consultant 姓名]</translation>
    </message>
    <message>
        <source>The week (2026-W47) or month (2026-10); the last whole one when left out.</source>
        <translation>周（2026-W47）或月（2026-10）；省略时为上一个完整的周或月。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .xlsx.</source>
        <translation>要写入的文件：.pdf 或 .xlsx。</translation>
    </message>
    <message>
        <source>The weekly or monthly report (KPIs, charts, complaints, follow-ups, club) as PDF or XLSX.</source>
        <translation>周报或月报（KPI、图表、投诉、回访、俱乐部），输出为 PDF 或 XLSX。</translation>
    </message>
    <message>
        <source>report: use: report weekly|monthly --period 2026-W47|2026-10 --out FILE.(pdf|xlsx)</source>
        <translation>report：用法：report weekly|monthly --period 2026-W47|2026-10 --out 文件.(pdf|xlsx)</translation>
    </message>
    <message>
        <source>report: “%1” is not a %2 period (e.g. %3).</source>
        <translation>report：“%1”不是 %2 的期间（例如 %3）。</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) → %4</source>
        <translation>%1（%2 至 %3）→ %4</translation>
    </message>
    <message>
        <source>Generate N customers with vehicles, service history, follow-ups, club members and complaints.</source>
        <translation>生成 N 个客户及其车辆、维修保养记录、回访、俱乐部会员和投诉。</translation>
    </message>
    <message>
        <source>follow-ups: %1 of %2 service visits</source>
        <translation>回访：已处理 %2 条进厂记录中的 %1 条</translation>
    </message>
    <message>
        <source>Generated %1 customers in %2 s, then %3 rows of desk activity (follow-ups, club, complaints) in %4 s.</source>
        <translation>已在 %2 秒内生成 %1 个客户，随后在 %4 秒内生成 %3 行业务记录（回访、俱乐部、投诉）。</translation>
    </message>
    <message>
        <source>The backup file (from backup or the scheduled backups).</source>
        <translation>备份文件（来自 backup 命令或定时备份）。</translation>
    </message>
    <message>
        <source>The new database file to restore into (must not exist).</source>
        <translation>恢复到的新数据库文件（不能已存在）。</translation>
    </message>
    <message>
        <source>Restore a SQLite backup into a new database file, after checking its integrity and schema version.</source>
        <translation>检查完整性和结构版本后，把 SQLite 备份恢复到新的数据库文件。</translation>
    </message>
    <message>
        <source>restore: give the backup file and the new database file.</source>
        <translation>restore：请给出备份文件和新的数据库文件。</translation>
    </message>
    <message>
        <source>Restored %1 into %2 (schema version %3). Open it with --database %2.</source>
        <translation>已把 %1 恢复到 %2（结构版本 %3）。用 --database %2 打开。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) added, %1 already there, %2 rejected.</source>
        <translation>
            <numerusform>新增 %n 条线索，已存在 %1 条，拒绝 %2 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>list | close-day</source>
        <translation>list | close-day</translation>
    </message>
    <message>
        <source>The day (default: today), YYYY-MM-DD.</source>
        <translation>日期（默认今天），YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>list: one JSON object per appointment.</source>
        <translation>list：每个预约输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The service appointment book: a day&apos;s appointments, or the nightly close of a day.</source>
        <translation>维修保养预约簿：列出某天的预约，或夜间日结。</translation>
    </message>
    <message>
        <source>appointments: use: appointments list [--date YYYY-MM-DD] [--json] | appointments close-day [--date YYYY-MM-DD]</source>
        <translation>appointments：用法：appointments list [--date YYYY-MM-DD] [--json] | appointments close-day [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>appointments: --date must be YYYY-MM-DD.</source>
        <translation>appointments：--date 须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>import-vins FILE | results NAME</source>
        <translation>import-vins 文件 | results 名称</translation>
    </message>
    <message>
        <source>import-vins: the campaign the list is for.</source>
        <translation>import-vins：清单所属的营销活动。</translation>
    </message>
    <message>
        <source>results: one JSON object.</source>
        <translation>results：输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Campaigns: import the manufacturer&apos;s VIN list into a campaign, or print its results.</source>
        <translation>营销活动：把厂家的 VIN 清单导入活动，或打印活动结果。</translation>
    </message>
    <message>
        <source>campaigns: use: campaigns import-vins FILE --campaign NAME | campaigns results NAME [--json]</source>
        <translation>campaigns：用法：campaigns import-vins 文件 --campaign 名称 | campaigns results 名称 [--json]</translation>
    </message>
    <message>
        <source>found %1, not found %2, excluded %3, rejected %4</source>
        <translation>找到 %1，未找到 %2，排除 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>%1: targeted %2, called %3, reached %4, accepted %5, booked %6, arrived %7, came for service %8 (%9 yuan)</source>
        <translation>%1：目标 %2，已呼 %3，接通 %4，接受 %5，预约 %6，到店 %7，回厂 %8（%9 元）</translation>
    </message>
    <message>
        <source>recall: %1 listed, %2 done here, %3 done elsewhere, %4 not applicable, %5 open, completion %6 %</source>
        <translation>召回：清单 %1，本店完成 %2，他店完成 %3，不适用 %4，未完成 %5，完成率 %6 %</translation>
    </message>
    <message>
        <source>send-due | receipts</source>
        <translation>send-due | receipts（发送到期短信｜读取回执）</translation>
    </message>
    <message>
        <source>Messages: send the queued messages that are due (in the allowed hours), or read receipts.</source>
        <translation>短信：在允许的时段发送到期的排队短信，或读取回执。</translation>
    </message>
    <message>
        <source>messages: use: messages send-due | messages receipts</source>
        <translation>messages：用法：messages send-due | messages receipts</translation>
    </message>
    <message>
        <source>messages: no provider account on this machine (%1); enter it in the program under Campaigns, Messages, Provider account.</source>
        <translation>messages：本机没有短信服务商账号（%1）；请在程序的“营销活动 → 短信 → 服务商账号”中填写。</translation>
    </message>
    <message>
        <source>messages: unknown provider &quot;%1&quot;.</source>
        <translation>messages：未知的服务商“%1”。</translation>
    </message>
    <message>
        <source>%1 receipt(s) recorded</source>
        <translation>已记录 %1 条回执</translation>
    </message>
    <message>
        <source>sent %1, rejected %2, still queued %3, cancelled %4, unknown %5</source>
        <translation>已发送 %1，被拒 %2，仍在排队 %3，已取消 %4，状态未知 %5</translation>
    </message>
    <message>
        <source>%1: %2 arrival(s) matched to service visits, %3 no-show(s) with a rebook call, %4 confirmation call(s) raised, %5 reminder message(s) queued</source>
        <translation>%1：%2 个预约与进厂记录匹配，%3 个爽约（已生成重新预约电话），生成 %4 个确认电话，排队 %5 条提醒短信</translation>
    </message>
    <message>
        <source>overdue | report</source>
        <translation>overdue | report（催办｜月报）</translation>
    </message>
    <message>
        <source>report: the month the items were received, YYYY-MM.</source>
        <translation>report：反馈收到的月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>overdue: one JSON object per line; report: one JSON object.</source>
        <translation>overdue：每行一个 JSON 对象；report：输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Feedback to departments: the overdue chase for a nightly job, and the month&apos;s report.</source>
        <translation>客户反馈处理：夜间任务的超期催办，以及月度报表。</translation>
    </message>
    <message>
        <source>feedback: use: feedback overdue [--json] | feedback report --month YYYY-MM [--json]</source>
        <translation>feedback：用法：feedback overdue [--json] | feedback report --month YYYY-MM [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention; %1 new reminder(s) raised.</source>
        <translation>
            <numerusform>%n 条反馈需要关注；新发出 %1 条催办。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  received  answered on time  resolved on time  average h  open  overdue</source>
        <translation>%1  收到  按时答复  按时解决  平均工时  未结  超期</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export：要写入的文件。</translation>
    </message>
    <message>
        <source>export: what is new or changed since the template&apos;s last upload (the default).</source>
        <translation>export：该模板上次上传以来新增或变更的数据（默认）。</translation>
    </message>
    <message>
        <source>export: everything.</source>
        <translation>export：全部数据。</translation>
    </message>
    <message>
        <source>export: the month of a KPI pack or club report, YYYY-MM.</source>
        <translation>export：KPI 月报或俱乐部月报的月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s uploads: the templates, and a file made from one.</source>
        <translation>厂家数据上传：列出模板，或按模板生成文件。</translation>
    </message>
    <message>
        <source>no upload template named %1 (dealercrm-cli oem templates lists them).</source>
        <translation>没有名为 %1 的上传模板（dealercrm-cli oem templates 可列出全部模板）。</translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %n row(s) written to %2, SHA-256 %3</source>
        <translation>
            <numerusform>批次 %1：已写入 %n 行到 %2，SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>The first day, YYYY-MM-DD.</source>
        <translation>起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The department&apos;s own use: per person, the anomalies, the inactive accounts.</source>
        <translation>部门系统使用情况：按人员统计、异常情况、闲置账号。</translation>
    </message>
    <message>
        <source>usage: use: usage report --from YYYY-MM-DD --to YYYY-MM-DD [--json]</source>
        <translation>usage：用法：usage report --from YYYY-MM-DD --to YYYY-MM-DD [--json]</translation>
    </message>
    <message>
        <source>%1  %2  sign-ins %3, active %4 h, calls %5 (%6 short), tasks closed %7, created %8, edited %9, exports %10 (%11 rows), reveals %12</source>
        <translation>%1  %2  登录 %3 次，活跃 %4 小时，通话 %5 次（短通话 %6 次），完成任务 %7 个，新建 %8，修改 %9，导出 %10 次（%11 行），查看号码 %12 次</translation>
    </message>
    <message>
        <source>! %1  %2  %3: %4</source>
        <translation>! %1  %2  %3：%4</translation>
    </message>
    <message numerus="yes">
        <source>inactive  %1 (%2): %n day(s) without a sign-in</source>
        <translation>
            <numerusform>闲置  %1（%2）：已 %n 天未登录</numerusform>
        </translation>
    </message>
    <message>
        <source>templates | export TEMPLATE | import surveys|complaints FILE</source>
        <translation>templates | export 模板 | import surveys|complaints 文件</translation>
    </message>
    <message>
        <source>import: write the rejected and not-found rows, with their reasons, to this CSV file.</source>
        <translation>import：把被拒收和未找到的行连同原因写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>oem: use: oem templates | oem export TEMPLATE --out FILE [--since-last|--all|--month YYYY-MM] | oem import surveys|complaints FILE [--report REJECTS.csv]</source>
        <translation>oem：用法：oem templates | oem export 模板 --out 文件 [--since-last|--all|--month YYYY-MM] | oem import surveys|complaints 文件 [--report 拒收.csv]</translation>
    </message>
    <message>
        <source>imported %1, matched %2, not found %3, rejected %4</source>
        <translation>已导入 %1，已匹配 %2，未找到 %3，拒收 %4</translation>
    </message>
    <message>
        <source>The login role the desks connect as (created, or its password set, and granted the program&apos;s tables). Its password is read from standard input.</source>
        <translation>各工作台登录所用的角色（不存在则创建，存在则重设密码，并授予本程序各表的权限）。密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Prepare a PostgreSQL database for several desks. Run as the owner that created the database and ran migrate.</source>
        <translation>为多工作台共用准备 PostgreSQL 数据库。请以创建数据库并执行过 migrate 的属主身份运行。</translation>
    </message>
    <message>
        <source>setup-server: name the desks&apos; role with --desk-role NAME.</source>
        <translation>setup-server：请用 --desk-role 名称 指定工作台角色。</translation>
    </message>
    <message>
        <source>Password for the role %1: </source>
        <translation>角色 %1 的密码：</translation>
    </message>
    <message>
        <source>The role %1 can now sign in and work with the program&apos;s tables, and nothing more (no schema changes, the audit log read and appended only). Desks connect with --database postgresql://%1@%2:%3/%4?sslmode=verify-full&amp;sslrootcert=CA.pem; migrate keeps granting it new tables.</source>
        <translation>角色 %1 现在可以登录并读写本程序的各表，除此之外什么也不能做（不能改数据库结构，审计日志只能读取和追加）。工作台用 --database postgresql://%1@%2:%3/%4?sslmode=verify-full&amp;sslrootcert=CA.pem 连接；之后每次 migrate 都会把新表授权给它。</translation>
    </message>
    <message>
        <source>List the sessions connected to the PostgreSQL database now: program, user and desk.</source>
        <translation>列出当前连接到 PostgreSQL 数据库的会话：程序、用户和工作台。</translation>
    </message>
    <message>
        <source>desks: a SQLite file has no server sessions; the usage report shows the desks&apos; sessions.</source>
        <translation>desks：SQLite 文件没有服务器会话；工作台的使用会话请看使用情况报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the database without writing: the way to back up a file on a network share, which is refused otherwise.</source>
        <translation>只读打开数据库：用于备份位于网络共享上的文件（否则会被拒绝打开）。</translation>
    </message>
    <message>
        <source>erase: why (e.g. the customer&apos;s request of a date); kept in the audit log.</source>
        <translation>erase：原因（例如客户某日的申请）；记入审计日志。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>requests: only those not answered yet.</source>
        <translation>requests：只列出尚未答复的。</translation>
    </message>
    <message>
        <source>Personal data: erase a customer, list the requests of data subjects.</source>
        <translation>个人信息：删除客户的个人信息，列出个人信息权利请求。</translation>
    </message>
    <message>
        <source>privacy erase: CUSTOMER_ID is the customer&apos;s number (a whole number).</source>
        <translation>privacy erase：客户编号是客户的编号（整数）。</translation>
    </message>
    <message>
        <source>Customer %1&apos;s personal data is erased; the audit log records who, when and why.</source>
        <translation>客户 %1 的个人信息已删除；审计日志记录了由谁、何时、为何删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n 项请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>retention: erase what the policy reaches (a nightly job; only when the policy says it may).</source>
        <translation>retention：删除保存期限策略所涉及的数据（夜间任务；仅在策略允许自动删除时执行）。</translation>
    </message>
    <message>
        <source>Retention: %1 customers erased, %2 leads erased, %3 call notes cleared.</source>
        <translation>保存期限：删除客户 %1 位、线索 %2 条，清除通话备注 %3 条。</translation>
    </message>
    <message>
        <source>Customers with nothing since %1: %2. Leads never converted since %3: %4. Call notes before %5: %6.</source>
        <translation>自 %1 以来无任何往来的客户：%2 位。自 %3 以来未转化的线索：%4 条。%5 以前的通话备注：%6 条。</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n customer(s) again that the erasure ledger lists (the database was restored from a backup).</source>
        <translation>
            <numerusform>已按删除台账再次删除 %n 位客户（数据库是从备份恢复的）。</numerusform>
        </translation>
    </message>
    <message>
        <source>erase CUSTOMER_ID | requests | retention | verify-audit</source>
        <translation>erase 客户编号 | requests | retention | verify-audit</translation>
    </message>
    <message>
        <source>requests, retention, verify-audit: JSON.</source>
        <translation>requests、retention、verify-audit：输出 JSON。</translation>
    </message>
    <message>
        <source>privacy: use: privacy erase CUSTOMER_ID --reason TEXT | privacy requests [--open] [--json] | privacy retention [--json] [--apply] | privacy verify-audit [--json]</source>
        <translation>privacy：用法：privacy erase 客户编号 --reason 原因 | privacy requests [--open] [--json] | privacy retention [--json] [--apply] | privacy verify-audit [--json]</translation>
    </message>
    <message>
        <source>The audit log is whole: %1 entries, %2 chained, %3 of the last minute not chained yet, %4 skipped by the chain.</source>
        <translation>审计日志完整：共 %1 条，已入哈希链 %2 条，最近一分钟内尚未入链 %3 条，链外 %4 条。</translation>
    </message>
    <message>
        <source>The audit log was changed: entry %1 no longer matches its hash; %2 chained entries are gone from the log.</source>
        <translation>审计日志被改动过：第 %1 条与其哈希不符；哈希链中有 %2 条在日志里已不存在。</translation>
    </message>
    <message>
        <source>nightly: takes no arguments.</source>
        <translation>nightly：不接受参数。</translation>
    </message>
    <message>
        <source>nightly: %1 failed (exit code %2); the other jobs still run.</source>
        <translation>nightly：%1 失败（退出码 %2）；其他任务照常运行。</translation>
    </message>
    <message>
        <source>messages send-due: skipped, no provider account on this machine (%1).</source>
        <translation>messages send-due：已跳过，本机没有短信服务商账号（%1）。</translation>
    </message>
    <message>
        <source>privacy retention: nothing to do today (the policy does not erase by itself, or it ran today).</source>
        <translation>privacy retention：今天无需处理（保存期限规定不自动删除，或今天已运行过）。</translation>
    </message>
    <message numerus="yes">
        <source>nightly: %n job(s) failed: %1</source>
        <translation>
            <numerusform>nightly：%n 项任务失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>nightly: every job done.</source>
        <translation>nightly：所有任务已完成。</translation>
    </message>
    <message>
        <source>Last upgraded by DealerCRM %1; this is DealerCRM %2.</source>
        <translation>最近一次由 DealerCRM %1 升级；本程序为 DealerCRM %2。</translation>
    </message>
    <message>
        <source>Usage: dealercrm-cli [--database FILE|URL] COMMAND [options]
Commands:
  migrate   create or upgrade the schema
  users     add | list | passwd | disable | enable
  seed      --demo | --customers N [--seed S]
  check     schema version and integrity / connectivity
  backup    FILE [--read-only]: consistent copy of a live SQLite database
  restore   BACKUP NEWFILE: checked copy of a backup into a new database file
  import    customers FILE [--report REJECTS.csv]
  export    customers FILE.csv|FILE.xlsx
  search    TEXT [--limit N] [--json]
  churn     --month YYYY-MM [--by model|advisor] [--json]
  followups generate [--date YYYY-MM-DD]
  appointments list [--date YYYY-MM-DD] [--json] | close-day [--date YYYY-MM-DD]
  campaigns import-vins FILE --campaign NAME | results NAME [--json]
  messages  send-due | receipts
  complaints register --month YYYY-MM --out FILE | overdue [--json]
  feedback  overdue [--json] | report --month YYYY-MM [--json]
  surveys   scores --from DATE --to DATE [--by advisor|consultant|model|question] [--json]
  club      statement CARD [--json] | expire [--date YYYY-MM-DD]
  leads     import FILE.csv|FILE.xlsx [--consultant NAME]
  report    weekly|monthly --period 2026-W47|2026-10 --out FILE.pdf|FILE.xlsx
            | board  (counts the board&apos;s kept figures; nightly)
  oem       templates | export TEMPLATE --out FILE [--since-last|--all|--month YYYY-MM]
            | import surveys|complaints FILE [--report REJECTS.csv]
  usage     report --from DATE --to DATE [--json]
  setup-server --desk-role NAME: PostgreSQL login role for the desks (password on stdin)
  desks     [--json]: who is connected to the PostgreSQL database now
  privacy   erase CUSTOMER_ID --reason TEXT | requests [--open] [--json] | retention [--json] [--apply]
            | verify-audit [--json]
  nightly   every nightly job in order (what the packaged timer runs)
Every command takes --help.</source>
        <translation>用法：dealercrm-cli [--database 文件|URL] 命令 [选项]
命令：
  migrate   创建或升级数据库结构
  users     add | list | passwd | disable | enable
  seed      --demo | --customers N [--seed S]
  check     结构版本与完整性 / 连接检查
  backup    文件 [--read-only]：在线 SQLite 数据库的一致性副本
  restore   BACKUP NEWFILE：检查后把备份恢复为新的数据库文件
  import    customers 文件 [--report 拒绝行.csv]
  export    customers 文件.csv|文件.xlsx
  search    文本 [--limit N] [--json]
  churn     --month YYYY-MM [--by model|advisor] [--json]
  followups generate [--date YYYY-MM-DD]
  appointments list [--date YYYY-MM-DD] [--json] | close-day [--date YYYY-MM-DD]
  campaigns import-vins 文件 --campaign 名称 | results 名称 [--json]
  messages  send-due | receipts
  complaints register --month YYYY-MM --out 文件 | overdue [--json]
  feedback  overdue [--json] | report --month YYYY-MM [--json]
  surveys   scores --from 日期 --to 日期 [--by advisor|consultant|model|question] [--json]
  club      statement 卡号 [--json] | expire [--date YYYY-MM-DD]
  leads     import 文件.csv|文件.xlsx [--consultant 姓名]
  report    weekly|monthly --period 2026-W47|2026-10 --out 文件.pdf|文件.xlsx
            | board  (计算看板为已结束时段保存的数字；夜间任务)
  oem       templates | export 模板 --out 文件 [--since-last|--all|--month YYYY-MM]
            | import surveys|complaints 文件 [--report 拒绝行.csv]
  usage     report --from 日期 --to 日期 [--json]
  setup-server --desk-role 名称：为各工作台创建 PostgreSQL 登录角色（密码从标准输入读取）
  desks     [--json]：当前连接到 PostgreSQL 数据库的有哪些
  privacy   erase 客户编号 --reason 原因 | requests [--open] [--json] | retention [--json] [--apply]
            | verify-audit [--json]
  nightly   按顺序运行每项夜间任务（安装包的定时器运行的就是它）
每个命令都支持 --help。</translation>
    </message>
    <message>
        <source>Every nightly job in order: appointments close-day, followups generate, complaints overdue, feedback overdue, club expire, report board, messages send-due (when this machine has the provider account), privacy retention (when the policy erases by itself). A job that fails is reported and the others still run; the exit code is 1 then.</source>
        <translation>按顺序运行全部夜间任务：预约日结（appointments close-day）、生成回访任务（followups generate）、投诉催办（complaints overdue）、反馈催办（feedback overdue）、积分到期（club expire）、看板数字（report board）、发送待发短信（messages send-due，仅当本机有短信服务账号时）、个人信息保留期清理（privacy retention，仅当策略设为自动删除时）。某项任务失败会报告，其余任务照常运行；此时退出码为 1。</translation>
    </message>
    <message>
        <source>report board: this month&apos;s and this week&apos;s boards counted, with their trends (%1 s).</source>
        <translation>report board：已计算本月和本周的看板及其趋势（%1 秒）。</translation>
    </message>
    <message>
        <source>weekly | monthly | board</source>
        <translation>weekly | monthly | board</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 138 1234 5678</source>
        <translation>例如 138 1234 5678</translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation>其他电话(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;VIP customer</source>
        <translation>VIP 客户(&amp;V)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to DealerCRM</source>
        <translation>登录 DealerCRM</translation>
    </message>
    <message>
        <source>&lt;h2&gt;DealerCRM&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;DealerCRM 客户关系管理&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Database error code: %1</source>
        <translation>数据库错误代码：%1</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. zhangsan</source>
        <translation>例如 zhangsan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>确认密码(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>&amp;VIN:</source>
        <translation>车架号(&amp;V)：</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 位</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 粤A12345 or 粤AD12345</source>
        <translation>例如 粤A12345 或 粤AD12345</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>车型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Trim:</source>
        <translation>配置(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;urchase date:</source>
        <translation>购车日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>交车日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sales consultant:</source>
        <translation>销售顾问(&amp;S)：</translation>
    </message>
    <message>
        <source>Mi&amp;leage (km):</source>
        <translation>里程（公里）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Insurance expiry:</source>
        <translation>保险到期(&amp;I)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why the vehicle is no longer in service</source>
        <translation>车辆不再在用的原因</translation>
    </message>
</context>
<context>
    <name>crm::AuditText</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Refused (no permission)</source>
        <translation>拒绝（无权限）</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password rehashed</source>
        <translation>密码重新哈希</translation>
    </message>
    <message>
        <source>Generated data</source>
        <translation>生成数据</translation>
    </message>
    <message>
        <source>Mobile revealed</source>
        <translation>查看完整手机号</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>车辆过户</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>撤回授权</translation>
    </message>
    <message>
        <source>Opted out of calls</source>
        <translation>登记拒访</translation>
    </message>
    <message>
        <source>Copy of personal data given</source>
        <translation>提供个人信息副本</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Tasks generated</source>
        <translation>生成回访任务</translation>
    </message>
    <message>
        <source>Task taken</source>
        <translation>领取任务</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>登记通话</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Registration withdrawn</source>
        <translation>撤销报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Moved on a step</source>
        <translation>推进一步</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Investigation recorded</source>
        <translation>登记调查处理</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>提出处理方案</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>告知客户</translation>
    </message>
    <message>
        <source>Accepted by the customer</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Not accepted by the customer</source>
        <translation>客户不接受</translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation>判定不成立</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>发卡</translation>
    </message>
    <message>
        <source>Card reported lost</source>
        <translation>会员卡挂失</translation>
    </message>
    <message>
        <source>Card reissued</source>
        <translation>会员卡补办</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <source>Gift redeemed</source>
        <translation>兑换礼品</translation>
    </message>
    <message>
        <source>Gift handed over</source>
        <translation>礼品发放</translation>
    </message>
    <message>
        <source>Stock changed</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Service visit</source>
        <translation>维修保养记录</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <source>Follow-up rule</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>回访报表</translation>
    </message>
    <message>
        <source>Maintenance intervals</source>
        <translation>保养间隔</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Survey template</source>
        <translation>问卷模板</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>问卷答卷</translation>
    </message>
    <message>
        <source>Survey alert</source>
        <translation>问卷预警</translation>
    </message>
    <message>
        <source>Survey scores</source>
        <translation>满意度得分</translation>
    </message>
    <message>
        <source>Club member</source>
        <translation>俱乐部会员</translation>
    </message>
    <message>
        <source>Club card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Points ledger</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Gift order</source>
        <translation>礼品兑换单</translation>
    </message>
    <message>
        <source>Club activity</source>
        <translation>会员活动</translation>
    </message>
    <message>
        <source>Member service</source>
        <translation>会员服务</translation>
    </message>
    <message>
        <source>Car or driver</source>
        <translation>替换车或司机</translation>
    </message>
    <message>
        <source>Club report</source>
        <translation>俱乐部报表</translation>
    </message>
    <message>
        <source>Sales lead</source>
        <translation>销售线索</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Booked past capacity</source>
        <translation>超容量预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改约</translation>
    </message>
    <message>
        <source>Day closed</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Front desk list</source>
        <translation>前台列表</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Distributed</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Answer recorded</source>
        <translation>记录应答</translation>
    </message>
    <message>
        <source>Recall state</source>
        <translation>召回状态</translation>
    </message>
    <message>
        <source>Message queued</source>
        <translation>短信排队</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>短信发送</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign list entry</source>
        <translation>活动名单条目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>短信模板</translation>
    </message>
    <message>
        <source>List re-evaluated</source>
        <translation>名单重新评估</translation>
    </message>
    <message>
        <source>Routed to a department</source>
        <translation>转交部门</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Handed to the complaint desk</source>
        <translation>转为投诉</translation>
    </message>
    <message>
        <source>Handed to sales as a lead</source>
        <translation>转为销售线索</translation>
    </message>
    <message>
        <source>Customer told the result</source>
        <translation>已向客户反馈结果</translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation>未联系上客户</translation>
    </message>
    <message>
        <source>Feedback item</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Feedback category</source>
        <translation>反馈类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Upload template</source>
        <translation>上传模板</translation>
    </message>
    <message>
        <source>Upload to the manufacturer</source>
        <translation>向厂家上传</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>系统使用报告</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s survey results</source>
        <translation>厂家满意度调查结果</translation>
    </message>
    <message>
        <source>Personal-data request</source>
        <translation>个人信息权利请求</translation>
    </message>
    <message>
        <source>Erased past its retention</source>
        <translation>超过保存期限已删除</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访通话</translation>
    </message>
</context>
<context>
    <name>crm::Mobile</name>
    <message>
        <source>The mobile number is empty.</source>
        <translation>手机号为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mainland China number (country code +%2).</source>
        <translation>“%1”不是中国大陆号码（国家代码 +%2）。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; &quot;%1&quot; has %2.</source>
        <translation>手机号应为 11 位；“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13–19; &quot;%1&quot; does not.</source>
        <translation>手机号以 13–19 开头；“%1”不是。</translation>
    </message>
    <message>
        <source>%1 is not an allocated mobile number range.</source>
        <translation>%1 不属于已分配的手机号段。</translation>
    </message>
</context>
<context>
    <name>crm::Plate</name>
    <message>
        <source>The plate is empty.</source>
        <translation>车牌为空。</translation>
    </message>
    <message>
        <source>A plate starts with a province character (粤, 京, 沪, …); &quot;%1&quot; does not.</source>
        <translation>车牌以省份简称（粤、京、沪……）开头；“%1”不是。</translation>
    </message>
    <message>
        <source>A plate has 7 characters (8 for new-energy vehicles); &quot;%1&quot; has %2.</source>
        <translation>车牌为 7 位（新能源车 8 位）；“%1”为 %2 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid plate: after the province come a letter and five letters or digits (no I or O).</source>
        <translation>“%1”不是有效车牌：省份简称后应为一个字母和五位字母或数字（不含 I 和 O）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid new-energy plate: after the letter comes D or F and five characters, or five digits and then D or F.</source>
        <translation>“%1”不是有效的新能源车牌：字母后应为 D 或 F 加五位，或五位数字后接 D 或 F。</translation>
    </message>
</context>
<context>
    <name>crm::RoleText</name>
    <message>
        <source>Customer-service agent</source>
        <translation>客服专员</translation>
    </message>
    <message>
        <source>Information supervisor</source>
        <translation>客户信息主管</translation>
    </message>
    <message>
        <source>Club staff</source>
        <translation>俱乐部专员</translation>
    </message>
    <message>
        <source>CRM manager</source>
        <translation>客户管理经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>crm::TextCodec</name>
    <message>
        <source>The file is not valid UTF-8.</source>
        <translation>文件不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The GB18030 converter is not available.</source>
        <translation>GB18030 转换器不可用。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
</context>
<context>
    <name>crm::Vin</name>
    <message>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>车架号（VIN）应为 17 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 of the VIN (&quot;%2&quot;) is not allowed; VINs use 0–9 and A–Z without I, O and Q.</source>
        <translation>车架号第 %1 位（“%2”）不允许；车架号只用 0–9 和 A–Z，不含 I、O、Q。</translation>
    </message>
    <message>
        <source>The VIN check digit (9th character) should be %1, not %2.</source>
        <translation>车架号校验位（第 9 位）应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>crm::calendar::DeadlineText</name>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>warning (80 %)</source>
        <translation>预警（已用 80 %）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>met on time</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>超时完成</translation>
    </message>
</context>
<context>
    <name>crm::calendar::WorkCalendar</name>
    <message>
        <source>line %1: the first field must be a date like 2027-02-06</source>
        <translation>第 %1 行：第一项必须是日期，例如 2027-02-06</translation>
    </message>
    <message>
        <source>line %1: the second field must be holiday (休) or workday (班)</source>
        <translation>第 %1 行：第二项必须是 holiday（休）或 workday（班）</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>文件中没有任何日期。</translation>
    </message>
    <message>
        <source>calendar hours (every hour counts)</source>
        <translation>自然小时（每个小时都计算）</translation>
    </message>
    <message>
        <source>working days of the national calendar (weekends and public holidays not counted)</source>
        <translation>国家工作日（周末和法定节假日不计）</translation>
    </message>
    <message>
        <source>the store&apos;s opening hours (closed hours and closed days not counted)</source>
        <translation>本店营业时间（非营业时段和闭店日不计）</translation>
    </message>
</context>
<context>
    <name>crm::campaigns::CampaignText</name>
    <message>
        <source>Service campaign</source>
        <translation>服务营销活动</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>Seasonal check</source>
        <translation>季节检测</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>活动邀约</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Customer removed or merged</source>
        <translation>客户已删除或合并</translation>
    </message>
    <message>
        <source>No mobile number</source>
        <translation>没有手机号</translation>
    </message>
    <message>
        <source>Do not disturb (refused all contact)</source>
        <translation>免打扰（拒绝一切联系）</translation>
    </message>
    <message>
        <source>Opted out of this kind of call</source>
        <translation>已拒绝此类电话</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>未同意营销联系</translation>
    </message>
    <message>
        <source>VIN not in the archive</source>
        <translation>档案中无此 VIN</translation>
    </message>
    <message>
        <source>Vehicle sold, scrapped or moved</source>
        <translation>车辆已售出、报废或迁出</translation>
    </message>
    <message>
        <source>No SMS consent</source>
        <translation>未同意接收短信</translation>
    </message>
    <message>
        <source>Monthly message limit reached</source>
        <translation>已达每月短信上限</translation>
    </message>
    <message>
        <source>Already sent for this</source>
        <translation>此前已发送</translation>
    </message>
    <message>
        <source>A value the template needs is empty</source>
        <translation>模板需要的内容为空</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done here</source>
        <translation>本店完成</translation>
    </message>
    <message>
        <source>Done elsewhere</source>
        <translation>他店完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown (interrupted)</source>
        <translation>未知（发送中断）</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Service notice</source>
        <translation>服务通知</translation>
    </message>
    <message>
        <source>Accepted and booked</source>
        <translation>接受并已预约</translation>
    </message>
    <message>
        <source>Accepted, not booked</source>
        <translation>接受但未预约</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Will think it over</source>
        <translation>考虑一下</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Not applicable (vehicle sold, done elsewhere)</source>
        <translation>不适用（车已卖或已在他处完成）</translation>
    </message>
    <message>
        <source>A campaign needs at least one response code.</source>
        <translation>营销活动至少需要一个应答选项。</translation>
    </message>
    <message>
        <source>Every response code needs a code and a title.</source>
        <translation>每个应答选项都需要代码和名称。</translation>
    </message>
    <message>
        <source>The response code %1 is there twice.</source>
        <translation>应答代码 %1 重复了。</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>车型 %1</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>交车</translation>
    </message>
    <message>
        <source>last paid visit</source>
        <translation>最近付费进厂</translation>
    </message>
    <message>
        <source>mileage %1 – %2 km</source>
        <translation>里程 %1 – %2 公里</translation>
    </message>
    <message>
        <source>club members</source>
        <translation>俱乐部会员</translation>
    </message>
    <message>
        <source>not club members</source>
        <translation>非俱乐部会员</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>city %1</source>
        <translation>城市 %1</translation>
    </message>
    <message>
        <source>advisor %1</source>
        <translation>服务顾问 %1</translation>
    </message>
    <message>
        <source>consultant %1</source>
        <translation>销售顾问 %1</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>not VIP</source>
        <translation>非 VIP</translation>
    </message>
    <message>
        <source>with an open complaint</source>
        <translation>有未结投诉</translation>
    </message>
    <message>
        <source>no open complaint</source>
        <translation>无未结投诉</translation>
    </message>
    <message>
        <source>with an appointment</source>
        <translation>有预约</translation>
    </message>
    <message>
        <source>no appointment</source>
        <translation>无预约</translation>
    </message>
    <message>
        <source>every customer with an active vehicle</source>
        <translation>所有有在用车辆的客户</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>%1 没有值</translation>
    </message>
    <message>
        <source>the approved template has no %1</source>
        <translation>审批过的模板中没有 %1</translation>
    </message>
</context>
<context>
    <name>crm::club::ClubText</name>
    <message>
        <source>Standard (普卡)</source>
        <translation>普卡</translation>
    </message>
    <message>
        <source>Silver (银卡)</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold (金卡)</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Platinum (铂金卡)</source>
        <translation>铂金卡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已补办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Joined the club</source>
        <translation>加入俱乐部</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>发卡</translation>
    </message>
    <message>
        <source>Card reported lost</source>
        <translation>会员卡挂失</translation>
    </message>
    <message>
        <source>Card reissued</source>
        <translation>会员卡补办</translation>
    </message>
    <message>
        <source>Membership cancelled</source>
        <translation>会籍已注销</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Annual inspection agency (代办年检)</source>
        <translation>代办年检</translation>
    </message>
    <message>
        <source>Replacement car (替换车)</source>
        <translation>替换车</translation>
    </message>
    <message>
        <source>Pick-up / drop-off (接送)</source>
        <translation>接送服务</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Replacement car</source>
        <translation>替换车</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>司机</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation>已试驾</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Member referral</source>
        <translation>会员推荐</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>自然到店</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Autohome (汽车之家)</source>
        <translation>汽车之家</translation>
    </message>
    <message>
        <source>Dongchedi (懂车帝)</source>
        <translation>懂车帝</translation>
    </message>
    <message>
        <source>Yiche (易车)</source>
        <translation>易车</translation>
    </message>
    <message>
        <source>Own website</source>
        <translation>官网</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>crm::complaints::ComplaintText</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Customer informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Not established</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Start investigating…</source>
        <translation>开始调查…</translation>
    </message>
    <message>
        <source>Propose a solution…</source>
        <translation>提出处理方案…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Customer informed…</source>
        <translation>已告知客户…</translation>
    </message>
    <message>
        <source>Customer accepts: close…</source>
        <translation>客户接受：结案…</translation>
    </message>
    <message>
        <source>Customer does not accept…</source>
        <translation>客户不接受…</translation>
    </message>
    <message>
        <source>Not established…</source>
        <translation>投诉不成立…</translation>
    </message>
    <message>
        <source>Normal (一般)</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Escalated (升级)</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Major (重大)</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Manufacturer hotline</source>
        <translation>厂家热线</translation>
    </message>
    <message>
        <source>Online / social media</source>
        <translation>网络/社交媒体</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Repair quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Price / charges</source>
        <translation>价格/收费</translation>
    </message>
    <message>
        <source>Delivery / paperwork</source>
        <translation>交车/手续</translation>
    </message>
    <message>
        <source>Parts availability</source>
        <translation>配件供应</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Investigation report</source>
        <translation>调查报告</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>crm::dashboard::AxisLabels</name>
    <message>
        <source>%1/%2</source>
        <comment>year (two digits)/month on a chart axis</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <comment>month number on a chart axis</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>%1 W%2</source>
        <comment>year (two digits) and ISO week on a chart axis</comment>
        <translation>%1年第%2周</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week on a chart axis</comment>
        <translation>第%1周</translation>
    </message>
</context>
<context>
    <name>crm::data::AuditChain</name>
    <message>
        <source>Chaining the audit log was stopped; nothing of it was saved.</source>
        <translation>审计日志入链已停止；这次的入链都未保存。</translation>
    </message>
    <message>
        <source>The check of the audit log was stopped.</source>
        <translation>审计日志检查已停止。</translation>
    </message>
</context>
<context>
    <name>crm::data::AuditSeal</name>
    <message>
        <source>The key file %1 belongs to another database, so the audit log&apos;s personal values cannot be sealed or read here and nothing was saved. Put this database&apos;s key file there (from its backup or another desk).</source>
        <translation>密钥文件 %1 属于另一个数据库，因此这里无法加密或读取审计日志中的个人信息，本次未保存任何内容。请把本数据库的密钥文件放到该位置（取自其备份或另一台工作台）。</translation>
    </message>
    <message>
        <source>This desk has no key file for this database (%1), so the audit log&apos;s personal values cannot be sealed or read and nothing was saved. Copy the key file from the desk that set the database up, or from its backup.</source>
        <translation>本工作台没有这个数据库的密钥文件（%1），因此无法加密或读取审计日志中的个人信息，本次未保存任何内容。请从建立数据库的那台工作台或其备份中复制密钥文件。</translation>
    </message>
    <message>
        <source>Sealing the audit log was stopped; nothing of it was saved.</source>
        <translation>审计日志加密已停止；这次的加密都未保存。</translation>
    </message>
    <message>
        <source>The audit key of customer %1 does not open with this database&apos;s key.</source>
        <translation>客户 %1 的审计密钥无法用本数据库的密钥解开。</translation>
    </message>
</context>
<context>
    <name>crm::data::ConnectionSpec</name>
    <message>
        <source>No database was given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address; use postgresql://user@host:port/dbname.</source>
        <translation>“%1”不是有效的 PostgreSQL 地址；请使用 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; names no database; add /dbname at the end.</source>
        <translation>PostgreSQL 地址“%1”没有指明数据库；请在末尾加上 /数据库名。</translation>
    </message>
    <message>
        <source>Unknown database address &quot;%1&quot;: give a SQLite file or a postgresql:// address.</source>
        <translation>无法识别的数据库地址“%1”：请给出 SQLite 文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The PostgreSQL address has an unknown setting &quot;%1=%2&quot;; known are sslmode (%3) and sslrootcert (the CA file).</source>
        <translation>PostgreSQL 地址中有未知的设置“%1=%2”；可用的是 sslmode（%3）和 sslrootcert（CA 证书文件）。</translation>
    </message>
    <message>
        <source>sslmode=%1 needs sslrootcert=FILE: the CA certificate that signed the server&apos;s.</source>
        <translation>sslmode=%1 需要 sslrootcert=文件：签发服务器证书的 CA 证书。</translation>
    </message>
</context>
<context>
    <name>crm::data::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>无法打开数据库 %1</translation>
    </message>
    <message>
        <source>%1: the database is busy with another desk&apos;s work; please try again.</source>
        <translation>%1：数据库正忙于处理其他工位的操作，请重试。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A database statement failed</source>
        <translation>数据库语句执行失败</translation>
    </message>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>数据库语句无法准备</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>Commit without a transaction</source>
        <translation>没有事务可提交</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>无法保存更改</translation>
    </message>
    <message>
        <source>Cannot undo the changes</source>
        <translation>无法撤销更改</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gave no connection handle for COPY.</source>
        <translation>PostgreSQL 驱动没有提供用于 COPY 的连接句柄。</translation>
    </message>
    <message>
        <source>A bulk load (COPY) failed</source>
        <translation>批量写入（COPY）失败</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). SQLite files shared over a network get corrupted when several desks write them: put the database on a PostgreSQL server for several desks (see the README), or open this file read-only to back it up.</source>
        <translation>%1 位于网络共享上（%2）。通过网络共享的 SQLite 文件在多个工作台同时写入时会损坏：多工作台请把数据库放在 PostgreSQL 服务器上（见 README），或只读打开此文件以备份。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (%1). Nothing of this step was saved; the desk is reconnecting — try again in a moment.</source>
        <translation>与数据库服务器的连接已断开（%1）。这一步没有保存任何内容；工作台正在重新连接——请稍后再试。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>This was saved already (the server&apos;s answer had been lost on the way).</source>
        <translation>此前已保存（只是服务器的答复在途中丢失了）。</translation>
    </message>
    <message>
        <source>Cannot set up the connection to %1</source>
        <translation>无法设置到 %1 的连接</translation>
    </message>
</context>
<context>
    <name>crm::data::ErasureLedger</name>
    <message>
        <source>The erasure ledger %1 cannot be read: %2</source>
        <translation>无法读取删除台账 %1：%2</translation>
    </message>
    <message>
        <source>The erasure ledger %1 cannot be written: %2</source>
        <translation>无法写入删除台账 %1：%2</translation>
    </message>
</context>
<context>
    <name>crm::data::KeyFile</name>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DealerCRM key file.</source>
        <translation>%1 不是 DealerCRM 的密钥文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the key file.</source>
        <translation>无法为密钥文件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>无法创建密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>crm::data::Migrator</name>
    <message>
        <source>This database has schema version %1, but this DealerCRM understands only up to version %2. Install the newer DealerCRM that created it.</source>
        <translation>此数据库的结构版本为 %1，而本 DealerCRM 最高只支持版本 %2。请安装创建它的较新版本 DealerCRM。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database with pg_dump; see the README.</source>
        <translation>PostgreSQL 数据库请用 pg_dump 备份；见 README。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the backup.</source>
        <translation>%1 已存在；请为备份选择一个新文件。</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 exists already; restore into a new file.</source>
        <translation>%1 已存在；请恢复到一个新文件。</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2.</source>
        <translation>无法把 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database: %2</source>
        <translation>%1 不是可读取的 SQLite 数据库：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (integrity check: %2).</source>
        <translation>备份 %1 已损坏（完整性检查：%2）。</translation>
    </message>
    <message>
        <source>%1 is not a DealerCRM backup (it has no schema version).</source>
        <translation>%1 不是 DealerCRM 备份（没有结构版本）。</translation>
    </message>
    <message>
        <source>The backup %1 has schema version %2, newer than this DealerCRM understands (%3). Restore it with the newer DealerCRM that wrote it.</source>
        <translation>备份 %1 的结构版本为 %2，比本程序支持的版本（%3）新。请用写出它的新版 DealerCRM 恢复。</translation>
    </message>
    <message>
        <source>Could not move the restored copy to %1.</source>
        <translation>无法把恢复的副本移动到 %1。</translation>
    </message>
</context>
<context>
    <name>crm::data::ServerAccess</name>
    <message>
        <source>The role %1 may not change the database&apos;s schema (a desk role can only read and write its tables). Upgrade it as its owner: dealercrm-cli -d postgresql://%2@HOST/DB migrate</source>
        <translation>角色 %1 不能修改数据库结构（工作台角色只能读写数据表）。请以属主身份升级：dealercrm-cli -d postgresql://%2@主机/数据库 migrate</translation>
    </message>
    <message>
        <source>Desk roles are PostgreSQL&apos;s: a SQLite file has no logins.</source>
        <translation>工作台角色只用于 PostgreSQL：SQLite 文件没有登录角色。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a role name: use lower-case letters, digits and _ (at most 63), starting with a letter.</source>
        <translation>“%1”不能作为角色名：请用小写字母、数字和 _（最多 63 个），并以字母开头。</translation>
    </message>
    <message>
        <source>The desk role&apos;s password must have at least 8 characters.</source>
        <translation>工作台角色的密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>%1 is a superuser; a desk role must be a plain login role. Choose another name.</source>
        <translation>%1 是超级用户；工作台角色必须是普通登录角色。请换一个名称。</translation>
    </message>
    <message>
        <source>%1 is the role connected now (the owner); name a new role for the desks.</source>
        <translation>%1 是当前连接所用的角色（属主）；请为工作台另起一个角色名。</translation>
    </message>
</context>
<context>
    <name>crm::feedback::FeedbackText</name>
    <message>
        <source>Waiting for the department</source>
        <translation>待部门答复</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Result to tell the customer</source>
        <translation>待向客户反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Closed, customer not reached</source>
        <translation>已关闭（未联系上客户）</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>客户来电</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Club desk</source>
        <translation>俱乐部前台</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Call (before routing)</source>
        <translation>回访电话（转交功能启用前）</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Purchase intent</source>
        <translation>购车意向</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Grievance</source>
        <translation>抱怨</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>After-sales service</source>
        <translation>售后服务部</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件部</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务部</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场部</translation>
    </message>
    <message>
        <source>Owners&apos; club</source>
        <translation>车主俱乐部</translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation>客户关系部</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation>未联系上客户</translation>
    </message>
    <message>
        <source>To the complaint desk</source>
        <translation>转为投诉</translation>
    </message>
    <message>
        <source>To sales as a lead</source>
        <translation>转为销售线索</translation>
    </message>
</context>
<context>
    <name>crm::followups::FollowupText</name>
    <message>
        <source>Delivery thank-you (D+1)</source>
        <translation>交车感谢 (D+1)</translation>
    </message>
    <message>
        <source>Delivery follow-up (D+3)</source>
        <translation>交车回访 (D+3)</translation>
    </message>
    <message>
        <source>Sales satisfaction survey (D+7)</source>
        <translation>销售满意度调查 (D+7)</translation>
    </message>
    <message>
        <source>Usage call (D+30)</source>
        <translation>用车回访 (D+30)</translation>
    </message>
    <message>
        <source>After-service call</source>
        <translation>售后回访</translation>
    </message>
    <message>
        <source>First maintenance reminder</source>
        <translation>首保提醒</translation>
    </message>
    <message>
        <source>Routine maintenance reminder</source>
        <translation>定保提醒</translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation>续保提醒</translation>
    </message>
    <message>
        <source>Birthday care</source>
        <translation>生日关怀</translation>
    </message>
    <message>
        <source>Win-back call</source>
        <translation>流失挽回</translation>
    </message>
    <message>
        <source>Complaint return visit</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Member care (quarterly)</source>
        <translation>会员季度关怀</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒访</translation>
    </message>
    <message>
        <source>Call back at…</source>
        <translation>约定回拨…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>days after delivery</source>
        <translation>交车后天数</translation>
    </message>
    <message>
        <source>days after the visit</source>
        <translation>进厂后天数</translation>
    </message>
    <message>
        <source>days before the policy expires</source>
        <translation>保险到期前天数</translation>
    </message>
    <message>
        <source>days after the birthday</source>
        <translation>生日后天数</translation>
    </message>
    <message>
        <source>days after becoming at risk</source>
        <translation>进入流失预警后天数</translation>
    </message>
    <message>
        <source>days after the complaint closes</source>
        <translation>投诉结案后天数</translation>
    </message>
    <message>
        <source>opens at 80 % of the model&apos;s limit</source>
        <translation>达到车型保养间隔的 80% 时开始</translation>
    </message>
    <message>
        <source>once a quarter</source>
        <translation>每季度一次</translation>
    </message>
    <message>
        <source>Member service reminder</source>
        <translation>会员服务提醒</translation>
    </message>
    <message>
        <source>days before the member service</source>
        <translation>天（会员服务前）</translation>
    </message>
    <message>
        <source>Appointment confirmation</source>
        <translation>预约确认</translation>
    </message>
    <message>
        <source>Rebook after a no-show</source>
        <translation>爽约再预约</translation>
    </message>
    <message>
        <source>days before the appointment</source>
        <translation>预约日前几天</translation>
    </message>
    <message>
        <source>days after the no-show</source>
        <translation>爽约后几天</translation>
    </message>
    <message>
        <source>Call back an inbound caller</source>
        <translation>来电回拨</translation>
    </message>
    <message>
        <source>days after the agreed time</source>
        <translation>约定时间后几天</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>营销活动电话</translation>
    </message>
    <message>
        <source>the campaign&apos;s dates</source>
        <translation>活动日期内</translation>
    </message>
    <message>
        <source>Tell the customer a feedback result</source>
        <translation>反馈结果告知</translation>
    </message>
    <message>
        <source>days after the department&apos;s result</source>
        <translation>部门给出结果后的天数</translation>
    </message>
</context>
<context>
    <name>crm::frontdesk::FrontdeskText</name>
    <message>
        <source>The time has passed: choose a slot later than now.</source>
        <translation>时间已过：请选择晚于现在的时段。</translation>
    </message>
    <message>
        <source>The store is closed that day.</source>
        <translation>当天门店休息。</translation>
    </message>
    <message>
        <source>Outside the opening hours.</source>
        <translation>不在营业时间内。</translation>
    </message>
    <message>
        <source>Not the start of a slot.</source>
        <translation>不是时段的开始时间。</translation>
    </message>
    <message>
        <source>The slot is full.</source>
        <translation>该时段已约满。</translation>
    </message>
    <message>
        <source>The workshop&apos;s labour hours for the day are booked.</source>
        <translation>车间当天的工时已约满。</translation>
    </message>
    <message>
        <source>The advisor&apos;s hours for the day are booked.</source>
        <translation>该服务顾问当天的工时已约满。</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改约</translation>
    </message>
</context>
<context>
    <name>crm::oem::OemText</name>
    <message>
        <source>Customer archive with vehicles</source>
        <translation>客户档案（含车辆）</translation>
    </message>
    <message>
        <source>Follow-up results</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <source>Referral and remarketing results</source>
        <translation>转介绍与再营销结果</translation>
    </message>
    <message>
        <source>Monthly KPI pack</source>
        <translation>CRM 月度 KPI</translation>
    </message>
    <message>
        <source>Club report</source>
        <translation>俱乐部月报</translation>
    </message>
    <message>
        <source>Dealer code</source>
        <translation>经销商代码</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期日</translation>
    </message>
    <message>
        <source>Record status (active, deleted, merged)</source>
        <translation>记录状态（正常、删除、合并）</translation>
    </message>
    <message>
        <source>Merged into customer number</source>
        <translation>合并至客户编号</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>回访编号</translation>
    </message>
    <message>
        <source>Follow-up type</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>通话时长（秒）</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>回访专员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s ticket</source>
        <translation>厂家工单号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Customer accepted</source>
        <translation>客户是否认可</translation>
    </message>
    <message>
        <source>Lead number</source>
        <translation>线索编号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态时间</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>State</source>
        <translation>达成情况</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV in GB18030 (.csv)</source>
        <translation>CSV，GB18030 编码（.csv）</translation>
    </message>
    <message>
        <source>CSV in UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 编码（.csv）</translation>
    </message>
    <message>
        <source>New and changed since the last upload</source>
        <translation>上次上传以来新增和变更的</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>This file is not a DealerCRM upload template.</source>
        <translation>此文件不是 DealerCRM 上传模板。</translation>
    </message>
    <message>
        <source>Data set or file type: %1 / %2 is not one this program knows.</source>
        <translation>数据集或文件类型：本程序不认识 %1 / %2。</translation>
    </message>
    <message>
        <source>Name: give the template a name.</source>
        <translation>名称：请为模板命名。</translation>
    </message>
    <message>
        <source>Columns: a template needs at least one column.</source>
        <translation>列：模板至少需要一列。</translation>
    </message>
    <message>
        <source>File name: give a pattern, e.g. {dealer}_{date}_{batch}.</source>
        <translation>文件名：请填写命名规则，例如 {dealer}_{date}_{batch}。</translation>
    </message>
    <message>
        <source>File name: %1 holds a character a file name cannot (\ / : * ? &quot; &lt; &gt; |).</source>
        <translation>文件名：%1 含有文件名不允许的字符（\ / : * ? &quot; &lt; &gt; |）。</translation>
    </message>
    <message>
        <source>Column %1: %2 is not a field of %3.</source>
        <translation>第 %1 列：%2 不是“%3”的字段。</translation>
    </message>
    <message>
        <source>Column %1 (%2): give it a header.</source>
        <translation>第 %1 列（%2）：请填写列标题。</translation>
    </message>
    <message>
        <source>Column %1: the header %2 is used twice.</source>
        <translation>第 %1 列：列标题 %2 重复。</translation>
    </message>
    <message>
        <source>Column %1 (%2): %3 is not a date pattern (use yyyy, MM, dd, HH, mm, ss).</source>
        <translation>第 %1 列（%2）：%3 不是日期格式（请用 yyyy、MM、dd、HH、mm、ss）。</translation>
    </message>
    <message>
        <source>Survey number</source>
        <translation>问卷编号</translation>
    </message>
    <message>
        <source>Survey type (SSI, CSI, NPS)</source>
        <translation>调查类型（SSI、CSI、NPS）</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Order or repair order number</source>
        <translation>订单号或维修工单号</translation>
    </message>
    <message>
        <source>Advisor or consultant</source>
        <translation>服务顾问或销售顾问</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Score of one question</source>
        <translation>单题得分</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Complaint content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Customer&apos;s demand</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s reply deadline</source>
        <translation>厂家回复时限</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s closing deadline</source>
        <translation>厂家结案时限</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>VIN or mobile (to find the customer)</source>
        <translation>VIN 或手机号（用于找到客户）</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>请为以下项目选择列：%1。</translation>
    </message>
</context>
<context>
    <name>crm::privacy::RequestText</name>
    <message>
        <source>A copy of their data</source>
        <translation>获取个人信息副本</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Withdrawal of consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Refused, with the reason</source>
        <translation>已拒绝（附理由）</translation>
    </message>
</context>
<context>
    <name>crm::services</name>
    <message>
        <source>The workbook has no %1; it is not a complete XLSX file.</source>
        <translation>工作簿缺少 %1；不是完整的 XLSX 文件。</translation>
    </message>
    <message>
        <source>%1 in the workbook cannot be read; the file may be truncated.</source>
        <translation>无法读取工作簿中的 %1；文件可能不完整。</translation>
    </message>
    <message>
        <source>%1 in the workbook is damaged; the file may be truncated.</source>
        <translation>工作簿中的 %1 已损坏；文件可能不完整。</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX file (damaged or truncated).</source>
        <translation>%1 不是可读的 XLSX 文件（已损坏或不完整）。</translation>
    </message>
    <message>
        <source>The shared strings of the workbook are damaged: %1</source>
        <translation>工作簿的共享字符串已损坏：%1</translation>
    </message>
    <message>
        <source>The workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>The worksheet is damaged (%1); the file may be truncated.</source>
        <translation>工作表已损坏（%1）；文件可能不完整。</translation>
    </message>
    <message>
        <source>The worksheet has a cell reference Excel does not write (%1); the file is damaged.</source>
        <translation>工作表中有 Excel 不会写出的单元格引用（%1）；文件已损坏。</translation>
    </message>
    <message>
        <source>%1 in the workbook unpacks to more than 2 GB; save the sheet as CSV and import that.</source>
        <translation>工作簿中的 %1 解压后超过 2 GB；请把该工作表另存为 CSV 再导入。</translation>
    </message>
</context>
<context>
    <name>crm::services::ActivityService</name>
    <message>
        <source>see club activities</source>
        <translation>查看俱乐部活动</translation>
    </message>
    <message>
        <source>Activity %1 does not exist.</source>
        <translation>活动 %1 不存在。</translation>
    </message>
    <message>
        <source>plan club activities</source>
        <translation>策划俱乐部活动</translation>
    </message>
    <message>
        <source>An activity needs a title.</source>
        <translation>活动需要标题。</translation>
    </message>
    <message>
        <source>Give the activity&apos;s date and time.</source>
        <translation>请填写活动的日期和时间。</translation>
    </message>
    <message>
        <source>The capacity must be at least one place.</source>
        <translation>名额至少为 1 个。</translation>
    </message>
    <message>
        <source>Attendance points cannot be negative.</source>
        <translation>签到积分不能为负数。</translation>
    </message>
    <message>
        <source>More members are registered than the new capacity (or the activity does not exist).</source>
        <translation>已报名人数超过新的名额（或活动不存在）。</translation>
    </message>
    <message>
        <source>cancel club activities</source>
        <translation>取消俱乐部活动</translation>
    </message>
    <message>
        <source>Say why the activity is cancelled.</source>
        <translation>请说明取消活动的原因。</translation>
    </message>
    <message>
        <source>The activity is not open.</source>
        <translation>该活动不在开放状态。</translation>
    </message>
    <message>
        <source>register members for activities</source>
        <translation>为会员报名活动</translation>
    </message>
    <message>
        <source>Only an active member can register.</source>
        <translation>只有有效会员才能报名。</translation>
    </message>
    <message>
        <source>This member is already registered.</source>
        <translation>该会员已报名。</translation>
    </message>
    <message>
        <source>The activity is cancelled.</source>
        <translation>该活动已取消。</translation>
    </message>
    <message>
        <source>The activity is full: %1 of %2 places taken.</source>
        <translation>活动已满：%2 个名额已占用 %1 个。</translation>
    </message>
    <message>
        <source>The member is not registered (or has already been checked in).</source>
        <translation>该会员未报名（或已签到）。</translation>
    </message>
    <message>
        <source>check members in</source>
        <translation>为会员签到</translation>
    </message>
    <message>
        <source>Check-in is on the day of the activity (%1).</source>
        <translation>只能在活动当天（%1）签到。</translation>
    </message>
    <message>
        <source>The member is not registered for this activity, or is already checked in.</source>
        <translation>该会员未报名此活动，或已签到。</translation>
    </message>
    <message>
        <source>Attended %1</source>
        <translation>参加活动：%1</translation>
    </message>
    <message>
        <source>see activity registrations</source>
        <translation>查看活动报名</translation>
    </message>
    <message>
        <source>export attendance lists</source>
        <translation>导出签到名单</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
</context>
<context>
    <name>crm::services::AliyunSms</name>
    <message>
        <source>The message provider did not answer: %1</source>
        <translation>短信服务商没有应答：%1</translation>
    </message>
    <message>
        <source>The message provider refused the receipt query: %1 %2</source>
        <translation>短信服务商拒绝了回执查询：%1 %2</translation>
    </message>
</context>
<context>
    <name>crm::services::AppointmentService</name>
    <message>
        <source>Service visit %1</source>
        <translation>进厂记录 %1</translation>
    </message>
    <message>
        <source>close the appointment book&apos;s day</source>
        <translation>预约日结</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Club member service</source>
        <translation>俱乐部会员服务</translation>
    </message>
    <message>
        <source>book appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>book past the workshop&apos;s capacity</source>
        <translation>超出车间容量预约</translation>
    </message>
    <message>
        <source>Customer: choose who comes.</source>
        <translation>客户：请选择来店的客户。</translation>
    </message>
    <message>
        <source>Time: choose the day and the slot.</source>
        <translation>时间：请选择日期和时段。</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not a way an appointment is made.</source>
        <translation>来源：“%1”不是预约的来源。</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>备注：最多 500 个字符。</translation>
    </message>
    <message>
        <source>Override: say why the workshop takes one more.</source>
        <translation>超容量：请说明为什么车间要多接一台。</translation>
    </message>
    <message>
        <source>Job: choose what the customer comes for.</source>
        <translation>项目：请选择客户来店做什么。</translation>
    </message>
    <message>
        <source>Advisor: %1 is not on the list of service advisors.</source>
        <translation>服务顾问：%1 不在服务顾问名单中。</translation>
    </message>
    <message>
        <source>Vehicle: that vehicle is not this customer&apos;s.</source>
        <translation>车辆：该车辆不属于这位客户。</translation>
    </message>
    <message>
        <source>Vehicle: %1 is no longer the customer&apos;s (%2).</source>
        <translation>车辆：%1 已不属于该客户（%2）。</translation>
    </message>
    <message>
        <source>Next free: %1.</source>
        <translation>最近可约：%1。</translation>
    </message>
    <message>
        <source>A manager can book past it.</source>
        <translation>经理可以超容量预约。</translation>
    </message>
    <message>
        <source>Another desk has just booked it.</source>
        <translation>另一个坐席刚刚约满。</translation>
    </message>
    <message>
        <source>Another desk has just taken the last place.</source>
        <translation>另一个坐席刚刚约走了最后一个名额。</translation>
    </message>
    <message>
        <source>Appointment %1 does not exist.</source>
        <translation>预约 %1 不存在。</translation>
    </message>
    <message>
        <source>Appointment %1 is %2: it cannot become %3.</source>
        <translation>预约 %1 为“%2”，不能改为“%3”。</translation>
    </message>
    <message>
        <source>Appointment %1 was changed at another desk: look again.</source>
        <translation>预约 %1 已在其他坐席被修改，请刷新后再看。</translation>
    </message>
    <message>
        <source>confirm appointments</source>
        <translation>确认预约</translation>
    </message>
    <message>
        <source>record arrivals</source>
        <translation>登记到店</translation>
    </message>
    <message>
        <source>complete appointments</source>
        <translation>完成预约</translation>
    </message>
    <message>
        <source>cancel appointments</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Reason: say why the appointment is cancelled.</source>
        <translation>原因：请说明取消预约的原因。</translation>
    </message>
    <message>
        <source>record no-shows</source>
        <translation>登记爽约</translation>
    </message>
    <message>
        <source>reschedule appointments</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Reason: say why the appointment moves.</source>
        <translation>原因：请说明改约的原因。</translation>
    </message>
    <message>
        <source>see the appointment book</source>
        <translation>查看预约簿</translation>
    </message>
    <message>
        <source>edit the front desk&apos;s lists</source>
        <translation>编辑前台列表</translation>
    </message>
    <message>
        <source>There is no list called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的列表。</translation>
    </message>
    <message>
        <source>Name: give the entry a name.</source>
        <translation>名称：请填写名称。</translation>
    </message>
    <message>
        <source>Labour: a job type takes from 1 minute to 24 hours.</source>
        <translation>工时：项目工时须在 1 分钟到 24 小时之间。</translation>
    </message>
</context>
<context>
    <name>crm::services::AuditService</name>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>crm::services::BackupService</name>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Back up a PostgreSQL database with pg_dump on the server; see the README.</source>
        <translation>PostgreSQL 数据库请在服务器上用 pg_dump 备份，见 README。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1; choose another in Settings → Backup.</source>
        <translation>无法创建备份文件夹 %1；请在“设置 → 备份”中另选一个。</translation>
    </message>
    <message>
        <source>A backup was made this very second: %1.</source>
        <translation>这一秒刚做过一次备份：%1。</translation>
    </message>
    <message>
        <source>Could not name the backup %1.</source>
        <translation>无法为备份 %1 命名。</translation>
    </message>
</context>
<context>
    <name>crm::services::CallDeskService</name>
    <message>
        <source>see the follow-up queue</source>
        <translation>查看回访队列</translation>
    </message>
    <message>
        <source>open follow-up tasks</source>
        <translation>打开回访任务</translation>
    </message>
    <message>
        <source>Follow-up task %1 does not exist.</source>
        <translation>回访任务 %1 不存在。</translation>
    </message>
    <message>
        <source>see earlier calls</source>
        <translation>查看历史通话</translation>
    </message>
    <message>
        <source>claim follow-up tasks</source>
        <translation>领取回访任务</translation>
    </message>
    <message>
        <source>This task is already closed (%1).</source>
        <translation>该任务已关闭（%1）。</translation>
    </message>
    <message>
        <source>%1 has already taken this task.</source>
        <translation>%1 已领取该任务。</translation>
    </message>
    <message>
        <source>reassign follow-up tasks</source>
        <translation>改派回访任务</translation>
    </message>
    <message>
        <source>Tasks can only be given to an active user.</source>
        <translation>任务只能分配给在用的账号。</translation>
    </message>
    <message>
        <source>%1 does not work the call queue.</source>
        <translation>%1 不负责回访队列。</translation>
    </message>
    <message>
        <source>This task is already closed.</source>
        <translation>该任务已关闭。</translation>
    </message>
    <message>
        <source>log follow-up calls</source>
        <translation>登记回访通话</translation>
    </message>
    <message>
        <source>Duration: from 0 to 4 hours.</source>
        <translation>通话时长：0 至 4 小时。</translation>
    </message>
    <message>
        <source>Call back at: choose a time later than now.</source>
        <translation>约定回拨时间：请选择晚于现在的时间。</translation>
    </message>
    <message>
        <source>Notes are at most 4,000 characters, the next action 500.</source>
        <translation>备注最多 4000 字，下一步行动最多 500 字。</translation>
    </message>
    <message>
        <source>Feedback (%1): say what the customer said.</source>
        <translation>反馈（%1）：请填写客户所说的内容。</translation>
    </message>
    <message>
        <source>Appointment: choose a day and time later than now.</source>
        <translation>预约：请选择晚于现在的日期和时间。</translation>
    </message>
    <message>
        <source>It is the customer&apos;s rest time (%1). Confirm to record a call made now.</source>
        <translation>现在是客户休息时间（%1）。确认后才能登记此时的通话。</translation>
    </message>
    <message>
        <source>This task is already closed (%1); the call was not recorded.</source>
        <translation>该任务已关闭（%1），通话未登记。</translation>
    </message>
    <message>
        <source>%1 has this task; ask a manager to reassign it.</source>
        <translation>该任务属于 %1；如需接手请让主管改派。</translation>
    </message>
    <message>
        <source>Appointment: it must be for the customer of this task.</source>
        <translation>预约：必须是本任务的客户。</translation>
    </message>
    <message>
        <source>Someone closed this task while you were on the call; nothing was recorded.</source>
        <translation>通话期间该任务已被他人关闭，未登记任何内容。</translation>
    </message>
    <message>
        <source>Survey answers are recorded only on a call that reached the customer.</source>
        <translation>只有接通的电话才能记录调查答案。</translation>
    </message>
    <message>
        <source>see follow-up tasks</source>
        <translation>查看回访任务</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>预约：%1</translation>
    </message>
    <message>
        <source>Campaign answer: choose what the customer answered.</source>
        <translation>活动应答：请选择客户的回答。</translation>
    </message>
    <message>
        <source>Campaign answer: this task belongs to no campaign.</source>
        <translation>活动应答：此任务不属于任何营销活动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feedback category in use.</source>
        <translation>“%1”不是在用的反馈类别。</translation>
    </message>
</context>
<context>
    <name>crm::services::CampaignService</name>
    <message>
        <source>export campaign results</source>
        <translation>导出营销活动结果</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message numerus="yes">
        <source>Came for service within %n day(s) of the answer</source>
        <translation>
            <numerusform>应答后 %n 天内回厂</numerusform>
        </translation>
    </message>
    <message>
        <source>Service amount (yuan)</source>
        <translation>维修保养金额（元）</translation>
    </message>
    <message>
        <source>Answers by agent</source>
        <translation>各坐席应答</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Recall completion</source>
        <translation>召回完成情况</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VINs</source>
        <translation>VIN 数</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>清单数</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>完成率（%）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>应答日期</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <source>Name: a campaign needs a name.</source>
        <translation>名称：营销活动需要名称。</translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation>名称：最多 100 个字。</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is not a kind of campaign.</source>
        <translation>类型：“%1”不是营销活动类型。</translation>
    </message>
    <message>
        <source>Dates: a campaign needs a first and a last day.</source>
        <translation>日期：营销活动需要开始和结束日期。</translation>
    </message>
    <message>
        <source>Dates: the last day is before the first.</source>
        <translation>日期：结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Dates: the campaign would already be over.</source>
        <translation>日期：这个活动已经结束了。</translation>
    </message>
    <message>
        <source>Response codes: %1</source>
        <translation>应答选项：%1</translation>
    </message>
    <message>
        <source>Goal: a number of customers, 0 or more.</source>
        <translation>目标：客户数，0 或以上。</translation>
    </message>
    <message>
        <source>Message: there is no template %1.</source>
        <translation>短信：没有模板 %1。</translation>
    </message>
    <message>
        <source>Name: there is already a campaign called %1.</source>
        <translation>名称：已有名为 %1 的营销活动。</translation>
    </message>
    <message>
        <source>draw campaign lists</source>
        <translation>生成活动名单</translation>
    </message>
    <message>
        <source>create campaigns</source>
        <translation>创建营销活动</translation>
    </message>
    <message>
        <source>The segment holds no customer: nothing created.</source>
        <translation>该细分中没有客户：未创建任何内容。</translation>
    </message>
    <message>
        <source>import recall lists</source>
        <translation>导入召回清单</translation>
    </message>
    <message>
        <source>%1 has no VIN column (VIN / 车架号): nothing imported.</source>
        <translation>%1 中没有 VIN 列（VIN / 车架号）：未导入任何内容。</translation>
    </message>
    <message>
        <source>campaign code %1 is not this campaign&apos;s (%2)</source>
        <translation>活动编号 %1 不属于本活动（%2）</translation>
    </message>
    <message>
        <source>VIN %1 is already on line %2</source>
        <translation>VIN %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>add customers to campaigns</source>
        <translation>把客户加入营销活动</translation>
    </message>
    <message>
        <source>Choose the customers to add.</source>
        <translation>请选择要加入的客户。</translation>
    </message>
    <message>
        <source>%1 is closed: nothing is added to it.</source>
        <translation>%1 已结束：不再加入客户。</translation>
    </message>
    <message>
        <source>distribute campaign calls</source>
        <translation>分配活动电话</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>营销活动 %1 不存在。</translation>
    </message>
    <message>
        <source>close campaigns</source>
        <translation>结束营销活动</translation>
    </message>
    <message>
        <source>see campaigns</source>
        <translation>查看营销活动</translation>
    </message>
    <message>
        <source>There is no campaign called %1.</source>
        <translation>没有名为 %1 的营销活动。</translation>
    </message>
    <message>
        <source>see campaign lists</source>
        <translation>查看活动名单</translation>
    </message>
    <message>
        <source>This call task belongs to no campaign.</source>
        <translation>此电话任务不属于任何营销活动。</translation>
    </message>
    <message>
        <source>Campaign answer: choose one of %1&apos;s answers.</source>
        <translation>活动应答：请选择 %1 的应答选项之一。</translation>
    </message>
    <message>
        <source>Campaign answer &quot;%1&quot;: book the appointment on this call too.</source>
        <translation>活动应答“%1”：请同时在本次通话中登记预约。</translation>
    </message>
    <message>
        <source>Campaign answer &quot;%1&quot;: say why.</source>
        <translation>活动应答“%1”：请说明原因。</translation>
    </message>
    <message>
        <source>record recall completion</source>
        <translation>登记召回完成情况</translation>
    </message>
    <message>
        <source>A recall is marked open, done elsewhere or not applicable by hand; done here comes from the workshop&apos;s visit.</source>
        <translation>召回只能手工标记为未完成、他店完成或不适用；本店完成由车间的进厂记录得出。</translation>
    </message>
    <message>
        <source>re-evaluate campaign lists</source>
        <translation>重新评估活动名单</translation>
    </message>
    <message>
        <source>%1 is closed: its list stays as it was.</source>
        <translation>%1 已结束：名单保持不变。</translation>
    </message>
</context>
<context>
    <name>crm::services::ChurnService</name>
    <message>
        <source>see churn figures</source>
        <translation>查看流失数据</translation>
    </message>
</context>
<context>
    <name>crm::services::ClubReportService</name>
    <message>
        <source>see club reports</source>
        <translation>查看俱乐部报表</translation>
    </message>
    <message>
        <source>export club reports</source>
        <translation>导出俱乐部报表</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Joined in the period</source>
        <translation>本期入会</translation>
    </message>
    <message>
        <source>Active in the last 12 months</source>
        <translation>近 12 个月活跃</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Points adjusted down</source>
        <translation>调减积分</translation>
    </message>
    <message>
        <source>Points outstanding (liability)</source>
        <translation>未兑换积分（负债）</translation>
    </message>
    <message>
        <source>Members by tier</source>
        <translation>各等级会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>会员增长</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>按来源的线索</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leads by consultant</source>
        <translation>按顾问的线索</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Members at the period&apos;s end</source>
        <translation>期末会员数</translation>
    </message>
</context>
<context>
    <name>crm::services::ClubService</name>
    <message>
        <source>Club member %1 does not exist.</source>
        <translation>会员 %1 不存在。</translation>
    </message>
    <message>
        <source>This membership is cancelled.</source>
        <translation>该会员资格已注销。</translation>
    </message>
    <message>
        <source>The member has no active card (reported lost and not yet reissued?).</source>
        <translation>该会员没有有效会员卡（已挂失尚未补办？）。</translation>
    </message>
    <message>
        <source>Card %1 is not this member&apos;s.</source>
        <translation>卡 %1 不属于该会员。</translation>
    </message>
    <message>
        <source>Card %1 is %2: it can neither earn nor spend points.</source>
        <translation>卡 %1 状态为“%2”：不能累积或使用积分。</translation>
    </message>
    <message>
        <source>enrol club members</source>
        <translation>办理入会</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (merged or deleted?).</source>
        <translation>客户 %1 不存在（已合并或删除？）。</translation>
    </message>
    <message>
        <source>This customer is already a club member.</source>
        <translation>该客户已是俱乐部会员。</translation>
    </message>
    <message>
        <source>see club members</source>
        <translation>查看会员</translation>
    </message>
    <message>
        <source>%1 is not a card number (nine digits with a check digit); check for a mistyped digit.</source>
        <translation>%1 不是有效卡号（9 位数字含校验位），请检查是否输错。</translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation>没有卡号 %1。</translation>
    </message>
    <message>
        <source>report cards lost</source>
        <translation>挂失会员卡</translation>
    </message>
    <message>
        <source>Card %1 is not an active card.</source>
        <translation>卡 %1 不是有效卡。</translation>
    </message>
    <message>
        <source>reissue cards</source>
        <translation>补办会员卡</translation>
    </message>
    <message>
        <source>Only a card reported lost is reissued; card %1 is %2.</source>
        <translation>只有已挂失的卡才能补办；卡 %1 状态为“%2”。</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>补办自 %1</translation>
    </message>
    <message>
        <source>cancel memberships</source>
        <translation>注销会员</translation>
    </message>
    <message>
        <source>Say why the membership is cancelled.</source>
        <translation>请说明注销原因。</translation>
    </message>
    <message>
        <source>This membership is not active.</source>
        <translation>该会员资格不是有效状态。</translation>
    </message>
    <message>
        <source>add points</source>
        <translation>增加积分</translation>
    </message>
    <message>
        <source>Points earned must be more than zero.</source>
        <translation>获得的积分必须大于零。</translation>
    </message>
    <message>
        <source>Say what the points are for.</source>
        <translation>请说明积分来源。</translation>
    </message>
    <message>
        <source>Service spend ¥%1</source>
        <translation>售后消费 ¥%1</translation>
    </message>
    <message>
        <source>redeem points</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points redeemed must be more than zero.</source>
        <translation>兑换的积分必须大于零。</translation>
    </message>
    <message>
        <source>Say what the points are redeemed for.</source>
        <translation>请说明兑换用途。</translation>
    </message>
    <message>
        <source>Not enough points: %1 available, %2 asked.</source>
        <translation>积分不足：可用 %1，需要 %2。</translation>
    </message>
    <message>
        <source>adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>An adjustment changes the balance: give a positive or negative number.</source>
        <translation>调整会改变余额：请填写正数或负数。</translation>
    </message>
    <message>
        <source>An adjustment needs a reason.</source>
        <translation>调整积分需要填写原因。</translation>
    </message>
    <message>
        <source>adjust points above the approval threshold</source>
        <translation>超过审批额度的积分调整</translation>
    </message>
    <message>
        <source>The adjustment would take the balance below zero.</source>
        <translation>该调整会使余额小于零。</translation>
    </message>
    <message>
        <source>expire points</source>
        <translation>积分过期处理</translation>
    </message>
    <message>
        <source>Points earned until %1 expired</source>
        <translation>%1 到期的积分已过期</translation>
    </message>
    <message>
        <source>see member statements</source>
        <translation>查看积分对账单</translation>
    </message>
    <message>
        <source>Cards are issued per vehicle: choose the vehicle the card is for.</source>
        <translation>会员卡按车辆发放：请选择此卡对应的车辆。</translation>
    </message>
    <message>
        <source>That vehicle is not this customer&apos;s.</source>
        <translation>该车辆不属于此客户。</translation>
    </message>
    <message>
        <source>%1 replaces %2</source>
        <translation>%1 替换 %2</translation>
    </message>
    <message>
        <source>export member statements</source>
        <translation>导出会员对账单</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>issue cards</source>
        <translation>发卡</translation>
    </message>
    <message>
        <source>Cards are issued per customer: a member has one card (a lost card is reissued).</source>
        <translation>会员卡按客户发放：每位会员一张卡（挂失后补办）。</translation>
    </message>
    <message>
        <source>That vehicle is not this active member&apos;s.</source>
        <translation>该车辆不属于此有效会员。</translation>
    </message>
    <message>
        <source>This vehicle already has card %1.</source>
        <translation>该车辆已有会员卡 %1。</translation>
    </message>
    <message>
        <source>refund points</source>
        <translation>退还积分</translation>
    </message>
    <message>
        <source>Points refunded must be more than zero.</source>
        <translation>退还的积分必须大于零。</translation>
    </message>
    <message>
        <source>award birthday points</source>
        <translation>发放生日积分</translation>
    </message>
    <message>
        <source>Birthday points %1</source>
        <translation>%1 年生日积分</translation>
    </message>
    <message>
        <source>review tiers</source>
        <translation>复核会员等级</translation>
    </message>
    <message>
        <source>Card %1 is %2; the member&apos;s current card is %3.</source>
        <translation>会员卡 %1 %2；该会员当前使用的卡号是 %3。</translation>
    </message>
    <message>
        <source>Card %1 is %2 and the member has no card in use now; find the member by name or mobile.</source>
        <translation>会员卡 %1 %2，该会员目前没有在用的卡；请按姓名或手机号查找会员。</translation>
    </message>
</context>
<context>
    <name>crm::services::ComplaintService</name>
    <message>
        <source>change the holiday calendar</source>
        <translation>修改节假日日历</translation>
    </message>
    <message>
        <source>Choose a day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>Complaint %1 does not exist.</source>
        <translation>投诉 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 changed this complaint at %2 (%3). Nothing of yours was saved; reload the case and try again.</source>
        <translation>%1 已于 %2 修改了该投诉（%3）。您的修改未保存，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Someone else changed this complaint. Nothing of yours was saved; reload the case and try again.</source>
        <translation>其他人已修改该投诉。您的修改未保存，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Channel: choose how the complaint came in.</source>
        <translation>渠道：请选择投诉来源。</translation>
    </message>
    <message>
        <source>Category: choose what the complaint is about.</source>
        <translation>类别：请选择投诉内容类别。</translation>
    </message>
    <message>
        <source>Level: normal, escalated or major.</source>
        <translation>级别：一般、升级或重大。</translation>
    </message>
    <message>
        <source>Manufacturer ticket: an escalated or major complaint is handled with the manufacturer; enter its ticket number.</source>
        <translation>厂家工单：升级或重大投诉需与厂家共同处理，请填写厂家工单号。</translation>
    </message>
    <message>
        <source>Description: say what happened, in the customer&apos;s words.</source>
        <translation>描述：请按客户原话说明发生了什么。</translation>
    </message>
    <message>
        <source>Description at most 4,000 characters, demand 2,000, ticket 60.</source>
        <translation>描述最多 4000 字，诉求 2000 字，工单号 60 字。</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (merged or deleted?).</source>
        <translation>客户 %1 不存在（已合并或删除？）。</translation>
    </message>
    <message>
        <source>Vehicle: choose one of this customer&apos;s vehicles.</source>
        <translation>车辆：请选择该客户名下的车辆。</translation>
    </message>
    <message>
        <source>see complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>work complaints</source>
        <translation>处理投诉</translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot go on with &quot;%2&quot;.</source>
        <translation>处于“%1”状态的投诉不能执行“%2”。</translation>
    </message>
    <message>
        <source>Say which department and which person are responsible.</source>
        <translation>请填写责任部门和责任人。</translation>
    </message>
    <message>
        <source>The investigation report needs the root cause and the proposed solution.</source>
        <translation>调查报告需要填写根本原因和处理方案。</translation>
    </message>
    <message>
        <source>Compensation cannot be negative.</source>
        <translation>补偿金额不能为负。</translation>
    </message>
    <message>
        <source>Say why the solution goes back.</source>
        <translation>请说明退回方案的原因。</translation>
    </message>
    <message>
        <source>Record what the customer said.</source>
        <translation>请记录客户的答复。</translation>
    </message>
    <message>
        <source>Say why the complaint is not established.</source>
        <translation>请说明投诉不成立的原因。</translation>
    </message>
    <message>
        <source>Result of %1 not accepted: %2

Original complaint: %3</source>
        <translation>客户不接受 %1 的处理结果：%2

原投诉：%3</translation>
    </message>
    <message>
        <source>reopened from %1</source>
        <translation>由 %1 重新开启</translation>
    </message>
    <message>
        <source>edit complaints</source>
        <translation>修改投诉</translation>
    </message>
    <message>
        <source>A closed complaint is not changed; if the customer comes back, open a new one.</source>
        <translation>已结案的投诉不能修改；客户再次投诉时请新建投诉。</translation>
    </message>
    <message>
        <source>The customer of a complaint does not change; register a new one for the right customer.</source>
        <translation>投诉的客户不能更改；请为正确的客户新登记一件投诉。</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>manufacturer ticket</source>
        <translation>厂家工单</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Say what you are waiting for from the customer.</source>
        <translation>请说明在等待客户提供什么。</translation>
    </message>
    <message>
        <source>This complaint is closed.</source>
        <translation>该投诉已结案。</translation>
    </message>
    <message>
        <source>The deadlines are already paused.</source>
        <translation>时限已处于暂停状态。</translation>
    </message>
    <message>
        <source>The deadlines are not paused.</source>
        <translation>时限未暂停。</translation>
    </message>
    <message>
        <source>extend complaint deadlines</source>
        <translation>延长投诉时限</translation>
    </message>
    <message>
        <source>Extend by 1 to 1,440 working hours.</source>
        <translation>延长 1 至 1440 个工作小时。</translation>
    </message>
    <message>
        <source>Say why the deadline is extended.</source>
        <translation>请说明延长时限的原因。</translation>
    </message>
    <message>
        <source>%1 +%2 h: %3</source>
        <translation>%1 +%2 小时：%3</translation>
    </message>
    <message>
        <source>chase complaints</source>
        <translation>投诉催办</translation>
    </message>
    <message>
        <source>%1 overdue since %2 — to %3 and the manager</source>
        <translation>%1 自 %2 起已超时 — 已通知 %3 及主管</translation>
    </message>
    <message>
        <source>%1 due %2 (80 % used) — to %3 and the manager</source>
        <translation>%1 将于 %2 到期（已用 80%）— 已通知 %3 及主管</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>请选择开始日期不晚于结束日期的期间。</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>（尚未分配）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>export the complaint register</source>
        <translation>导出投诉登记表</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记追踪表</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Manufacturer ticket</source>
        <translation>厂家工单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>调查报告</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Closure on time</source>
        <translation>按时结案</translation>
    </message>
    <message>
        <source>Compensation (¥)</source>
        <translation>补偿（元）</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>关联投诉</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Customer&apos;s reply</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no, %1 h late</source>
        <translation>否，超时 %1 小时</translation>
    </message>
    <message>
        <source>non-quality</source>
        <translation>非质量</translation>
    </message>
    <message>
        <source>attach evidence to complaints</source>
        <translation>为投诉附加证据</translation>
    </message>
    <message>
        <source>Customer: choose who complains.</source>
        <translation>客户：请选择投诉人。</translation>
    </message>
</context>
<context>
    <name>crm::services::CustomerService</name>
    <message>
        <source>Walk-in</source>
        <translation>展厅到店</translation>
    </message>
    <message>
        <source>Web platform</source>
        <translation>网络平台</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Event / auto show</source>
        <translation>活动／车展</translation>
    </message>
    <message>
        <source>DMS import</source>
        <translation>DMS 导入</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <source>Accident repair</source>
        <translation>事故维修</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>已迁出</translation>
    </message>
    <message>
        <source>Name: enter the customer&apos;s name.</source>
        <translation>姓名：请输入客户姓名。</translation>
    </message>
    <message>
        <source>Name: at most 40 characters.</source>
        <translation>姓名：最多 40 个字符。</translation>
    </message>
    <message>
        <source>Gender: &quot;%1&quot; is neither male nor female.</source>
        <translation>性别：“%1”既不是男也不是女。</translation>
    </message>
    <message>
        <source>Mobile: %1</source>
        <translation>手机：%1</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is not one of the known sources.</source>
        <translation>来源：“%1”不是已知的来源。</translation>
    </message>
    <message>
        <source>Birthday: %1 is not a plausible birthday.</source>
        <translation>生日：%1 不是合理的生日。</translation>
    </message>
    <message>
        <source>VIN: %1</source>
        <translation>车架号：%1</translation>
    </message>
    <message>
        <source>Plate: %1</source>
        <translation>车牌：%1</translation>
    </message>
    <message>
        <source>Model: enter the vehicle model.</source>
        <translation>车型：请输入车型。</translation>
    </message>
    <message>
        <source>Delivery date: %1 is before the purchase date %2.</source>
        <translation>交车日期：%1 早于购车日期 %2。</translation>
    </message>
    <message>
        <source>Mileage: %1 km is not plausible.</source>
        <translation>里程：%1 公里不合理。</translation>
    </message>
    <message>
        <source>Status: &quot;%1&quot; is not a vehicle status.</source>
        <translation>状态：“%1”不是车辆状态。</translation>
    </message>
    <message>
        <source>Status: give the reason the vehicle is no longer in service.</source>
        <translation>状态：请说明车辆不再在用的原因。</translation>
    </message>
    <message>
        <source>see the customer archives</source>
        <translation>查看客户档案</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (or was merged or deleted).</source>
        <translation>客户 %1 不存在（或已被合并、删除）。</translation>
    </message>
    <message>
        <source>see customers&apos; full mobile numbers</source>
        <translation>查看客户的完整手机号</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>add vehicles</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Service follow-up calls</source>
        <translation>服务回访电话</translation>
    </message>
    <message>
        <source>Marketing calls</source>
        <translation>营销电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Sharing with the manufacturer</source>
        <translation>向厂家提供信息</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>签字表单</translation>
    </message>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>transfer vehicles</source>
        <translation>办理车辆过户</translation>
    </message>
    <message>
        <source>Transfer date: give the day the vehicle changed hands (not in the future).</source>
        <translation>过户日期：请填写车辆易主的日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Vehicle %1 does not exist.</source>
        <translation>车辆 %1 不存在。</translation>
    </message>
    <message>
        <source>The vehicle already belongs to this customer.</source>
        <translation>车辆已属于此客户。</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>记录授权</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent purpose.</source>
        <translation>“%1”不是授权用途。</translation>
    </message>
    <message>
        <source>Say how the customer gave or withdrew consent.</source>
        <translation>请说明客户以何种方式授权或撤回授权。</translation>
    </message>
    <message>
        <source>change vehicles</source>
        <translation>修改车辆</translation>
    </message>
    <message>
        <source>VIN: the VIN of a vehicle cannot change; add the other vehicle instead.</source>
        <translation>车架号：车辆的车架号不能修改；请改为添加另一辆车。</translation>
    </message>
    <message>
        <source>record service visits</source>
        <translation>记录维修保养</translation>
    </message>
    <message>
        <source>Visit date: give the day of the visit (not in the future).</source>
        <translation>进厂日期：请填写到店日期（不能晚于今天）。</translation>
    </message>
    <message>
        <source>Visit kind: choose maintenance, repair, warranty or accident.</source>
        <translation>维修类型：请选择保养、维修、保修或事故。</translation>
    </message>
    <message>
        <source>Amount: it cannot be negative.</source>
        <translation>金额：不能为负数。</translation>
    </message>
    <message>
        <source>withdrawn when the personal data was erased</source>
        <translation>个人信息删除时撤回</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation>%1：最多 %2 个字符（此处有 %3 个）。</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>a customer no longer in the archives</source>
        <translation>一位已不在档案中的客户</translation>
    </message>
    <message>
        <source>%1 (mobile ending %2)</source>
        <translation>%1（手机尾号 %2）</translation>
    </message>
    <message>
        <source>Mobile: %1 already belongs to %2; open that customer instead, or merge.</source>
        <translation>手机：%1 已属于 %2；请打开该客户，或进行合并。</translation>
    </message>
    <message>
        <source>Mobile: %1 already belongs to %2; merge the two instead.</source>
        <translation>手机：%1 已属于 %2；请将两者合并。</translation>
    </message>
    <message>
        <source>VIN: %1 is already in the archives (%2).</source>
        <translation>车架号：%1 已在档案中（%2）。</translation>
    </message>
</context>
<context>
    <name>crm::services::DashboardService</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>see the manager dashboard</source>
        <translation>查看经营看板</translation>
    </message>
    <message>
        <source>Choose a week or a month.</source>
        <translation>请选择一周或一个月。</translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation>回访完成率</translation>
    </message>
    <message>
        <source>%1 of %2 tasks due</source>
        <translation>应回访 %2 个任务中的 %1 个</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>回访及时率</translation>
    </message>
    <message>
        <source>Member follow-up coverage</source>
        <translation>会员回访覆盖率</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 members reached in %n day(s)</source>
        <translation>
            <numerusform>%n 天内接通 %2 名会员中的 %1 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Service satisfaction (CSI)</source>
        <translation>售后满意度（CSI）</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales satisfaction (SSI)</source>
        <translation>销售满意度（SSI）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS（净推荐值）</translation>
    </message>
    <message>
        <source>%1 promoters, %2 detractors of %3</source>
        <translation>%3 份中推荐者 %1、贬损者 %2</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT（满意率）</translation>
    </message>
    <message>
        <source>%1 of %2 answers 4–5</source>
        <translation>%2 个回答中 %1 个为 4–5 分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>%1 still open</source>
        <translation>%1 件未结案</translation>
    </message>
    <message>
        <source>Complaints closed on time</source>
        <translation>投诉按时结案率</translation>
    </message>
    <message>
        <source>%1 of %2 closed</source>
        <translation>已结案 %2 件中 %1 件按时</translation>
    </message>
    <message>
        <source>Complaint-handling satisfaction</source>
        <translation>投诉处理满意度</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>%1 of %2 vehicles in the cohort</source>
        <translation>队列 %2 辆车中流失 %1 辆</translation>
    </message>
    <message>
        <source>Vehicles at risk</source>
        <translation>流失预警车辆</translation>
    </message>
    <message>
        <source>First-maintenance return</source>
        <translation>首保回厂率</translation>
    </message>
    <message>
        <source>%1 of %2 vehicles</source>
        <translation>%2 辆中 %1 辆</translation>
    </message>
    <message>
        <source>Second-maintenance return</source>
        <translation>二保回厂率</translation>
    </message>
    <message>
        <source>Club members</source>
        <translation>俱乐部会员</translation>
    </message>
    <message>
        <source>%1 joined in the period</source>
        <translation>本期新入会 %1 人</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃会员</translation>
    </message>
    <message>
        <source>earned or redeemed in 12 months</source>
        <translation>12 个月内有积分获取或兑换</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未用积分余额</translation>
    </message>
    <message>
        <source>available to members</source>
        <translation>会员可用</translation>
    </message>
    <message>
        <source>Referral conversion</source>
        <translation>推荐转化率</translation>
    </message>
    <message>
        <source>%1 of %2 referrals delivered</source>
        <translation>%2 条推荐中 %1 条已交车</translation>
    </message>
    <message>
        <source>Satisfaction index</source>
        <translation>满意度指数</translation>
    </message>
    <message>
        <source>Service (CSI)</source>
        <translation>售后（CSI）</translation>
    </message>
    <message>
        <source>Sales (SSI)</source>
        <translation>销售（SSI）</translation>
    </message>
    <message>
        <source>Club growth (members joined)</source>
        <translation>俱乐部增长（新入会）</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Churn rate (%1 vehicles at risk now)</source>
        <translation>流失率（当前 %1 辆车流失预警）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>投诉按类别</translation>
    </message>
    <message>
        <source>Complaints by department</source>
        <translation>投诉按部门</translation>
    </message>
    <message>
        <source>Follow-up completion by agent</source>
        <translation>各客服专员回访完成率</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>The figure has no period.</source>
        <translation>该指标没有期间。</translation>
    </message>
    <message>
        <source>Follow-up tasks due %1 to %2</source>
        <translation>%1 至 %2 到期的回访任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服专员</translation>
    </message>
    <message numerus="yes">
        <source>Members not reached in the %n day(s) to %1</source>
        <translation>
            <numerusform>截至 %1 的 %n 天内未接通的会员</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Last reached</source>
        <translation>最近接通</translation>
    </message>
    <message>
        <source>Survey responses %1 to %2</source>
        <translation>%1 至 %2 的问卷回答</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答时间</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complaints registered %1 to %2</source>
        <translation>%1 至 %2 登记的投诉</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Last paid visit</source>
        <translation>最近付费进厂</translation>
    </message>
    <message>
        <source>Vehicles that visited in %1 and not since</source>
        <translation>%1 进厂后再未回厂的车辆</translation>
    </message>
    <message>
        <source>Vehicles at risk on %1</source>
        <translation>%1 的流失预警车辆</translation>
    </message>
    <message>
        <source>First maintenance due, not returned</source>
        <translation>应做首保未回厂</translation>
    </message>
    <message>
        <source>Second maintenance due, not returned</source>
        <translation>应做二保未回厂</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points available</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <source>Members who joined %1 to %2</source>
        <translation>%1 至 %2 入会的会员</translation>
    </message>
    <message>
        <source>Members who earned or redeemed in the 12 months to %1</source>
        <translation>截至 %1 的 12 个月内有积分获取或兑换的会员</translation>
    </message>
    <message>
        <source>Members holding points</source>
        <translation>持有积分的会员</translation>
    </message>
    <message>
        <source>Points entries %1 to %2</source>
        <translation>%1 至 %2 的积分流水</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Referral leads %1 to %2</source>
        <translation>%1 至 %2 的推荐线索</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Unknown figure: %1</source>
        <translation>未知指标：%1</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>near target</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>no paid visit lately, as of today</source>
        <translation>近期无付费进厂，截至今天</translation>
    </message>
    <message>
        <source>no paid visit lately, at the period&apos;s end</source>
        <translation>近期无付费进厂，截至期末</translation>
    </message>
    <message>
        <source>Booking rate</source>
        <translation>预约率</translation>
    </message>
    <message>
        <source>Appointment show rate</source>
        <translation>预约到店率</translation>
    </message>
    <message>
        <source>%1 arrived, %2 no-shows</source>
        <translation>到店 %1，爽约 %2</translation>
    </message>
    <message>
        <source>No-shows %1 to %2</source>
        <translation>%1 至 %2 的爽约</translation>
    </message>
    <message>
        <source>Appointments %1 to %2</source>
        <translation>%1 至 %2 的预约</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 of %2 service visits came on an appointment</source>
        <translation>%2 次进厂中 %1 次为预约进厂</translation>
    </message>
    <message>
        <source>Feedback received %1 to %2</source>
        <translation>%1 至 %2 收到的客户反馈</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Feedback resolved on time</source>
        <translation>反馈按时解决率</translation>
    </message>
    <message>
        <source>%1 of %2 items; %3 overdue now</source>
        <translation>%2 条中 %1 条；当前超期 %3 条</translation>
    </message>
</context>
<context>
    <name>crm::services::DocumentService</name>
    <message>
        <source>Purchase contract</source>
        <translation>购车合同</translation>
    </message>
    <message>
        <source>Maintenance record</source>
        <translation>保养记录</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>任务委托书</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>attach documents</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of document.</source>
        <translation>“%1”不是文件类别。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; scan it at a lower resolution.</source>
        <translation>%1 超过 200 MB；请用较低分辨率扫描。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the document store folder %1.</source>
        <translation>无法创建文件库文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the document store.</source>
        <translation>无法把 %1 复制到文件库。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the document store: %2</source>
        <translation>无法把 %1 复制到文件库：%2</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (or was merged or deleted).</source>
        <translation>客户 %1 不存在（或已被合并、删除）。</translation>
    </message>
    <message>
        <source>see the customer archives</source>
        <translation>查看客户档案</translation>
    </message>
    <message>
        <source>Document %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The stored copy of %1 is missing from the document store (%2).</source>
        <translation>文件库中缺少 %1 的存档副本（%2）。</translation>
    </message>
    <message>
        <source>The stored copy of %1 has been changed since it was filed (checksum mismatch); use the paper original at %2.</source>
        <translation>%1 的存档副本在归档后被改动（校验值不符）；请使用存放在 %2 的纸质原件。</translation>
    </message>
    <message>
        <source>remove documents</source>
        <translation>移除文件</translation>
    </message>
</context>
<context>
    <name>crm::services::ExportService</name>
    <message>
        <source>export customer data</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；没有写入文件。</translation>
    </message>
</context>
<context>
    <name>crm::services::FeedbackService</name>
    <message>
        <source>route feedback</source>
        <translation>转交反馈</translation>
    </message>
    <message>
        <source>This item is past routing (%1).</source>
        <translation>该反馈已不能转交（%1）。</translation>
    </message>
    <message>
        <source>Department: choose one that is in use.</source>
        <translation>部门：请选择一个在用的部门。</translation>
    </message>
    <message>
        <source>Note: at most 500 characters.</source>
        <translation>备注：最多 500 个字。</translation>
    </message>
    <message>
        <source>answer feedback</source>
        <translation>答复反馈</translation>
    </message>
    <message>
        <source>This item has its first answer already (%1).</source>
        <translation>该反馈已有首次答复（%1）。</translation>
    </message>
    <message>
        <source>Answer: say what the department will do (at most 2,000 characters).</source>
        <translation>答复：请说明部门将如何处理（最多 2000 字）。</translation>
    </message>
    <message>
        <source>record feedback results</source>
        <translation>记录反馈处理结果</translation>
    </message>
    <message>
        <source>This item has its result already (%1).</source>
        <translation>该反馈已有处理结果（%1）。</translation>
    </message>
    <message>
        <source>Result: say what was done (at most 2,000 characters).</source>
        <translation>结果：请说明已做了什么（最多 2000 字）。</translation>
    </message>
    <message>
        <source>Praised: at most 60 characters.</source>
        <translation>被表扬人：最多 60 个字。</translation>
    </message>
    <message>
        <source>The customer is not to be called; closed without telling them.</source>
        <translation>客户不接受来电，未告知结果即关闭。</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>This item is past handing over (%1).</source>
        <translation>该反馈已不能转交（%1）。</translation>
    </message>
    <message>
        <source>The complaint must be for the customer who said it.</source>
        <translation>投诉必须属于提出该反馈的客户。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (merged or deleted?).</source>
        <translation>客户 %1 不存在（已合并或已删除？）。</translation>
    </message>
    <message>
        <source>The customer has no mobile number: sales cannot follow a lead without one.</source>
        <translation>客户没有手机号，销售无法跟进线索。</translation>
    </message>
    <message>
        <source>chase feedback</source>
        <translation>催办反馈</translation>
    </message>
    <message>
        <source>%1 overdue since %2 — to %3</source>
        <translation>%1 自 %2 起已超期 — 催办 %3</translation>
    </message>
    <message>
        <source>%1 due %2 (80 % used) — to %3</source>
        <translation>%1 将于 %2 到期（已用 80 %）— 提醒 %3</translation>
    </message>
    <message>
        <source>The call to tell the customer ended unanswered.</source>
        <translation>告知结果的电话未能联系上客户。</translation>
    </message>
    <message>
        <source>see feedback</source>
        <translation>查看客户反馈</translation>
    </message>
    <message>
        <source>see the feedback report</source>
        <translation>查看客户反馈报表</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>请选择开始日期不晚于结束日期的期间。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>export the feedback report</source>
        <translation>导出客户反馈报表</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Answered on time (%)</source>
        <translation>按时答复率（%）</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>Resolved on time (%)</source>
        <translation>按时解决率（%）</translation>
    </message>
    <message>
        <source>Average working hours</source>
        <translation>平均处理工时</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Person praised</source>
        <translation>被表扬人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>edit departments</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>Name: from 1 to 60 characters.</source>
        <translation>名称：1 到 60 个字。</translation>
    </message>
    <message>
        <source>Code: 2 to 30 lower-case letters, digits or _ , starting with a letter.</source>
        <translation>代码：2 到 30 个小写字母、数字或 _，以字母开头。</translation>
    </message>
    <message>
        <source>A department with the code &quot;%1&quot; exists already.</source>
        <translation>代码为“%1”的部门已存在。</translation>
    </message>
    <message>
        <source>edit feedback categories</source>
        <translation>编辑反馈类别</translation>
    </message>
    <message>
        <source>Deadlines: from 1 to 1,440 hours.</source>
        <translation>时限：1 到 1440 小时。</translation>
    </message>
    <message>
        <source>Resolution: it cannot come before the first answer.</source>
        <translation>解决时限不能早于首次答复时限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock.</source>
        <translation>“%1”不是计时方式。</translation>
    </message>
    <message>
        <source>A category with the code &quot;%1&quot; exists already.</source>
        <translation>代码为“%1”的类别已存在。</translation>
    </message>
    <message>
        <source>Category &quot;%1&quot; does not exist.</source>
        <translation>类别“%1”不存在。</translation>
    </message>
    <message>
        <source>record feedback</source>
        <translation>记录客户反馈</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feedback category in use.</source>
        <translation>“%1”不是在用的反馈类别。</translation>
    </message>
    <message>
        <source>Feedback (%1): say what the customer said.</source>
        <translation>反馈（%1）：请写下客户说了什么。</translation>
    </message>
    <message>
        <source>Feedback: at most 2,000 characters.</source>
        <translation>反馈：最多 2000 字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feedback source.</source>
        <translation>“%1”不是反馈来源。</translation>
    </message>
    <message>
        <source>Feedback: choose the customer.</source>
        <translation>反馈：请选择客户。</translation>
    </message>
    <message>
        <source>Feedback item %1 does not exist.</source>
        <translation>反馈 %1 不存在。</translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation>（%1，%2）</translation>
    </message>
    <message>
        <source>Someone changed this item meanwhile%1; reopen it to see what changed.</source>
        <translation>此期间有人修改了该反馈%1；请重新打开查看变更。</translation>
    </message>
    <message>
        <source>This item belongs to %1; only its members, its head or a manager answer it and record its result.</source>
        <translation>该反馈属于%1，只有该部门成员、部门负责人或经理可以答复和记录结果。</translation>
    </message>
</context>
<context>
    <name>crm::services::FollowupReportService</name>
    <message>
        <source>By agent</source>
        <translation>按专员</translation>
    </message>
    <message>
        <source>By task type</source>
        <translation>按任务类型</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>see follow-up reports</source>
        <translation>查看回访报表</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>请选择开始日期不晚于结束日期的期间。</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>报表期间最长十年。</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Tasks due</source>
        <translation>应回访任务</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Reached rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Calls made</source>
        <translation>通话次数</translation>
    </message>
    <message>
        <source>Calls that reached the customer</source>
        <translation>接通次数</translation>
    </message>
    <message>
        <source>Club members</source>
        <translation>俱乐部会员</translation>
    </message>
    <message numerus="yes">
        <source>Members reached in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天内已回访的会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Member coverage</source>
        <translation>会员回访覆盖率</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>With the department or to tell</source>
        <translation>部门处理中或待告知</translation>
    </message>
    <message>
        <source>Result told</source>
        <translation>已告知结果</translation>
    </message>
</context>
<context>
    <name>crm::services::FollowupService</name>
    <message>
        <source>record opt-outs</source>
        <translation>记录拒绝联系</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of contact.</source>
        <translation>“%1”不是联系类型。</translation>
    </message>
    <message>
        <source>Reason: say why the customer does not want these calls.</source>
        <translation>原因：请说明客户为何不希望接到这类电话。</translation>
    </message>
    <message>
        <source>generate follow-up tasks</source>
        <translation>生成回访任务</translation>
    </message>
    <message>
        <source>change the follow-up rules</source>
        <translation>修改回访规则</translation>
    </message>
    <message>
        <source>%1: days must be from 0 to 366.</source>
        <translation>%1：天数须在 0 至 366 之间。</translation>
    </message>
    <message>
        <source>%1: a task cannot expire before it is due.</source>
        <translation>%1：任务的过期时间不能早于到期时间。</translation>
    </message>
    <message>
        <source>%1: priority is 1 (high), 2 or 3 (low).</source>
        <translation>%1：优先级为 1（高）、2 或 3（低）。</translation>
    </message>
    <message>
        <source>change the maintenance limits</source>
        <translation>修改保养间隔</translation>
    </message>
    <message>
        <source>Every other model</source>
        <translation>其他所有车型</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复出现。</translation>
    </message>
    <message>
        <source>%1: months must be from 1 to 60.</source>
        <translation>%1：月数须在 1 至 60 之间。</translation>
    </message>
    <message>
        <source>%1: kilometres must be from 500 to 100,000.</source>
        <translation>%1：公里数须在 500 至 100000 之间。</translation>
    </message>
    <message>
        <source>Keep the row for every other model: it applies to the models without their own limits.</source>
        <translation>请保留“其他所有车型”这一行：没有单独设置的车型都按它执行。</translation>
    </message>
    <message>
        <source>edit call scripts</source>
        <translation>编辑回访话术</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of follow-up.</source>
        <translation>“%1”不是回访类型。</translation>
    </message>
    <message>
        <source>A script needs at least an opening, questions or a closing.</source>
        <translation>话术至少需要开场白、问题或结束语之一。</translation>
    </message>
    <message>
        <source>Each part of a script is at most 4,000 characters.</source>
        <translation>话术每部分最多 4000 字。</translation>
    </message>
    <message>
        <source>Reason: at most 500 characters.</source>
        <translation>原因：最多 500 字。</translation>
    </message>
    <message>
        <source>No calls at all</source>
        <translation>不接受任何来电</translation>
    </message>
    <message>
        <source>No service calls</source>
        <translation>不接受服务回访</translation>
    </message>
    <message>
        <source>No marketing calls</source>
        <translation>不接受营销来电</translation>
    </message>
    <message>
        <source>No surveys</source>
        <translation>不接受问卷调查</translation>
    </message>
</context>
<context>
    <name>crm::services::FrontdeskReportService</name>
    <message>
        <source>see the front desk&apos;s figures</source>
        <translation>查看前台统计</translation>
    </message>
    <message>
        <source>Period: the last day must not be before the first.</source>
        <translation>期间：结束日期不能早于开始日期。</translation>
    </message>
</context>
<context>
    <name>crm::services::GiftService</name>
    <message>
        <source>edit the gift catalogue</source>
        <translation>编辑礼品目录</translation>
    </message>
    <message>
        <source>A gift needs a name.</source>
        <translation>礼品需要名称。</translation>
    </message>
    <message>
        <source>A gift&apos;s price in points must be more than zero.</source>
        <translation>礼品所需积分必须大于零。</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>库存不能为负数。</translation>
    </message>
    <message>
        <source>Gift %1 does not exist.</source>
        <translation>礼品 %1 不存在。</translation>
    </message>
    <message>
        <source>change gift stock</source>
        <translation>调整礼品库存</translation>
    </message>
    <message>
        <source>The stock cannot go below zero (or the gift does not exist).</source>
        <translation>库存不能低于零（或礼品不存在）。</translation>
    </message>
    <message>
        <source>redeem points</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Order at least one.</source>
        <translation>至少兑换 1 件。</translation>
    </message>
    <message>
        <source>%1 is no longer offered.</source>
        <translation>%1 已下架。</translation>
    </message>
    <message>
        <source>Only %1 of %2 left in stock.</source>
        <translation>%2 仅剩 %1 件库存。</translation>
    </message>
    <message>
        <source>Gift: %1 × %2</source>
        <translation>礼品：%1 × %2</translation>
    </message>
    <message>
        <source>hand out gifts</source>
        <translation>发放礼品</translation>
    </message>
    <message>
        <source>Order %1 is not pending.</source>
        <translation>订单 %1 不是待领取状态。</translation>
    </message>
    <message>
        <source>cancel redemption orders</source>
        <translation>取消兑换订单</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请说明取消订单的原因。</translation>
    </message>
    <message>
        <source>Order %1 does not exist.</source>
        <translation>订单 %1 不存在。</translation>
    </message>
    <message>
        <source>Only a pending order can be cancelled; order %1 is not pending.</source>
        <translation>只能取消待领取的订单；订单 %1 不是待领取状态。</translation>
    </message>
    <message>
        <source>Order %1 cancelled: %2 × %3</source>
        <translation>订单 %1 已取消：%2 × %3</translation>
    </message>
    <message>
        <source>see redemption orders</source>
        <translation>查看兑换订单</translation>
    </message>
</context>
<context>
    <name>crm::services::Guard</name>
    <message>
        <source>Your role (%1) is not allowed to %2.</source>
        <translation>您的角色（%1）无权%2。</translation>
    </message>
</context>
<context>
    <name>crm::services::ImportService</name>
    <message>
        <source>The row has no name, no mobile and no VIN.</source>
        <translation>此行既无姓名、手机号，也无车架号。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write 2024-03-05, 2024/3/5 or 2024年3月5日).</source>
        <translation>%1：“%2”不是日期（请写成 2024-03-05、2024/3/5 或 2024年3月5日）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>VIP: &quot;%1&quot; is neither yes nor no.</source>
        <translation>VIP：“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>Mileage: &quot;%1&quot; is not a whole number of kilometres.</source>
        <translation>里程：“%1”不是整数公里数。</translation>
    </message>
    <message>
        <source>Visit date: a service visit needs the vehicle&apos;s VIN.</source>
        <translation>进厂日期：维修保养记录需要车辆的车架号。</translation>
    </message>
    <message>
        <source>Visit kind: &quot;%1&quot; is not maintenance, repair, warranty or accident.</source>
        <translation>维修类型：“%1”不是保养、维修、保修或事故。</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount of money.</source>
        <translation>金额：“%1”不是金额。</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Trim</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>购车日期</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Insurance expiry</source>
        <translation>保险到期</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>进厂日期</translation>
    </message>
    <message>
        <source>Visit kind</source>
        <translation>维修类型</translation>
    </message>
    <message>
        <source>Visit mileage (km)</source>
        <translation>进厂里程（公里）</translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row.</source>
        <translation>%1 是空文件：没有表头行。</translation>
    </message>
    <message>
        <source>import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>No column is mapped to the name, the mobile or the VIN; nothing could be matched or created.</source>
        <translation>没有列对应到姓名、手机或车架号；无法匹配或创建任何记录。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；没有导入任何数据。</translation>
    </message>
    <message>
        <source>Conflict: %1 belongs to customer #%2 (%3), not %4; transfer the vehicle or correct the file.</source>
        <translation>冲突：%1 属于客户 #%2（%3），而不是 %4；请先办理车辆过户或更正文件。</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>车架号 %1</translation>
    </message>
    <message>
        <source>this mobile</source>
        <translation>此手机号</translation>
    </message>
    <message>
        <source>Conflict: VIN %1 belongs to customer #%2, whose mobile is %3, not %4.</source>
        <translation>冲突：车架号 %1 属于客户 #%2，其手机号为 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>Name: a new customer needs a name (no customer in the archives has this VIN or mobile).</source>
        <translation>姓名：新客户需要姓名（档案中没有客户使用此车架号或手机号）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>VIN: the row has vehicle columns (%1) but no VIN; add the VIN, or clear those columns to import the customer alone.</source>
        <translation>车架号：该行有车辆信息（%1）却没有车架号；请补上车架号，或清空这些列以只导入客户。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Visit date: the row has service visit columns (%1) but no visit date.</source>
        <translation>进厂日期：该行有维修保养信息（%1）却没有进厂日期。</translation>
    </message>
    <message>
        <source>Visit mileage: &quot;%1&quot; is not a whole number of kilometres.</source>
        <translation>进厂里程：“%1”不是整数公里数。</translation>
    </message>
</context>
<context>
    <name>crm::services::InboundCallService</name>
    <message>
        <source>record inbound calls</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>Notes: at most 4,000 characters.</source>
        <translation>备注：最多 4,000 个字符。</translation>
    </message>
    <message>
        <source>Outcome: at most 500 characters.</source>
        <translation>处理结果：最多 500 个字符。</translation>
    </message>
    <message>
        <source>Caller: give the number or choose the customer.</source>
        <translation>来电人：请填写号码或选择客户。</translation>
    </message>
    <message>
        <source>Purpose: choose what the caller wants.</source>
        <translation>来电目的：请选择来电目的。</translation>
    </message>
    <message>
        <source>Follow-up task: choose the customer first.</source>
        <translation>回访任务：请先选择客户。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (or was merged or deleted).</source>
        <translation>客户 %1 不存在（或已合并、删除）。</translation>
    </message>
    <message>
        <source>Follow-up task: it is another customer&apos;s.</source>
        <translation>回访任务：该任务属于其他客户。</translation>
    </message>
    <message>
        <source>Inbound call: %1</source>
        <translation>来电：%1</translation>
    </message>
    <message>
        <source>Follow-up task: %1</source>
        <translation>回访任务：%1</translation>
    </message>
    <message>
        <source>see inbound calls</source>
        <translation>查看来电</translation>
    </message>
    <message>
        <source>call customers</source>
        <translation>给客户打电话</translation>
    </message>
    <message>
        <source>%1 has no mobile number to dial.</source>
        <translation>%1 没有可拨打的手机号码。</translation>
    </message>
    <message>
        <source>Call back: find or add the customer first (a callback is a task on the customer).</source>
        <translation>回拨：请先找到或新建客户（回拨是该客户的回访任务）。</translation>
    </message>
    <message>
        <source>Call back: choose a time later than now.</source>
        <translation>回拨：请选择晚于现在的时间。</translation>
    </message>
    <message>
        <source>Call back: no task could be made (callbacks are switched off in the rules, or the customer asked not to be called); note the time in the call instead.</source>
        <translation>回拨：无法生成任务（回访规则中已关闭回拨，或客户要求不再来电），请把约定时间记在备注中。</translation>
    </message>
    <message>
        <source>Feedback: find or add the customer first (feedback is answered back to them).</source>
        <translation>反馈：请先查找或新建客户（处理结果要反馈给客户）。</translation>
    </message>
    <message>
        <source>Feedback: say what the caller said.</source>
        <translation>反馈：请写下来电客户说了什么。</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
</context>
<context>
    <name>crm::services::LeadService</name>
    <message>
        <source>A lead needs a name.</source>
        <translation>线索需要姓名。</translation>
    </message>
    <message>
        <source>A referral needs the member who recommended the prospect.</source>
        <translation>转介绍线索需要填写推荐的会员。</translation>
    </message>
    <message>
        <source>The referrer is not an active club member.</source>
        <translation>推荐人不是有效的俱乐部会员。</translation>
    </message>
    <message>
        <source>enter leads</source>
        <translation>录入线索</translation>
    </message>
    <message>
        <source>This prospect is already an open lead (number %1).</source>
        <translation>该潜在客户已是跟进中的线索（编号 %1）。</translation>
    </message>
    <message>
        <source>see leads</source>
        <translation>查看线索</translation>
    </message>
    <message>
        <source>Lead %1 does not exist.</source>
        <translation>线索 %1 不存在。</translation>
    </message>
    <message>
        <source>assign leads</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>分配给 %1</translation>
    </message>
    <message>
        <source>work leads</source>
        <translation>跟进线索</translation>
    </message>
    <message>
        <source>Say why the lead was lost.</source>
        <translation>请说明战败原因。</translation>
    </message>
    <message>
        <source>A lead that is %1 cannot become %2.</source>
        <translation>状态为“%1”的线索不能变为“%2”。</translation>
    </message>
    <message>
        <source>Someone else changed this lead a moment ago; look at it again.</source>
        <translation>他人刚刚修改了此线索，请重新查看。</translation>
    </message>
    <message>
        <source>%1 has no active card (reported lost?): give the referral reward after the card is reissued.</source>
        <translation>%1 没有有效会员卡（已挂失？）：请在补卡后发放推荐奖励。</translation>
    </message>
    <message>
        <source>give referral rewards</source>
        <translation>发放推荐奖励</translation>
    </message>
    <message>
        <source>Only a delivered referral earns the referrer a reward.</source>
        <translation>只有已交车的转介绍才能给推荐人奖励。</translation>
    </message>
    <message>
        <source>Referral delivered: %1</source>
        <translation>推荐成交：%1</translation>
    </message>
    <message>
        <source>import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>%1 has no name or no mobile column (姓名 / 手机): nothing imported.</source>
        <translation>%1 缺少姓名或手机列（姓名 / 手机）：未导入任何数据。</translation>
    </message>
    <message>
        <source>A referral is entered from the referring member&apos;s card, not imported.</source>
        <translation>转介绍线索应从推荐会员的卡片录入，不能导入。</translation>
    </message>
    <message>
        <source>see lead conversion</source>
        <translation>查看线索转化</translation>
    </message>
</context>
<context>
    <name>crm::services::MemberServiceDesk</name>
    <message>
        <source>manage service resources</source>
        <translation>管理服务资源</translation>
    </message>
    <message>
        <source>A resource is a replacement car or a driver.</source>
        <translation>资源只能是替换车或司机。</translation>
    </message>
    <message>
        <source>Give the car (plate and model) or the driver&apos;s name.</source>
        <translation>请填写车辆（车牌和车型）或司机姓名。</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>book member services</source>
        <translation>预约会员服务</translation>
    </message>
    <message>
        <source>Choose the kind of service.</source>
        <translation>请选择服务类型。</translation>
    </message>
    <message>
        <source>The service must end after it starts.</source>
        <translation>服务结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose the %1 for this service.</source>
        <translation>请为此服务选择%1。</translation>
    </message>
    <message>
        <source>Club member %1 does not exist.</source>
        <translation>俱乐部会员 %1 不存在。</translation>
    </message>
    <message>
        <source>This membership is cancelled.</source>
        <translation>该会籍已注销。</translation>
    </message>
    <message>
        <source>That vehicle is not this member&apos;s.</source>
        <translation>该车辆不属于此会员。</translation>
    </message>
    <message>
        <source>That resource is not available for this kind of service (retired, or the wrong kind).</source>
        <translation>该资源不能用于此类服务（已停用或类型不符）。</translation>
    </message>
    <message>
        <source>Already booked %1 – %2 for %3: choose another time or another resource.</source>
        <translation>%1 – %2 已被 %3 预约：请选择其他时间或其他资源。</translation>
    </message>
    <message>
        <source>close member services</source>
        <translation>关闭会员服务</translation>
    </message>
    <message>
        <source>A service is closed as done or cancelled.</source>
        <translation>服务只能以“已完成”或“已取消”关闭。</translation>
    </message>
    <message>
        <source>Say why the service is cancelled.</source>
        <translation>请说明取消服务的原因。</translation>
    </message>
    <message>
        <source>Service %1 is not booked (already closed?).</source>
        <translation>服务 %1 不是已预约状态（已关闭？）。</translation>
    </message>
    <message>
        <source>see member services</source>
        <translation>查看会员服务</translation>
    </message>
    <message>
        <source>Address: a pick-up needs the address to go to.</source>
        <translation>地址：接送服务需要填写接送地址。</translation>
    </message>
    <message>
        <source>Vehicle: choose the vehicle to take for inspection.</source>
        <translation>车辆：请选择要代办年检的车辆。</translation>
    </message>
</context>
<context>
    <name>crm::services::MergeService</name>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>Both customers must exist and not be merged already.</source>
        <translation>两位客户都必须存在且尚未被合并。</translation>
    </message>
    <message>
        <source>%1 (#%2) merged into %3 (#%4)</source>
        <translation>%1（#%2）已合并到 %3（#%4）</translation>
    </message>
    <message>
        <source>undo a merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Audit record #%1 is not a merge.</source>
        <translation>审计记录 #%1 不是合并操作。</translation>
    </message>
    <message>
        <source>This merge has been undone already (customer #%1 is not merged into #%2).</source>
        <translation>此合并已被撤销（客户 #%1 未合并到 #%2）。</translation>
    </message>
    <message>
        <source>undid audit record #%1</source>
        <translation>撤销了审计记录 #%1</translation>
    </message>
    <message>
        <source>see the customer archives</source>
        <translation>查看客户档案</translation>
    </message>
    <message>
        <source>Both customers are club members. Cancel one membership (its points are kept in its ledger) and move what is needed by an adjustment before merging.</source>
        <translation>两位客户都是俱乐部会员。请先注销其中一个会籍（其积分流水会保留），并通过积分调整转移所需积分，再进行合并。</translation>
    </message>
    <message>
        <source>The record of this merge is sealed and this desk has no key file for this database (%1).</source>
        <translation>这次合并的记录已加密，而本工作台没有这个数据库的密钥文件（%1）。</translation>
    </message>
    <message>
        <source>The merged customer was erased since; the merge cannot be undone.</source>
        <translation>被合并的客户此后已被删除个人信息，这次合并无法撤销。</translation>
    </message>
</context>
<context>
    <name>crm::services::MessageService</name>
    <message>
        <source>The messages&apos; quiet hours setting &quot;%1&quot; cannot be read.</source>
        <translation>短信免打扰时段设置“%1”无法读取。</translation>
    </message>
    <message>
        <source>see message templates</source>
        <translation>查看短信模板</translation>
    </message>
    <message>
        <source>edit message templates</source>
        <translation>编辑短信模板</translation>
    </message>
    <message>
        <source>A template needs a code and a title.</source>
        <translation>模板需要代码和名称。</translation>
    </message>
    <message>
        <source>Purpose: marketing, reminder or service.</source>
        <translation>用途：营销、提醒或服务通知。</translation>
    </message>
    <message>
        <source>Provider template code: the code the provider approved (e.g. SMS_123456789).</source>
        <translation>服务商模板代码：服务商审批通过的代码（如 SMS_123456789）。</translation>
    </message>
    <message>
        <source>Signature: the approved signature name (签名).</source>
        <translation>签名：审批通过的短信签名。</translation>
    </message>
    <message>
        <source>Text: the approved wording, with ${name} style placeholders.</source>
        <translation>内容：审批通过的文字，变量写作 ${name}。</translation>
    </message>
    <message>
        <source>Text: a marketing message must tell how to unsubscribe (e.g. 回复TD退订).</source>
        <translation>内容：营销短信必须写明退订方式（如 回复TD退订）。</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Message: there is no active template %1.</source>
        <translation>短信：没有启用的模板 %1。</translation>
    </message>
    <message>
        <source>Message %1: %2.</source>
        <translation>短信 %1：%2。</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>未发送：%1。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>send campaign messages</source>
        <translation>发送活动短信</translation>
    </message>
    <message>
        <source>Campaign %1 does not exist.</source>
        <translation>营销活动 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 has no message template: choose one first.</source>
        <translation>%1 没有短信模板：请先选择。</translation>
    </message>
    <message>
        <source>The template %1 asks for %2, which a campaign cannot fill (it fills %3).</source>
        <translation>模板 %1 需要 %2，营销活动无法填写（可填写 %3）。</translation>
    </message>
    <message>
        <source>The template gives the service phone: set it first (Settings, Campaigns and messages).</source>
        <translation>模板中含服务电话：请先设置（设置 → 营销活动与短信）。</translation>
    </message>
    <message>
        <source>The template gives the dealer&apos;s name: set it first (Settings).</source>
        <translation>模板中含店名：请先在设置中填写。</translation>
    </message>
    <message>
        <source>Quiet hours: messages wait until %1.</source>
        <translation>免打扰时段：短信等到 %1 再发。</translation>
    </message>
    <message>
        <source>Stopped; the rest stay queued.</source>
        <translation>已停止；其余短信继续排队。</translation>
    </message>
    <message>
        <source>The provider is throttling (%1); the rest stay queued.</source>
        <translation>服务商限流（%1）；其余短信继续排队。</translation>
    </message>
    <message>
        <source>The provider cannot be reached (%1); the rest stay queued.</source>
        <translation>无法连接服务商（%1）；其余短信继续排队。</translation>
    </message>
    <message>
        <source>read message receipts</source>
        <translation>读取短信回执</translation>
    </message>
    <message>
        <source>record message replies</source>
        <translation>登记短信回复</translation>
    </message>
    <message>
        <source>Replied %1 to a message</source>
        <translation>回复短信“%1”</translation>
    </message>
    <message>
        <source>resolve interrupted messages</source>
        <translation>处理中断的短信</translation>
    </message>
    <message>
        <source>Only a message whose sending was interrupted is resolved by hand.</source>
        <translation>只有发送中断的短信需要手工处理。</translation>
    </message>
    <message>
        <source>see messages</source>
        <translation>查看短信</translation>
    </message>
</context>
<context>
    <name>crm::services::OemService</name>
    <message>
        <source>upload templates</source>
        <translation>上传模板</translation>
    </message>
    <message>
        <source>No such upload template (it may have been deleted on another desk).</source>
        <translation>没有这个上传模板（可能已在其他电脑上删除）。</translation>
    </message>
    <message>
        <source>edit an upload template</source>
        <translation>编辑上传模板</translation>
    </message>
    <message>
        <source>Name: a template named %1 exists already.</source>
        <translation>名称：已有名为 %1 的模板。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a template file: %2</source>
        <translation>%1 不是模板文件：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the upload log</source>
        <translation>上传记录</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <source>Joined in the month</source>
        <translation>本月入会</translation>
    </message>
    <message>
        <source>Active members (12 months)</source>
        <translation>活跃会员（12 个月）</translation>
    </message>
    <message>
        <source>Members of tier %1</source>
        <translation>%1 等级会员</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未用积分</translation>
    </message>
    <message>
        <source>an upload to the manufacturer</source>
        <translation>向厂家上传数据</translation>
    </message>
    <message>
        <source>%1 is uploaded a month at a time: choose the month.</source>
        <translation>%1 按月上传：请选择月份。</translation>
    </message>
    <message>
        <source>%1 is uploaded as changes or as everything, not by month.</source>
        <translation>%1 按变更或全部上传，不按月。</translation>
    </message>
    <message>
        <source>Month: choose the month to upload.</source>
        <translation>月份：请选择要上传的月份。</translation>
    </message>
    <message>
        <source>Folder: choose a folder that exists for the file.</source>
        <translation>文件夹：请选择一个已存在的文件夹存放文件。</translation>
    </message>
    <message>
        <source>No such upload batch.</source>
        <translation>没有这个上传批次。</translation>
    </message>
    <message>
        <source>import the manufacturer&apos;s files</source>
        <translation>导入厂家文件</translation>
    </message>
    <message>
        <source>import the manufacturer&apos;s complaint tickets</source>
        <translation>导入厂家投诉工单</translation>
    </message>
    <message>
        <source>Mapping: give each of the %1 columns a meaning or leave it out.</source>
        <translation>列对应：请为全部 %1 列指定含义或设为不导入。</translation>
    </message>
    <message>
        <source>Survey date: %1 is not a date.</source>
        <translation>调查日期：%1 不是日期。</translation>
    </message>
    <message>
        <source>VIN: empty.</source>
        <translation>VIN：为空。</translation>
    </message>
    <message>
        <source>Overall score: %1 is not a score (0–100, NPS 0–10 or 0–1000).</source>
        <translation>综合得分：%1 不是分数（0–100、NPS 0–10 或 0–1000）。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何数据。</translation>
    </message>
    <message>
        <source>VIN %1 is not in the archive.</source>
        <translation>VIN %1 不在客户档案中。</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s %1 survey of %2 scored %3 of 100 (advisor or consultant: %4).</source>
        <translation>厂家 %1 调查（%2）得分 %3（满分 100；顾问：%4）。</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>未注明</translation>
    </message>
    <message>
        <source>Ticket number: empty.</source>
        <translation>工单号：为空。</translation>
    </message>
    <message>
        <source>Complaint content: empty.</source>
        <translation>投诉内容：为空。</translation>
    </message>
    <message>
        <source>Deadline: %1 is not a date and time.</source>
        <translation>时限：%1 不是日期时间。</translation>
    </message>
    <message>
        <source>Ticket %1: no customer with VIN %2 or mobile %3 in the archive.</source>
        <translation>工单 %1：档案中没有 VIN 为 %2 或手机号为 %3 的客户。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the manufacturer&apos;s scores</source>
        <translation>厂家满意度得分</translation>
    </message>
</context>
<context>
    <name>crm::services::PasswordHasher</name>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
</context>
<context>
    <name>crm::services::PdfDocument</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>crm::services::PhoneListener</name>
    <message>
        <source>Caller ID needs a port, the phone&apos;s address and a token.</source>
        <translation>来电弹屏需要端口、话机地址和口令。</translation>
    </message>
    <message>
        <source>Cannot listen for the phone on port %1: %2</source>
        <translation>无法在端口 %1 上接收话机通知：%2</translation>
    </message>
    <message>
        <source>A notification from %1 was refused: it is not this desk&apos;s phone.</source>
        <translation>已拒绝来自 %1 的通知：不是本坐席的话机。</translation>
    </message>
    <message>
        <source>A notification with a wrong token was refused.</source>
        <translation>已拒绝口令错误的通知。</translation>
    </message>
    <message>
        <source>Set the desk phone&apos;s address and dial URL first (File ▸ Desk phone).</source>
        <translation>请先设置话机地址和拨号地址（文件 ▸ 坐席话机）。</translation>
    </message>
    <message>
        <source>The phone refused the dial request (%1): check its user and password and that it allows this desk (Action URI allow list).</source>
        <translation>话机拒绝了拨号请求（%1）：请检查话机的用户名和密码，以及话机是否允许本机（Action URI 允许列表）。</translation>
    </message>
    <message>
        <source>The phone did not dial: %1</source>
        <translation>话机没有拨号：%1</translation>
    </message>
</context>
<context>
    <name>crm::services::PrivacyService</name>
    <message>
        <source>give customers a copy of their personal data</source>
        <translation>向客户提供其个人信息副本</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (or was merged).</source>
        <translation>客户 %1 不存在（或已被合并）。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>erase customers&apos; personal data</source>
        <translation>删除客户个人信息</translation>
    </message>
    <message>
        <source>Say why the data is erased (e.g. the customer&apos;s request of a date).</source>
        <translation>请说明删除原因（例如客户某日的申请）。</translation>
    </message>
    <message>
        <source>(anonymised customer %1)</source>
        <translation>（已匿名化客户 %1）</translation>
    </message>
    <message>
        <source> — documents kept by law (contracts, records of work, settlements): %1; removed: %2</source>
        <translation> — 依法保留的文件（合同、维修记录、结算单）：%1 份；已删除：%2 份</translation>
    </message>
    <message>
        <source>check the audit log</source>
        <translation>检查审计日志</translation>
    </message>
    <message>
        <source>Erased again: the erasure ledger lists this customer (a restored backup held them).</source>
        <translation>再次删除：删除台账中有此客户（恢复的备份中仍有其信息）。</translation>
    </message>
</context>
<context>
    <name>crm::services::ReportService</name>
    <message>
        <source>Weekly customer-relations report</source>
        <translation>客户关系周报</translation>
    </message>
    <message>
        <source>Monthly customer-relations report</source>
        <translation>客户关系月报</translation>
    </message>
    <message>
        <source>export reports</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Write the report as .pdf or .xlsx, not “%1”.</source>
        <translation>报表请存为 .pdf 或 .xlsx，而不是“%1”。</translation>
    </message>
    <message>
        <source>No figures in this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <source>Period %1 to %2, compared with %3 (%4 to %5). Figures as of %6.</source>
        <translation>期间 %1 至 %2，对比 %3（%4 至 %5）。数据截至 %6。</translation>
    </message>
    <message>
        <source>1. Key figures against targets</source>
        <translation>一、关键指标与目标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>2. Trends</source>
        <translation>二、趋势</translation>
    </message>
    <message>
        <source>3. Complaints</source>
        <translation>三、投诉</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按时结案</translation>
    </message>
    <message>
        <source>Average handling (working h)</source>
        <translation>平均处理时长（工作小时）</translation>
    </message>
    <message>
        <source>Complaint register of the period</source>
        <translation>本期投诉登记</translation>
    </message>
    <message>
        <source>No complaints were registered in the period.</source>
        <translation>本期没有登记投诉。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>4. Follow-up calls</source>
        <translation>四、回访</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应完成</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Calls made: %1, of which reached: %2. Club members reached in the last %3 days: %4 of %5.</source>
        <translation>本期拨打 %1 次，接通 %2 次。近 %3 天内接通的俱乐部会员：%5 人中 %4 人。</translation>
    </message>
    <message>
        <source>5. Owners&apos; club</source>
        <translation>五、车主俱乐部</translation>
    </message>
    <message>
        <source>Joined in the period</source>
        <translation>本期入会</translation>
    </message>
    <message>
        <source>Active in the last 12 months</source>
        <translation>近 12 个月活跃</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Points outstanding</source>
        <translation>未用积分余额</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>线索按来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Period or group</source>
        <translation>期间或分组</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记表</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Owners&apos; club</source>
        <translation>车主俱乐部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The period is still running: figures to %1, compared with the same days of the previous period.</source>
        <translation>本期尚未结束：数据截至 %1，与上期同期（相同天数）比较。</translation>
    </message>
    <message>
        <source>indicative</source>
        <translation>仅供参考</translation>
    </message>
    <message>
        <source>Club members at the period&apos;s end</source>
        <translation>期末俱乐部会员</translation>
    </message>
    <message>
        <source>%1 members today</source>
        <translation>今日%1会员</translation>
    </message>
    <message>
        <source>6. Campaigns</source>
        <translation>6. 营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Came for service</source>
        <translation>回厂</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Recall completion</source>
        <translation>召回完成率</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Recall completion (%)</source>
        <translation>召回完成率（%）</translation>
    </message>
    <message>
        <source>7. Feedback to departments</source>
        <translation>七、客户反馈处理</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>Average working hours</source>
        <translation>平均处理工时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Department or category</source>
        <translation>部门或类别</translation>
    </message>
</context>
<context>
    <name>crm::services::RequestService</name>
    <message>
        <source>register a request about personal data</source>
        <translation>登记个人信息权利请求</translation>
    </message>
    <message>
        <source>Kind: one of %1.</source>
        <translation>类型：只能是 %1 之一。</translation>
    </message>
    <message>
        <source>Received on: %1 is in the future.</source>
        <translation>收到日期：%1 在未来。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist (or was merged).</source>
        <translation>客户 %1 不存在（或已被合并）。</translation>
    </message>
    <message>
        <source>Who asked: choose the customer, or write the person&apos;s name when they are not in the archives.</source>
        <translation>申请人：请选择客户；不在档案中的，请填写其姓名。</translation>
    </message>
    <message>
        <source>Contact: say where the answer goes (phone, address or e-mail).</source>
        <translation>联系方式：请写明答复寄往何处（电话、地址或电子邮箱）。</translation>
    </message>
    <message>
        <source>answer a request about personal data</source>
        <translation>答复个人信息权利请求</translation>
    </message>
    <message>
        <source>Status: answered or refused.</source>
        <translation>状态：已答复或已拒绝。</translation>
    </message>
    <message>
        <source>Answer: a refusal must say why (the law asks for the reason).</source>
        <translation>答复：拒绝必须说明理由（法律要求说明理由）。</translation>
    </message>
    <message>
        <source>Answer: say what was done and how the person was told.</source>
        <translation>答复：请写明做了什么、如何告知本人。</translation>
    </message>
    <message>
        <source>Request %1 does not exist.</source>
        <translation>请求 %1 不存在。</translation>
    </message>
    <message>
        <source>Request %1 was answered already (%2).</source>
        <translation>请求 %1 已经答复过了（%2）。</translation>
    </message>
    <message>
        <source>read the register of personal-data requests</source>
        <translation>查看个人信息权利请求登记</translation>
    </message>
</context>
<context>
    <name>crm::services::RetentionService</name>
    <message>
        <source>review and erase data past its retention</source>
        <translation>复核并删除超过保存期限的数据</translation>
    </message>
    <message>
        <source>Say why these customers are erased (e.g. the retention review of a date).</source>
        <translation>请说明删除这些客户的原因（例如某日的保存期限复核）。</translation>
    </message>
    <message>
        <source>The retention policy for customers is off (Settings → Privacy).</source>
        <translation>客户的保存期限策略未开启（设置 → 隐私）。</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>保存期限：%1</translation>
    </message>
    <message>
        <source>Say why these leads are erased.</source>
        <translation>请说明删除这些线索的原因。</translation>
    </message>
    <message>
        <source>(erased lead)</source>
        <translation>（已删除的线索）</translation>
    </message>
    <message>
        <source>Say why these call notes are cleared.</source>
        <translation>请说明清除这些通话备注的原因。</translation>
    </message>
    <message>
        <source>The retention policy is reviewed by hand (Settings → Privacy: erase by itself is off).</source>
        <translation>保存期限策略设为人工复核（设置 → 隐私：未开启自动删除）。</translation>
    </message>
    <message>
        <source>the retention policy&apos;s nightly run</source>
        <translation>保存期限策略的夜间任务</translation>
    </message>
</context>
<context>
    <name>crm::services::SeedService</name>
    <message>
        <source>The demo data goes into a new, empty database; this one has users already.</source>
        <translation>演示数据只能写入新的空数据库；此数据库已有用户。</translation>
    </message>
    <message>
        <source>fill the database with generated data</source>
        <translation>向数据库填入生成的数据</translation>
    </message>
    <message>
        <source>The number of customers must not be negative.</source>
        <translation>客户数量不能为负数。</translation>
    </message>
    <message>
        <source>Seeding was cancelled after %1 customers; those are saved.</source>
        <translation>已在生成 %1 位客户后取消；已生成的客户已保存。</translation>
    </message>
    <message>
        <source>Welcome points</source>
        <translation>入会积分</translation>
    </message>
    <message>
        <source>Lost with the wallet</source>
        <translation>随钱包一起丢失</translation>
    </message>
    <message>
        <source>Reported by phone</source>
        <translation>电话挂失</translation>
    </message>
    <message>
        <source>Changed their mind</source>
        <translation>客户改变主意</translation>
    </message>
    <message>
        <source>Bought elsewhere</source>
        <translation>已在别处购车</translation>
    </message>
    <message>
        <source>Compensation for a delayed repair</source>
        <translation>维修延误补偿</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>Seeding was cancelled; the follow-ups written so far are saved.</source>
        <translation>已取消生成数据；已写入的回访记录已保存。</translation>
    </message>
    <message>
        <source>Seeding was cancelled; the club members written so far are saved.</source>
        <translation>已取消生成数据；已写入的俱乐部会员已保存。</translation>
    </message>
    <message>
        <source>Service spend</source>
        <translation>维修保养消费</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>售后服务部</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售部</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>配件部</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客服部</translation>
    </message>
</context>
<context>
    <name>crm::services::SettingsService</name>
    <message>
        <source>Dealership</source>
        <translation>经销店</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Dealership name</source>
        <translation>经销店名称</translation>
    </message>
    <message>
        <source>Dealer code (manufacturer)</source>
        <translation>经销商代码（厂家）</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>密码最短长度</translation>
    </message>
    <message>
        <source>There is no setting called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的设置项。</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>Customer archives</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>At risk after (months without a paid visit)</source>
        <translation>判定为流失风险（无付费到店的月数）</translation>
    </message>
    <message>
        <source>Lost after (months without a paid visit)</source>
        <translation>判定为已流失（无付费到店的月数）</translation>
    </message>
    <message>
        <source>Document store folder (shared folder for several desks; empty: beside the database)</source>
        <translation>文件库文件夹（多工位请用共享文件夹；留空则放在数据库旁）</translation>
    </message>
    <message>
        <source>No survey within this many days of the last one</source>
        <translation>两次调查之间至少间隔的天数</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Attempts before a task is unreachable</source>
        <translation>判定无法联系前的拨打次数</translation>
    </message>
    <message>
        <source>No answer: try again after (minutes)</source>
        <translation>无人接听：多少分钟后重拨</translation>
    </message>
    <message>
        <source>Busy: try again after (minutes)</source>
        <translation>占线：多少分钟后重拨</translation>
    </message>
    <message>
        <source>Every member reached at least once in (days)</source>
        <translation>每位会员至少回访一次的周期（天）</translation>
    </message>
    <message>
        <source>%1: write the hours as from-to pairs, e.g. 12:00-14:00, separated by commas.</source>
        <translation>%1：请按“开始-结束”填写时段，例如 12:00-14:00，多个时段用逗号分隔。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉管理</translation>
    </message>
    <message>
        <source>Warn when this share of a deadline is used (%)</source>
        <translation>时限用到此比例时预警（%）</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Unhappy: a 1–5 answer at or below</source>
        <translation>不满意：五分制得分不高于</translation>
    </message>
    <message>
        <source>Unhappy: an NPS answer at or below</source>
        <translation>不满意：NPS 得分不高于</translation>
    </message>
    <message>
        <source>Target satisfaction index (of 1000)</source>
        <translation>满意度指数目标（千分制）</translation>
    </message>
    <message>
        <source>Target NPS</source>
        <translation>NPS 目标</translation>
    </message>
    <message>
        <source>Target CSAT (%)</source>
        <translation>CSAT 目标（%）</translation>
    </message>
    <message>
        <source>Owners&apos; club</source>
        <translation>车主俱乐部</translation>
    </message>
    <message>
        <source>Points per ¥1 of service spend</source>
        <translation>售后消费每 1 元积分</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>积分有效期（月）</translation>
    </message>
    <message>
        <source>Adjustments above this many points need a manager</source>
        <translation>超过此积分数的调整需主管审批</translation>
    </message>
    <message>
        <source>Silver from (points earned in 12 months)</source>
        <translation>银卡门槛（12 个月内获得积分）</translation>
    </message>
    <message>
        <source>Gold from (points earned in 12 months)</source>
        <translation>金卡门槛（12 个月内获得积分）</translation>
    </message>
    <message>
        <source>Platinum from (points earned in 12 months)</source>
        <translation>铂金卡门槛（12 个月内获得积分）</translation>
    </message>
    <message>
        <source>Keep a tier at least (months) before a downgrade</source>
        <translation>降级前至少保留等级（月）</translation>
    </message>
    <message>
        <source>Birthday points (0: none)</source>
        <translation>生日积分（0：不发放）</translation>
    </message>
    <message>
        <source>Points for a referral that is delivered</source>
        <translation>推荐成交奖励积分</translation>
    </message>
    <message>
        <source>A new lead is contacted within (hours)</source>
        <translation>新线索须在（小时）内联系</translation>
    </message>
    <message>
        <source>Manager dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <source>Amber when a target is missed by at most (% of the target)</source>
        <translation>未达目标但差距不超过此比例时显示黄色（目标的 %）</translation>
    </message>
    <message>
        <source>Target follow-up completion (%)</source>
        <translation>回访完成率目标（%）</translation>
    </message>
    <message>
        <source>Target follow-ups on time (%)</source>
        <translation>回访及时率目标（%）</translation>
    </message>
    <message>
        <source>Target member follow-up coverage (%)</source>
        <translation>会员回访覆盖率目标（%）</translation>
    </message>
    <message>
        <source>Complaints per month at most</source>
        <translation>每月投诉上限</translation>
    </message>
    <message>
        <source>Target complaints closed on time (%)</source>
        <translation>投诉按时结案率目标（%）</translation>
    </message>
    <message>
        <source>Target complaint-handling satisfaction (%)</source>
        <translation>投诉处理满意度目标（%）</translation>
    </message>
    <message>
        <source>Churn rate at most (%)</source>
        <translation>流失率上限（%）</translation>
    </message>
    <message>
        <source>Target first-maintenance return (%)</source>
        <translation>首保回厂率目标（%）</translation>
    </message>
    <message>
        <source>Target second-maintenance return (%)</source>
        <translation>二保回厂率目标（%）</translation>
    </message>
    <message>
        <source>Target club members (0 = none)</source>
        <translation>俱乐部会员目标（0 = 不设）</translation>
    </message>
    <message>
        <source>Target active members (0 = none)</source>
        <translation>活跃会员目标（0 = 不设）</translation>
    </message>
    <message>
        <source>Target referral conversion (%)</source>
        <translation>推荐转化率目标（%）</translation>
    </message>
    <message>
        <source>Lock an account after this many failed sign-ins in a row</source>
        <translation>连续登录失败多少次后锁定账号</translation>
    </message>
    <message>
        <source>Keep it locked for (minutes)</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes (0 = never)</source>
        <translation>无操作多少分钟后锁屏（0 = 从不）</translation>
    </message>
    <message>
        <source>Back up the database every (hours; 0 = never)</source>
        <translation>每隔多少小时备份数据库（0 = 不自动备份）</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backups kept (the oldest are removed)</source>
        <translation>保留的备份份数（更早的自动删除）</translation>
    </message>
    <message>
        <source>Backup folder (best on another disk; empty: beside the database)</source>
        <translation>备份文件夹（最好在另一块磁盘上；留空：放在数据库旁边）</translation>
    </message>
    <message>
        <source>Club cards</source>
        <translation>会员卡发放方式</translation>
    </message>
    <message>
        <source>One card per customer</source>
        <translation>每位客户一张卡</translation>
    </message>
    <message>
        <source>One card per vehicle</source>
        <translation>每辆车一张卡</translation>
    </message>
    <message>
        <source>Survey figures from fewer answers are indicative (not coloured)</source>
        <translation>答卷少于此数的满意度指标仅供参考（不标颜色）</translation>
    </message>
    <message>
        <source>Customers&apos; rest time (no calls)</source>
        <translation>客户休息时间（不拨打电话）</translation>
    </message>
    <message>
        <source>Front desk and appointments</source>
        <translation>前台与预约</translation>
    </message>
    <message>
        <source>Open on Saturdays</source>
        <translation>周六营业时间</translation>
    </message>
    <message>
        <source>Open on Sundays</source>
        <translation>周日营业时间</translation>
    </message>
    <message>
        <source>Store closed on (days, e.g. 2027-02-16, 2027-02-17)</source>
        <translation>门店休息日（日期，如 2027-02-16, 2027-02-17）</translation>
    </message>
    <message>
        <source>Appointment slot (minutes)</source>
        <translation>预约时段长度（分钟）</translation>
    </message>
    <message>
        <source>Appointments per slot</source>
        <translation>每个时段可约台数</translation>
    </message>
    <message>
        <source>Workshop labour hours a day</source>
        <translation>车间每天可约工时</translation>
    </message>
    <message>
        <source>Labour hours a day per service advisor (0 = no limit)</source>
        <translation>每位服务顾问每天可约工时（0 = 不限）</translation>
    </message>
    <message>
        <source>No-show when not arrived this long after the slot (minutes)</source>
        <translation>时段结束后多久未到店算爽约（分钟）</translation>
    </message>
    <message>
        <source>A service visit counts as the arrival within (± days)</source>
        <translation>进厂记录在预约日前后几天内算作到店（± 天）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day (write 2027-02-16).</source>
        <translation>%1：“%2”不是日期（请写成 2027-02-16）。</translation>
    </message>
    <message>
        <source>Target appointment show rate (%)</source>
        <translation>目标预约到店率（%）</translation>
    </message>
    <message>
        <source>Open on Mondays</source>
        <translation>周一营业时间</translation>
    </message>
    <message>
        <source>Open on Tuesdays</source>
        <translation>周二营业时间</translation>
    </message>
    <message>
        <source>Open on Wednesdays</source>
        <translation>周三营业时间</translation>
    </message>
    <message>
        <source>Open on Thursdays</source>
        <translation>周四营业时间</translation>
    </message>
    <message>
        <source>Open on Fridays</source>
        <translation>周五营业时间</translation>
    </message>
    <message>
        <source>Target booking rate (service visits that came on an appointment, %)</source>
        <translation>目标预约率（预约进厂台次 / 总进厂台次，%）</translation>
    </message>
    <message>
        <source>Campaigns and messages</source>
        <translation>营销活动与短信</translation>
    </message>
    <message>
        <source>A service visit counts for a campaign answer within (days)</source>
        <translation>应答后多少天内的进厂计入活动（天）</translation>
    </message>
    <message>
        <source>No messages sent in these hours (they wait)</source>
        <translation>这些时段不发短信（排队等待）</translation>
    </message>
    <message>
        <source>Marketing messages per customer in 30 days, at most</source>
        <translation>每位客户 30 天内营销短信上限</translation>
    </message>
    <message>
        <source>Service phone number given in messages</source>
        <translation>短信中的服务电话</translation>
    </message>
    <message>
        <source>A reminder message the day before an appointment</source>
        <translation>预约前一天发送提醒短信</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>A message beside these follow-up calls (first_maintenance, routine_maintenance, insurance_renewal, birthday_care)</source>
        <translation>这些回访电话同时发短信（first_maintenance 首保、routine_maintenance 定保、insurance_renewal 续保、birthday_care 生日）</translation>
    </message>
    <message>
        <source>%1, %2 (hours on its clock)</source>
        <translation>%1，%2（按所选计时方式的小时数）</translation>
    </message>
    <message>
        <source>%1, %2: counted on</source>
        <translation>%1，%2：计时方式</translation>
    </message>
    <message>
        <source>Target feedback resolved on time (%)</source>
        <translation>目标反馈按时解决率（%）</translation>
    </message>
    <message>
        <source>Calendar hours</source>
        <translation>自然小时</translation>
    </message>
    <message>
        <source>Working days (national calendar)</source>
        <translation>工作日（国家日历）</translation>
    </message>
    <message>
        <source>Store opening hours</source>
        <translation>本店营业时间</translation>
    </message>
    <message>
        <source>&quot;Due within N days&quot; counts</source>
        <translation>“N 天内完成”的计数方式</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>Days the store opens</source>
        <translation>本店营业日</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>系统使用报告</translation>
    </message>
    <message>
        <source>A call shorter than this is short (seconds)</source>
        <translation>短于此时长的通话算作短通话（秒）</translation>
    </message>
    <message>
        <source>Flag a person with more short calls in a day than</source>
        <translation>一天内短通话超过此数量时提示</translation>
    </message>
    <message>
        <source>Flag a call logged this long after it ended (minutes)</source>
        <translation>通话结束后超过此时长才登记时提示（分钟）</translation>
    </message>
    <message>
        <source>Flag a person revealing more numbers in a day than</source>
        <translation>一天内查看完整号码超过此数量时提示</translation>
    </message>
    <message>
        <source>Flag a person exporting more rows in a day than</source>
        <translation>一天内导出超过此行数时提示</translation>
    </message>
    <message>
        <source>An account is inactive after this many days without a sign-in</source>
        <translation>超过此天数未登录的账号视为闲置</translation>
    </message>
    <message>
        <source>A manufacturer&apos;s survey score under this opens a complaint (0–100)</source>
        <translation>厂家调查得分低于此值时登记投诉（0–100）</translation>
    </message>
    <message>
        <source>Privacy: retention</source>
        <translation>隐私：保存期限</translation>
    </message>
    <message>
        <source>Review a customer with no purchase, visit, call or consent for this many years (0: never)</source>
        <translation>客户连续多少年无购车、进厂、通话或授权即列入复核（0：从不）</translation>
    </message>
    <message>
        <source>Erase a lead never converted after this many months (0: never)</source>
        <translation>线索多少个月未转化即删除（0：从不）</translation>
    </message>
    <message>
        <source>Clear the notes of calls older than this many years (0: never)</source>
        <translation>清除多少年以前的通话备注（0：从不）</translation>
    </message>
    <message>
        <source>What the policy reaches is erased</source>
        <translation>策略涉及的数据如何删除</translation>
    </message>
    <message>
        <source>after review, by hand</source>
        <translation>人工复核后删除</translation>
    </message>
    <message>
        <source>by the nightly run, by itself</source>
        <translation>由夜间任务自动删除</translation>
    </message>
</context>
<context>
    <name>crm::services::SmsAccountStore</name>
    <message>
        <source>Cannot read the message provider&apos;s account (%1): %2</source>
        <translation>无法读取短信服务商账号（%1）：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The message provider&apos;s account file %1 is damaged (%2); enter the account again under Campaigns, Messages, Provider account.</source>
        <translation>短信服务商账号文件 %1 已损坏（%2）；请在“营销活动 → 短信 → 服务商账号”中重新填写账号。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>crm::services::SurveyService</name>
    <message>
        <source>Scale 1–5</source>
        <translation>1–5 分</translation>
    </message>
    <message>
        <source>Scale 0–10</source>
        <translation>0–10 分</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Sales (SSI)</source>
        <translation>销售（SSI）</translation>
    </message>
    <message>
        <source>Service (CSI)</source>
        <translation>售后（CSI）</translation>
    </message>
    <message>
        <source>Complaint handling</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Survey template %1 does not exist.</source>
        <translation>问卷模板 %1 不存在。</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>请为模板命名。</translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation>问卷至少需要一个问题。</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <source>%1: write the question.</source>
        <translation>%1：请填写题目。</translation>
    </message>
    <message>
        <source>%1: choose what kind of answer it takes.</source>
        <translation>%1：请选择答题方式。</translation>
    </message>
    <message>
        <source>%1: a choice needs at least two options, one per line.</source>
        <translation>%1：选择题至少需要两个选项，每行一个。</translation>
    </message>
    <message>
        <source>%1: only scale questions carry a weight in the index.</source>
        <translation>%1：只有评分题才能设置指数权重。</translation>
    </message>
    <message>
        <source>%1: the NPS question is a 0–10 scale.</source>
        <translation>%1：NPS 题必须是 0–10 分。</translation>
    </message>
    <message>
        <source>%1: it can only depend on an earlier scale or yes/no question.</source>
        <translation>%1：只能依赖前面的评分题或是否题。</translation>
    </message>
    <message>
        <source>edit survey templates</source>
        <translation>编辑问卷模板</translation>
    </message>
    <message>
        <source>Choose what the survey is for.</source>
        <translation>请选择问卷用途。</translation>
    </message>
    <message>
        <source>The customer does not take part in surveys (opt-out).</source>
        <translation>客户不接受问卷调查（已登记拒访）。</translation>
    </message>
    <message>
        <source>Surveyed on %1: no second survey within %2 days.</source>
        <translation>已于 %1 调查过：%2 天内不再重复调查。</translation>
    </message>
    <message>
        <source>record survey answers</source>
        <translation>记录调查答案</translation>
    </message>
    <message>
        <source>Choose the customer who answered.</source>
        <translation>请选择答卷客户。</translation>
    </message>
    <message>
        <source>A survey is answered on a call or on paper.</source>
        <translation>问卷通过电话或纸质方式填写。</translation>
    </message>
    <message>
        <source>%1 (%2) needs an answer.</source>
        <translation>%1（%2）必须回答。</translation>
    </message>
    <message>
        <source>%1 is only asked after a low answer to question %2.</source>
        <translation>%1 只在第 %2 题得分较低时才询问。</translation>
    </message>
    <message>
        <source>%1: the answer must be from %2 to %3.</source>
        <translation>%1：答案必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>%1 — %2/5</source>
        <translation>%1 — %2/5</translation>
    </message>
    <message>
        <source>%1 — %2/10</source>
        <translation>%1 — %2/10</translation>
    </message>
    <message>
        <source>Low answers in &quot;%1&quot;:
%2</source>
        <translation>“%1”中的低分答案：
%2</translation>
    </message>
    <message>
        <source>see survey scores</source>
        <translation>查看满意度得分</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>请选择开始日期不晚于结束日期的期间。</translation>
    </message>
    <message>
        <source>Unknown grouping &quot;%1&quot;.</source>
        <translation>未知的分组“%1”。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>export survey scores</source>
        <translation>导出满意度得分</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>Index (of 1000)</source>
        <translation>指数（千分制）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 答题数</translation>
    </message>
    <message>
        <source>see survey alerts</source>
        <translation>查看满意度预警</translation>
    </message>
    <message>
        <source>resolve survey alerts</source>
        <translation>处理满意度预警</translation>
    </message>
    <message>
        <source>Say how the unhappy answer was handled.</source>
        <translation>请说明如何处理了不满意的反馈。</translation>
    </message>
    <message>
        <source>This alert is already resolved.</source>
        <translation>该预警已处理。</translation>
    </message>
    <message>
        <source>see survey responses</source>
        <translation>查看调查答卷</translation>
    </message>
</context>
<context>
    <name>crm::services::TableWriter</name>
    <message>
        <source>Export to a .csv or .xlsx file.</source>
        <translation>请导出为 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot add the sheet %1.</source>
        <translation>无法添加工作表 %1。</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most 1,048,576 rows.</source>
        <translation>Excel 工作表最多 1048576 行。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>crm::services::UsageService</name>
    <message>
        <source>Many very short calls</source>
        <translation>大量极短通话</translation>
    </message>
    <message>
        <source>Call logged long after it was made</source>
        <translation>通话很久之后才登记</translation>
    </message>
    <message>
        <source>Call made outside opening hours</source>
        <translation>非营业时间通话</translation>
    </message>
    <message>
        <source>Many numbers revealed</source>
        <translation>大量查看完整号码</translation>
    </message>
    <message>
        <source>Many rows exported</source>
        <translation>大量导出数据</translation>
    </message>
    <message>
        <source>Signed in on two desks at once</source>
        <translation>同一账号同时在两台电脑登录</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>the usage report</source>
        <translation>系统使用报告</translation>
    </message>
    <message>
        <source>Period: the first day must not be after the last.</source>
        <translation>期间：起始日期不能晚于截止日期。</translation>
    </message>
    <message>
        <source>Period: at most a year at a time.</source>
        <translation>期间：一次最多一年。</translation>
    </message>
    <message>
        <source>%1 calls shorter than %2 s (more than %3)</source>
        <translation>%1 次通话短于 %2 秒（超过 %3 次）</translation>
    </message>
    <message>
        <source>%1 numbers revealed (more than %2)</source>
        <translation>查看完整号码 %1 次（超过 %2 次）</translation>
    </message>
    <message>
        <source>%1 rows exported (more than %2)</source>
        <translation>导出 %1 行（超过 %2 行）</translation>
    </message>
    <message>
        <source>%1 and %2 from %3</source>
        <translation>%1 与 %2，自 %3 起</translation>
    </message>
    <message>
        <source>who saw whose personal data</source>
        <translation>个人信息查看记录</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Usage %1 – %2</source>
        <translation>系统使用 %1 – %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活跃小时</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Short calls</source>
        <translation>短通话</translation>
    </message>
    <message>
        <source>Call minutes</source>
        <translation>通话分钟</translation>
    </message>
    <message>
        <source>Tasks closed</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Rows exported</source>
        <translation>导出行数</translation>
    </message>
    <message>
        <source>Numbers revealed</source>
        <translation>查看号码</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Inactive accounts</source>
        <translation>闲置账号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 call(s) logged long after they were made (up to %2 minutes later)</source>
        <translation>%1 次通话在结束很久之后才登记（最多晚 %2 分钟）</translation>
    </message>
    <message>
        <source>%1 call(s) made while the store was closed (the first at %2)</source>
        <translation>%1 次通话在非营业时间拨打（最早 %2）</translation>
    </message>
</context>
<context>
    <name>crm::services::UserService</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password is too long (at most 256 characters).</source>
        <translation>密码过长（最多 256 个字符）。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2–32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名“%1”无效：请使用 2–32 个小写字母、数字、“.”、“_”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 64 characters).</source>
        <translation>姓名过长（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken already.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <source>This database has users already; sign in instead.</source>
        <translation>此数据库已有用户，请直接登录。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <source>see the user accounts</source>
        <translation>查看用户账户</translation>
    </message>
    <message>
        <source>add user accounts</source>
        <translation>添加用户账户</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>不存在编号为 %1 的用户。</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>change user accounts</source>
        <translation>修改用户账户</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (at most 64 characters).</source>
        <translation>请输入姓名（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>不能取消您自己的管理员角色。</translation>
    </message>
    <message>
        <source>enable user accounts</source>
        <translation>启用用户账户</translation>
    </message>
    <message>
        <source>disable user accounts</source>
        <translation>停用用户账户</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>This is the last active administrator; enable or add another one first.</source>
        <translation>这是最后一个启用的管理员；请先启用或添加另一个管理员。</translation>
    </message>
    <message>
        <source>reset other people&apos;s passwords</source>
        <translation>重置他人的密码</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins, until %1. Try again then, or ask an administrator to reset the password.</source>
        <translation>此账号因登录失败次数过多已被锁定，至 %1 解除。请届时再试，或请管理员重置密码。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password too many times: this account is now locked for %n minute(s).</source>
        <translation>
            <numerusform>密码错误次数过多：此账号已被锁定 %n 分钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::ConnectionStatus</name>
    <message>
        <source>Connected to the database server again.</source>
        <translation>已重新连接到数据库服务器。</translation>
    </message>
    <message>
        <source>Database server unreachable — reconnecting… Nothing is lost: forms stay open until saved.</source>
        <translation>无法连接数据库服务器——正在重连…… 内容不会丢失：表单会保持打开，直到保存成功。</translation>
    </message>
    <message>
        <source>Database server unreachable for %1 s — reconnecting… Nothing is lost: forms stay open until saved.</source>
        <translation>数据库服务器已 %1 秒无法连接——正在重连…… 内容不会丢失：表单会保持打开，直到保存成功。</translation>
    </message>
</context>
<context>
    <name>crm::ui::FirstRunWizard</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Setting up DealerCRM</source>
        <translation>设置 DealerCRM</translation>
    </message>
    <message>
        <source>Welcome to DealerCRM</source>
        <translation>欢迎使用 DealerCRM</translation>
    </message>
    <message>
        <source>This database is new. A few questions set it up for your dealership; every answer can be changed later in File → Settings.</source>
        <translation>这是一个新数据库。回答几个问题即可为本店完成设置；每一项以后都可以在“文件 → 设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. 广州某某汽车销售服务有限公司</source>
        <translation>例如：广州某某汽车销售服务有限公司</translation>
    </message>
    <message>
        <source>&amp;Dealership name:</source>
        <translation>店名(&amp;D)：</translation>
    </message>
    <message>
        <source>Dealer &amp;code (manufacturer):</source>
        <translation>厂家经销商代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Open Monday to Friday:</source>
        <translation>周一至周五营业：</translation>
    </message>
    <message>
        <source>Open on Saturdays:</source>
        <translation>周六营业：</translation>
    </message>
    <message>
        <source>Open on Sundays:</source>
        <translation>周日营业：</translation>
    </message>
    <message>
        <source>A day without hours is closed. Holidays and a weekday with its own hours: Settings → Front desk and appointments.</source>
        <translation>没有时段的日子不营业。节假日和个别工作日的时间：设置 → 前台与预约。</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The administrator adds the staff&apos;s accounts, changes the settings and keeps the backups. Choose a password only you know; it cannot be read back, only reset by another administrator.</source>
        <translation>管理员为同事建立账户、修改设置并负责备份。请设置只有您知道的密码；密码无法查看，只能由另一位管理员重置。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The desks&apos; accounts</source>
        <translation>各岗位账户</translation>
    </message>
    <message>
        <source>Add an account for each person who works with DealerCRM — now or later in Users. Each person signs in with their own account: the audit log and the reports say who did what.</source>
        <translation>为每位使用 DealerCRM 的同事建立账户——现在或以后在“用户账户”中添加。每人使用自己的账户登录：审计日志和报表据此记录谁做了什么。</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add this account</source>
        <translation>添加此账户(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: it is backed up on the server with pg_dump (see the administrator&apos;s chapter of the user guide, F1). The desks make no copies of their own.</source>
        <translation>此数据库在 PostgreSQL 服务器上：在服务器上用 pg_dump 备份（见用户指南的管理员章节，F1）。各坐席不另做备份。</translation>
    </message>
    <message>
        <source>DealerCRM copies the whole database by itself while a desk is open. Choose a folder on another disk or a shared folder, so a broken disk does not take the copies with it. Empty: beside the database.</source>
        <translation>程序运行时会自动复制整个数据库。请选择另一块硬盘上的文件夹或共享文件夹，以免硬盘损坏时备份一同丢失。留空：存放在数据库旁边。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Back up &amp;every (hours; 0 = never):</source>
        <translation>备份间隔(&amp;E)（小时；0 = 不备份）：</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>客户数据</translation>
    </message>
    <message>
        <source>Bring in the customers and vehicles from the DMS: export them there as Excel (.xlsx) or CSV — GB18030 files are read as they are — and choose the file. After Finish you match its columns and see every refused row with its reason before anything is stored. You can also do it later: Customers → Import (Ctrl+I).</source>
        <translation>从 DMS 导入客户和车辆：在 DMS 中导出为 Excel（.xlsx）或 CSV（GB18030 编码可直接读取），然后选择该文件。点“完成”后先对照各列，并在保存前看到每一条被拒绝的行及原因。也可以以后再做：客户档案 → 导入（Ctrl+I）。</translation>
    </message>
    <message>
        <source>DMS &amp;export:</source>
        <translation>DMS 导出文件(&amp;E)：</translation>
    </message>
    <message>
        <source>The DMS export</source>
        <translation>DMS 导出文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Press F1 in any page of the program for its part of the user guide.</source>
        <translation>在程序的任何页面按 F1，即可打开用户指南中该页面的章节。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>crm::ui::GlobalSearch</name>
    <message>
        <source>Search… (Ctrl+K)</source>
        <translation>搜索…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>没有找到“%1”</translation>
    </message>
</context>
<context>
    <name>crm::ui::HelpDialogs</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>新功能</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>前进(&amp;F) →</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>About DealerCRM</source>
        <translation>关于 DealerCRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerCRM %1&lt;/h3&gt;&lt;p&gt;Customer relations for car dealerships: follow-up calls, satisfaction surveys, complaints, customer archives and the owners&apos; club.&lt;/p&gt;&lt;p&gt;Qt %2 · database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerCRM %1&lt;/h3&gt;&lt;p&gt;汽车经销店（4S 店）客户关系管理：回访、满意度调查、投诉、客户档案与车主俱乐部。&lt;/p&gt;&lt;p&gt;Qt %2 · 数据库：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerCRM %1&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Front desk: inbound calls find the caller by number, and the appointment book shows each day&apos;s places.&lt;/li&gt;&lt;li&gt;Campaigns and text messages, with consent and the monthly limit checked for you.&lt;/li&gt;&lt;li&gt;Customer feedback is routed to departments with deadlines and reminders.&lt;/li&gt;&lt;li&gt;The manufacturer&apos;s files: uploads of what changed and imports of survey results.&lt;/li&gt;&lt;li&gt;Personal data: requests of customers with their legal deadline, the retention review, and erasure that also reaches the audit log.&lt;/li&gt;&lt;li&gt;Sign out or switch user without closing the program (File, Ctrl+Shift+L); every keyboard shortcut is in the menus and in Help → Keyboard shortcuts.&lt;/li&gt;&lt;li&gt;F1 opens the user guide at the page you are on: each role&apos;s tasks, step by step, with pictures. A new database starts with a short guided set-up.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;DealerCRM %1&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;前台：来电按号码自动识别客户，预约看板显示每天的可约名额。&lt;/li&gt;&lt;li&gt;营销活动与短信：自动核对客户同意与每月条数上限。&lt;/li&gt;&lt;li&gt;客户反馈分派到各部门，带处理时限与催办。&lt;/li&gt;&lt;li&gt;厂家数据：上传变更的客户档案，导入满意度调查结果。&lt;/li&gt;&lt;li&gt;个人信息：客户请求及其法定期限、保存期限复核，删除客户时审计日志中的个人信息一并删除。&lt;/li&gt;&lt;li&gt;不关闭程序即可注销或切换用户（文件，Ctrl+Shift+L）；所有快捷键都在菜单中，也在“帮助 → 快捷键”中列出。&lt;/li&gt;&lt;li&gt;按 F1 打开用户指南中当前页面的章节：各岗位的工作按步骤说明，并附截图。新数据库首次启动时有简短的引导设置。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>crm::ui::Keys</name>
    <message>
        <source>Lists and cards</source>
        <translation>列表与卡片</translation>
    </message>
    <message>
        <source>Call desk</source>
        <translation>回访工作台</translation>
    </message>
    <message>
        <source>Manager&apos;s board and appointment book</source>
        <translation>经营看板与预约表</translation>
    </message>
    <message>
        <source>New customer, user, complaint, appointment, campaign or template on its page</source>
        <translation>在各自页面新建客户、用户、投诉、预约、活动或模板</translation>
    </message>
    <message>
        <source>Read the list again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>Print the report, statement or day sheet</source>
        <translation>打印报表、对账单或派工单</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Edit the open customer</source>
        <translation>修改当前客户</translation>
    </message>
    <message>
        <source>Campaigns and usage: export what the page shows</source>
        <translation>营销活动与系统使用：导出页面内容</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s files: make the upload file</source>
        <translation>厂家数据交换：生成上传文件</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s files: save the template</source>
        <translation>厂家数据交换：保存模板</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>The call&apos;s outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <source>Save the call and open the next task</source>
        <translation>保存通话并打开下一条任务</translation>
    </message>
    <message>
        <source>Back to the queue (↑ / ↓ and Enter choose a task)</source>
        <translation>返回队列（↑ / ↓ 和 Enter 选择任务）</translation>
    </message>
    <message>
        <source>Inbound call: save it</source>
        <translation>来电：保存</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous / next week, month or day</source>
        <translation>上一 / 下一周、月或日</translation>
    </message>
    <message>
        <source>On a figure: list the records behind it</source>
        <translation>在指标上：列出其背后的记录</translation>
    </message>
</context>
<context>
    <name>crm::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>Nothing here for your role yet</source>
        <translation>您的角色暂时没有可用的模块</translation>
    </message>
    <message>
        <source>An administrator can change your role in User accounts.</source>
        <translation>系统管理员可以在“用户账户”中更改您的角色。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DealerCRM</source>
        <translation>关于 DealerCRM(&amp;A)</translation>
    </message>
    <message>
        <source>DealerCRM</source>
        <translation>DealerCRM</translation>
    </message>
    <message>
        <source>DealerCRM — %1</source>
        <translation>DealerCRM — %1</translation>
    </message>
    <message>
        <source>Generating today&apos;s follow-up tasks…</source>
        <translation>正在生成今日回访任务…</translation>
    </message>
    <message>
        <source>Follow-up tasks were not generated: %1</source>
        <translation>回访任务未生成：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n new follow-up task(s) for today.</source>
        <translation>
            <numerusform>今日新增 %n 个回访任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The club&apos;s daily run failed: %1</source>
        <translation>俱乐部每日任务失败：%1</translation>
    </message>
    <message>
        <source>Your role cannot open this record here.</source>
        <translation>您的角色无法在此打开该记录。</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>定时备份失败：%1</translation>
    </message>
    <message>
        <source>Backed up the database to %1.</source>
        <translation>数据库已备份到 %1。</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>备份正在进行中。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user</source>
        <translation>注销/切换用户(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search customers and records</source>
        <translation>搜索客户和记录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;What&apos;s new</source>
        <translation>新功能(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Inbound call…</source>
        <translation>来电(&amp;I)…</translation>
    </message>
    <message>
        <source>Incoming call from %1: finish the open form, then press F2.</source>
        <translation>%1 来电：请先完成当前窗口，再按 F2。</translation>
    </message>
    <message>
        <source>Desk &amp;phone…</source>
        <translation>坐席话机(&amp;P)…</translation>
    </message>
    <message>
        <source>The retention policy&apos;s run failed: %1</source>
        <translation>保存期限策略的自动执行失败：%1</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ScreenLock</name>
    <message>
        <source>DealerCRM is locked</source>
        <translation>DealerCRM 已锁定</translation>
    </message>
    <message>
        <source>DealerCRM is locked. Enter the password of %1 to go on.</source>
        <translation>DealerCRM 已锁定。请输入 %1 的密码以继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out and close</source>
        <translation>退出登录并关闭</translation>
    </message>
    <message>
        <source>That is not the password of %1.</source>
        <translation>这不是 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when DealerCRM starts again.</source>
        <translation>新的语言在 DealerCRM 重新启动后生效。</translation>
    </message>
    <message>
        <source>Only a manager or an administrator can change the business settings.</source>
        <translation>只有经理或系统管理员可以修改业务设置。</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1; %n kept in %2.</source>
        <translation>
            <numerusform>最近一次备份：%1；%2 中保留 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet in %1.</source>
        <translation>%1 中还没有备份。</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimeSpansEdit</name>
    <message>
        <source>Add a time</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>00:00 here means midnight at the end of the day</source>
        <translation>此处 00:00 表示当天结束时的午夜（24:00）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::AccountPage</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Record type:</source>
        <translation>记录类型：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Select a row to see the values before and after the change.</source>
        <translation>选择一行，查看修改前后的值。</translation>
    </message>
    <message>
        <source>Before:
%1
After:
%2</source>
        <translation>修改前：
%1
修改后：
%2</translation>
    </message>
    <message>
        <source>The customer was erased: the values of this entry were sealed under their key, which the erasure destroyed. The entry itself stays in the log.</source>
        <translation>该客户的个人信息已删除：这条记录的内容用该客户的密钥加密，删除时密钥已销毁。记录本身仍保留在日志中。</translation>
    </message>
    <message>
        <source>The values of this entry are sealed, and this desk has no key file for this database (%1). Copy it from the desk that set the database up or from its backup.</source>
        <translation>这条记录的内容已加密，而本工作台没有这个数据库的密钥文件（%1）。请从建立数据库的那台工作台或其备份中复制。</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>(personal values erased with the customer)</source>
        <translation>（个人信息已随客户删除）</translation>
    </message>
    <message>
        <source>(sealed: this desk has no key file for this database)</source>
        <translation>（已加密：本工作台没有这个数据库的密钥文件）</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>系统使用</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The report as XLSX or CSV (Ctrl+E)</source>
        <translation>将报告导出为 XLSX 或 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活跃小时</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Short calls</source>
        <translation>短通话</translation>
    </message>
    <message>
        <source>Call minutes</source>
        <translation>通话分钟</translation>
    </message>
    <message>
        <source>Tasks closed</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Rows exported</source>
        <translation>导出行数</translation>
    </message>
    <message>
        <source>Numbers revealed</source>
        <translation>查看号码</translation>
    </message>
    <message>
        <source>Nobody used the program in this period.</source>
        <translation>此期间没有人使用系统。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Nothing unusual in this period (thresholds: Settings → Usage report).</source>
        <translation>此期间没有异常（阈值见：设置 → 系统使用报告）。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Every account was used recently.</source>
        <translation>所有账号近期都有使用。</translation>
    </message>
    <message>
        <source>&amp;Disable the account</source>
        <translation>停用账号(&amp;D)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>涉及客户</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Why / file</source>
        <translation>原因 / 文件</translation>
    </message>
    <message>
        <source>No personal data was revealed or exported in this period.</source>
        <translation>此期间没有查看或导出个人信息。</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Inactive accounts</source>
        <translation>闲置账号</translation>
    </message>
    <message>
        <source>Personal data seen or taken</source>
        <translation>个人信息查看与导出</translation>
    </message>
    <message>
        <source>Reading the usage…</source>
        <translation>正在读取使用情况…</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>系统使用报告</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Anomalies (%1)</source>
        <translation>异常情况（%1）</translation>
    </message>
    <message>
        <source>Inactive accounts (%1)</source>
        <translation>闲置账号（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) at work</source>
        <translation>
            <numerusform>%n 人使用了系统</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable the account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer sign in; an administrator can enable it again.</source>
        <translation>停用 %1 的账号？停用后无法登录，管理员可以重新启用。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Export the usage report</source>
        <translation>导出系统使用报告</translation>
    </message>
    <message>
        <source>usage-%1-%2.xlsx</source>
        <translation>系统使用-%1-%2.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Program and person @ desk</source>
        <translation>程序与人员 @ 工作台</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>服务器角色</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No desk is connected to the server.</source>
        <translation>当前没有工作台连接到服务器。</translation>
    </message>
    <message>
        <source>This database is a single SQLite file: there is no server to connect to. The desks&apos; sessions are counted under &quot;By person&quot;.</source>
        <translation>此数据库是单个 SQLite 文件，没有可连接的服务器。各工作台的使用会话统计在“按人员”中。</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>当前连接</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>客户端地址</translation>
    </message>
    <message>
        <source>working on a statement</source>
        <translation>正在执行语句</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>idle inside a transaction</source>
        <translation>事务中空闲</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>crm::ui::admin::UsersPage</name>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They can no longer sign in; their records stay.</source>
        <translation>停用 %1（%2）的账户？停用后将无法登录，其记录仍会保留。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::ArchivesPage</name>
    <message>
        <source>Customer archives</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <source>Add one with Ctrl+N, or import a DMS export.</source>
        <translation>按 Ctrl+N 添加，或导入 DMS 导出文件。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Exports the customers the list shows now (search and filters apply), with full mobile numbers. Every export is recorded in the audit log.</source>
        <translation>导出列表当前显示的客户（按当前搜索和筛选），包含完整手机号。每次导出都会记录在审计日志中。</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Name, pinyin initials (zwm), mobile or its last 4, plate, VIN or its tail (6 or more)</source>
        <translation>姓名、拼音首字母（zwm）、手机号或尾号 4 位、车牌、车架号或其末尾 6 位以上</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>全部城市</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部车型</translation>
    </message>
    <message>
        <source>VIP or not</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation>仅 VIP</translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation>非 VIP</translation>
    </message>
    <message>
        <source>Any churn state</source>
        <translation>全部流失状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>客户.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已导出 %1 位客户到 %2。</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表 (F5)</translation>
    </message>
    <message>
        <source>Add to a campaign…</source>
        <translation>加入营销活动…</translation>
    </message>
    <message>
        <source>Personal-data requests</source>
        <translation>个人信息请求</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>保存期限复核</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::ChurnPage</name>
    <message>
        <source>Whole dealership</source>
        <translation>全店</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>按车型</translation>
    </message>
    <message>
        <source>By service advisor</source>
        <translation>按服务顾问</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Show at-risk customers</source>
        <translation>查看有流失风险的客户</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Visited in the cohort month</source>
        <translation>同批月到店车辆</translation>
    </message>
    <message>
        <source>Not back since</source>
        <translation>此后未回厂</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Cohort churn for month M: vehicles with a paid visit in month M−N (N = the &quot;lost&quot; setting) and none since, divided by all vehicles with a paid visit in M−N. Sold, scrapped and moved vehicles are excluded.</source>
        <translation>M 月的同批流失率：在 M−N 月（N 为“已流失”设置）有付费到店、此后再未到店的车辆数，除以 M−N 月有付费到店的全部车辆数。已售出、已报废和已迁出的车辆不计入。</translation>
    </message>
    <message>
        <source>Vehicles now: &lt;b&gt;%1&lt;/b&gt; active · &lt;b style=&apos;color:#b26a00&apos;&gt;%2&lt;/b&gt; at risk · &lt;b style=&apos;color:#c62828&apos;&gt;%3&lt;/b&gt; lost · %4 sold, scrapped or moved</source>
        <translation>当前车辆：&lt;b&gt;%1&lt;/b&gt; 辆活跃 · &lt;b style=&apos;color:#b26a00&apos;&gt;%2&lt;/b&gt; 辆有流失风险 · &lt;b style=&apos;color:#c62828&apos;&gt;%3&lt;/b&gt; 辆已流失 · %4 辆已售出、报废或迁出</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Churn rate %</source>
        <translation>流失率 %</translation>
    </message>
    <message>
        <source>Monthly cohort churn, last 12 months</source>
        <translation>近 12 个月的月度同批流失率</translation>
    </message>
    <message>
        <source>First maintenance (首保) return: &lt;b&gt;%1 %&lt;/b&gt; of %2 due · second maintenance (二保) return: &lt;b&gt;%3 %&lt;/b&gt; of %4 due</source>
        <translation>首保回厂率：&lt;b&gt;%1 %&lt;/b&gt;（应回厂 %2 辆）· 二保回厂率：&lt;b&gt;%3 %&lt;/b&gt;（应回厂 %4 辆）</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::CustomerCard</name>
    <message>
        <source>Show number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;vehicle…</source>
        <translation>添加车辆(&amp;V)…</translation>
    </message>
    <message>
        <source>Select a customer to see the card.</source>
        <translation>选择一位客户查看档案卡。</translation>
    </message>
    <message>
        <source>Shows the whole number. Every reveal is recorded in the audit log.</source>
        <translation>显示完整号码。每次查看都会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>车架号</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>Mileage (km)</source>
        <translation>里程（公里）</translation>
    </message>
    <message>
        <source>Last paid visit</source>
        <translation>最近付费到店</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Customer archives</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>no mobile</source>
        <translation>无手机号</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>其他电话：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>New car delivered</source>
        <translation>新车交付</translation>
    </message>
    <message>
        <source>Became the owner</source>
        <translation>成为车主</translation>
    </message>
    <message>
        <source>&amp;Transfer to another customer…</source>
        <translation>过户给其他客户(&amp;T)…</translation>
    </message>
    <message>
        <source>Consent per purpose, as the customer gave or withdrew it. Generated call and SMS lists honour it at once; every change is recorded in the audit log.</source>
        <translation>按用途记录客户的授权与撤回。生成的电话和短信名单会立即遵从；每次变更都会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>No longer the owner</source>
        <translation>不再是车主</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>授权…</translation>
    </message>
    <message>
        <source>How did the customer withdraw consent?</source>
        <translation>客户以何种方式撤回授权？</translation>
    </message>
    <message>
        <source>How did the customer give consent?</source>
        <translation>客户以何种方式授权？</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Paper archive</source>
        <translation>纸质存放位置</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>扫描件与文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>这是什么文件？</translation>
    </message>
    <message>
        <source>Where is the paper original? (cabinet / box, may stay empty)</source>
        <translation>纸质原件放在哪里？（档案柜／盒号，可留空）</translation>
    </message>
    <message>
        <source>Remove %1 from this customer&apos;s documents? It is kept in the store and the audit log.</source>
        <translation>从此客户的文件中移除 %1？文件库和审计日志中仍会保留。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edit ve&amp;hicle…</source>
        <translation>编辑车辆(&amp;H)…</translation>
    </message>
    <message>
        <source>Add service vis&amp;it…</source>
        <translation>添加维修保养记录(&amp;I)…</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>Appointment: %1</source>
        <translation>预约：%1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2（%3，%4）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Record opt-out…</source>
        <translation>登记拒访…</translation>
    </message>
    <message>
        <source>Opt-outs:</source>
        <translation>拒访登记：</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>Club: %1</source>
        <translation>俱乐部：%1</translation>
    </message>
    <message>
        <source>Copy of personal data…</source>
        <translation>个人信息副本…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <source>Writes everything held about this customer to a file for them (PIPL). Recorded in the audit log.</source>
        <translation>把本客户的全部信息写入文件交给客户（个人信息保护法）。记录在审计日志中。</translation>
    </message>
    <message>
        <source>Anonymises this customer at their request: name, phones, address and birthday are removed, every consent withdrawn; service, complaint and points records are kept without the person. Cannot be undone.</source>
        <translation>应客户要求匿名化：删除姓名、电话、地址和生日，撤回全部授权；维修、投诉和积分记录保留但不再关联到个人。无法撤销。</translation>
    </message>
    <message>
        <source>Copy of personal data</source>
        <translation>个人信息副本</translation>
    </message>
    <message>
        <source>customer-%1-personal-data.json</source>
        <translation>客户-%1-个人信息.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>This removes what identifies the customer and cannot be undone. Service, complaint and points records are kept without the person.

Why is the data erased (e.g. the customer&apos;s written request of a date)?</source>
        <translation>此操作删除可识别客户身份的信息，无法撤销。维修、投诉和积分记录保留但不再关联到个人。

删除原因是什么（例如客户某日的书面申请）？</translation>
    </message>
    <message>
        <source>Erase the personal data of customer %1 now?</source>
        <translation>现在删除客户 %1 的个人信息吗？</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing has happened with this customer yet: deliveries, visits, calls and complaints appear here.</source>
        <translation>该客户还没有任何记录：交车、进厂、回访和投诉都会显示在这里。</translation>
    </message>
    <message>
        <source>No vehicles yet. Add one with &quot;Add vehicle…&quot;.</source>
        <translation>还没有车辆。请用“添加车辆…”添加。</translation>
    </message>
    <message>
        <source>No documents yet. Attach a scanned contract or ID with &quot;Attach…&quot;.</source>
        <translation>还没有文件。可用“附加…”添加合同或证件扫描件。</translation>
    </message>
    <message>
        <source>Inbound call: %1</source>
        <translation>来电：%1</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>发短信…</translation>
    </message>
    <message>
        <source>Send this customer a message from an approved template (needs their SMS consent)</source>
        <translation>用审批过的模板给该客户发短信（需客户同意接收短信）</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <source>Record what the customer said: it goes to the department that can act, with a deadline</source>
        <translation>记录客户的反馈：带时限转给能处理的部门</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <source>Register a request…</source>
        <translation>登记请求…</translation>
    </message>
    <message>
        <source>The customer asks for a copy, a correction or the erasure of their data, or withdraws a consent: registered with its legal deadline under Archives → Personal-data requests.</source>
        <translation>客户要求获取副本、更正或删除其个人信息，或撤回同意：登记后按法定期限在“客户档案 → 个人信息请求”中跟踪。</translation>
    </message>
    <message>
        <source>Every consent withdrawn</source>
        <translation>已撤回全部授权</translation>
    </message>
    <message>
        <source>The customer has withdrawn every consent. If they also want their personal data erased, erase it now?</source>
        <translation>客户已撤回全部授权。如果客户也要求删除其个人信息，现在删除吗？</translation>
    </message>
    <message numerus="yes">
        <source>Backups made before now still hold the customer until they rotate out, within %n day(s); a database restored from one erases them again before anyone works on it.</source>
        <translation>
            <numerusform>此前的备份中仍有该客户的信息，会在 %n 天内随备份轮换删除；从这些备份恢复的数据库在任何人使用前会再次删除该客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::CustomerDialog</name>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::CustomerListModel</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>车型</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::DataQualityPage</name>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>交车日期</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Merge selected group…</source>
        <translation>合并所选的一组(&amp;M)…</translation>
    </message>
    <message>
        <source>Completeness of the archives</source>
        <translation>档案完整度</translation>
    </message>
    <message>
        <source>Least complete customers (double-click to open)</source>
        <translation>完整度最低的客户（双击打开）</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Possible duplicates (same mobile)</source>
        <translation>可能重复的客户（手机号相同）</translation>
    </message>
    <message>
        <source>Mobile / customer</source>
        <translation>手机号／客户</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Merges the later records of the group into the first (oldest) one. Vehicles, visits and history move over; nothing is lost, and the merge can be undone.</source>
        <translation>把这一组中较晚的记录合并到第一条（最早的）记录。车辆、到店记录和历史随之转移，不会丢失任何数据，且合并可以撤销。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customers by completeness score</source>
        <translation>按完整度得分统计的客户数</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>没有发现重复客户。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Select a group of duplicates first.</source>
        <translation>请先选择一组重复客户。</translation>
    </message>
    <message>
        <source>Merged. The audit log keeps what moved.</source>
        <translation>已合并。审计日志记录了转移的内容。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n later record(s) into %1, the oldest record? Their vehicles, visits and history move over.</source>
        <translation>
            <numerusform>将 %n 条较新的档案合并到最早的档案 %1 吗？其车辆、进厂记录和历史将一并转移。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::ImportDialog</name>
    <message>
        <source>Import customers — %1</source>
        <translation>导入客户 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s), encoding %1. Check which field each column goes to; rows are matched on the VIN, then the mobile, so importing the same file again adds nothing twice.</source>
        <translation>
            <numerusform>共 %n 行数据，编码 %1。请核对每一列对应的字段；各行先按车架号、再按手机号匹配，因此重复导入同一文件不会产生重复记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首行数值</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported %1 new customers, updated %2, unchanged %3, rejected %4.</source>
        <translation>新增客户 %1 位，更新 %2 位，未变 %3 位，拒绝 %4 行。</translation>
    </message>
    <message>
        <source>Save the rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-被拒绝.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::OptOutDialog</name>
    <message>
        <source>Opt-out: %1</source>
        <translation>拒访登记：%1</translation>
    </message>
    <message>
        <source>&amp;Customer wants:</source>
        <translation>客户要求(&amp;C)：</translation>
    </message>
    <message>
        <source>In the customer&apos;s words, e.g. too many calls</source>
        <translation>按客户原话填写，例如：电话太多</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Open tasks of this type are cancelled, and no new ones are generated.</source>
        <translation>该类型的未完成任务将被取消，今后也不再生成。</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::TransferDialog</name>
    <message>
        <source>Transfer %1</source>
        <translation>过户 %1</translation>
    </message>
    <message>
        <source>Find the new owner (name, pinyin initials, mobile, plate):</source>
        <translation>查找新车主（姓名、拼音首字母、手机号、车牌）：</translation>
    </message>
    <message>
        <source>&amp;Date of the transfer:</source>
        <translation>过户日期(&amp;D)：</translation>
    </message>
    <message>
        <source>e.g. sold privately, family transfer</source>
        <translation>例如：私下转让、家庭成员过户</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Choose the new owner in the list.</source>
        <translation>请在列表中选择新车主。</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::VehicleDialog</name>
    <message>
        <source>Add a vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Edit vehicle %1</source>
        <translation>编辑车辆 %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::archives::VisitDialog</name>
    <message>
        <source>Service visit — %1</source>
        <translation>维修保养记录 — %1</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source> km</source>
        <translation> 公里</translation>
    </message>
    <message>
        <source>&amp;Mileage:</source>
        <translation>里程(&amp;M)：</translation>
    </message>
    <message>
        <source>Service &amp;advisor:</source>
        <translation>服务顾问(&amp;A)：</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>crm::ui::campaigns::CampaignCallBox</name>
    <message>
        <source>Campaign answer</source>
        <translation>活动应答</translation>
    </message>
    <message>
        <source>Why declined, when to call again, …</source>
        <translation>拒绝原因、何时再联系……</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>应答(&amp;A)：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Campaign answer: %1</source>
        <translation>活动应答：%1</translation>
    </message>
    <message>
        <source>(not reached: no answer)</source>
        <translation>（未接通：无应答）</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1 has no script.&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1 没有话术。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>活动：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::campaigns::CampaignDialog</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>A &amp;segment of the archive</source>
        <translation>档案客户细分(&amp;S)</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s &amp;VIN list (recall file, imported next)</source>
        <translation>厂家 &amp;VIN 清单（召回文件，创建后导入）</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>the manufacturer&apos;s campaign code, e.g. R26A1</source>
        <translation>厂家活动编号，如 R26A1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（不发短信）</translation>
    </message>
    <message>
        <source>您好，请问是{称呼}吗？我是{店名}的客服专员……</source>
        <translation>您好，请问是{称呼}吗？我是{店名}的客服专员……</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Campaign code:</source>
        <translation>活动编号：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Goal (customers):</source>
        <translation>目标（客户数）：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>短信(&amp;M)：</translation>
    </message>
    <message>
        <source>Call &amp;script:</source>
        <translation>话术(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 速腾, 迈腾 (any when empty)</source>
        <translation>如 速腾, 迈腾（留空为不限）</translation>
    </message>
    <message>
        <source>standard, silver, gold, platinum</source>
        <translation>standard, silver, gold, platinum（普通、银、金、白金）</translation>
    </message>
    <message>
        <source>any of these tags</source>
        <translation>任一标签</translation>
    </message>
    <message>
        <source>any of these cities</source>
        <translation>任一城市</translation>
    </message>
    <message>
        <source>Who is on the list</source>
        <translation>名单范围</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>车型：</translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation>交车日期：</translation>
    </message>
    <message>
        <source>Last paid visit:</source>
        <translation>最近付费进厂：</translation>
    </message>
    <message>
        <source>Mileage:</source>
        <translation>里程：</translation>
    </message>
    <message>
        <source>Churn:</source>
        <translation>流失状态：</translation>
    </message>
    <message>
        <source>Club tier:</source>
        <translation>会员等级：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Service advisor:</source>
        <translation>服务顾问：</translation>
    </message>
    <message>
        <source>Sales consultant:</source>
        <translation>销售顾问：</translation>
    </message>
    <message>
        <source>Calls go to (round robin; none ticked: left in the pool)</source>
        <translation>电话分配给（轮流分配；都不勾选则留在公共池）</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>The list comes from the manufacturer&apos;s file: choose it after Create.</source>
        <translation>名单来自厂家文件：创建后选择文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 customer(s) match; %2 will be called.</source>
        <translation>符合条件 %1 位客户；将呼叫 %2 位。</translation>
    </message>
    <message>
        <source>Not called: %1</source>
        <translation>不呼叫：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Club member:</source>
        <translation>俱乐部会员：</translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation>VIP：</translation>
    </message>
    <message>
        <source>Open complaint:</source>
        <translation>未结投诉：</translation>
    </message>
    <message>
        <source>Coming appointment:</source>
        <translation>未到期预约：</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>crm::ui::campaigns::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>不呼叫</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Provider&apos;s answer</source>
        <translation>服务商回复</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>Draw a list from a segment or a recall file (Ctrl+N)</source>
        <translation>从客户细分或召回文件生成名单（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Import VIN list…</source>
        <translation>导入 VIN 清单(&amp;I)…</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s recall file into the selected campaign</source>
        <translation>把厂家召回文件导入所选活动</translation>
    </message>
    <message>
        <source>&amp;Distribute…</source>
        <translation>分配(&amp;D)…</translation>
    </message>
    <message>
        <source>Give the campaign&apos;s unassigned calls to agents</source>
        <translation>把活动中未分配的电话分给坐席</translation>
    </message>
    <message>
        <source>Send &amp;messages</source>
        <translation>发送短信(&amp;M)</translation>
    </message>
    <message>
        <source>Queue the campaign&apos;s message to everyone who may be texted</source>
        <translation>给所有可发短信的客户排队发送活动短信</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Funnel, answers and list as XLSX or CSV (Ctrl+E)</source>
        <translation>漏斗、应答和名单导出为 XLSX 或 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>结束(&amp;L)</translation>
    </message>
    <message>
        <source>End the campaign: it leaves the desk&apos;s filters</source>
        <translation>结束活动：不再出现在坐席的筛选中</translation>
    </message>
    <message>
        <source>No campaign yet. New campaign draws a call list from a segment of the archive or from the manufacturer&apos;s recall file.</source>
        <translation>还没有营销活动。“新建活动”可从档案客户细分或厂家召回文件生成电话名单。</translation>
    </message>
    <message>
        <source>Send &amp;due messages</source>
        <translation>发送到期短信(&amp;D)</translation>
    </message>
    <message>
        <source>Send what is queued and due, in the allowed hours</source>
        <translation>在允许时段发送排队中已到期的短信</translation>
    </message>
    <message>
        <source>Provider &amp;account…</source>
        <translation>服务商账号(&amp;A)…</translation>
    </message>
    <message>
        <source>The SMS provider&apos;s access key on this machine (kept owner-only, not in the database)</source>
        <translation>本机的短信服务商密钥（仅本人可读，不存数据库）</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>The provider&apos;s approved templates</source>
        <translation>服务商审批通过的模板</translation>
    </message>
    <message>
        <source>No messages yet. A campaign with a message template sends its invitations from here.</source>
        <translation>还没有短信。设置了短信模板的活动在这里发送邀约。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a campaign to see its funnel.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个活动查看漏斗。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>目标客户</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Came for service</source>
        <translation>回厂</translation>
    </message>
    <message numerus="yes">
        <source>service amount %1 yuan within %n day(s) of the answer</source>
        <translation>
            <numerusform>应答后 %n 天内维修保养金额 %1 元</numerusform>
        </translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>应答：%1</translation>
    </message>
    <message>
        <source>Recall: %1 listed, %2 not in the archive, %3 done here, %4 done elsewhere, %5 not applicable, %6 open — completion %7</source>
        <translation>召回：清单 %1，档案中无 %2，本店完成 %3，他店完成 %4，不适用 %5，未完成 %6 —— 完成率 %7</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>短信：%1</translation>
    </message>
    <message>
        <source>on the list</source>
        <translation>在名单中</translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>（档案中无）</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s VIN list</source>
        <translation>厂家 VIN 清单</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the VIN list…</source>
        <translation>正在读取 VIN 清单…</translation>
    </message>
    <message>
        <source>Found and on the call list: %1</source>
        <translation>找到并加入电话名单：%1</translation>
    </message>
    <message>
        <source>Not in the archive: %1</source>
        <translation>档案中无：%1</translation>
    </message>
    <message>
        <source>Not called: %1</source>
        <translation>不呼叫：%1</translation>
    </message>
    <message>
        <source>Already on the list: %1</source>
        <translation>已在名单中：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import VIN list</source>
        <translation>导入 VIN 清单</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Agents, separated by commas (empty: leave the calls in the pool):</source>
        <translation>坐席姓名，用逗号分隔（留空则留在公共池）：</translation>
    </message>
    <message>
        <source>%1 new call(s) on the desk.</source>
        <translation>坐席新增 %1 个电话。</translation>
    </message>
    <message>
        <source>Send messages</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Queue the campaign&apos;s message to every customer on its list who may be texted for it?</source>
        <translation>给名单中所有可发短信的客户排队发送活动短信？</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队发送</translation>
    </message>
    <message>
        <source>%1 message(s) queued; %2 already queued before.</source>
        <translation>已排队 %1 条短信；此前已排队 %2 条。</translation>
    </message>
    <message>
        <source>Not texted: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Export campaign results</source>
        <translation>导出活动结果</translation>
    </message>
    <message>
        <source>campaign-results.xlsx</source>
        <translation>活动结果.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>Close this campaign? Its open calls stay on the desk until done.</source>
        <translation>结束这个活动？未完成的电话仍留在坐席直到完成。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Send due messages</source>
        <translation>发送到期短信</translation>
    </message>
    <message>
        <source>This machine has no provider account yet: enter it under Provider account.</source>
        <translation>本机还没有服务商账号：请在“服务商账号”中填写。</translation>
    </message>
    <message>
        <source>Sending messages…</source>
        <translation>正在发送短信…</translation>
    </message>
    <message>
        <source>Unknown provider %1.</source>
        <translation>未知的服务商 %1。</translation>
    </message>
    <message>
        <source>Sent %1, rejected %2, still queued %3, cancelled %4, unknown %5. %6</source>
        <translation>已发送 %1，被拒 %2，仍在排队 %3，已取消 %4，状态未知 %5。%6</translation>
    </message>
    <message>
        <source>Message provider account</source>
        <translation>短信服务商账号</translation>
    </message>
    <message>
        <source>Alibaba Cloud SMS. Kept in %1, readable by this user only.</source>
        <translation>阿里云短信。保存在 %1，仅本用户可读。</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>接口地址：</translation>
    </message>
    <message>
        <source>AccessKey ID:</source>
        <translation>AccessKey ID：</translation>
    </message>
    <message>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>The provider accepted the key.</source>
        <translation>服务商接受了该密钥。</translation>
    </message>
    <message>
        <source>(a new template)</source>
        <translation>（新模板）</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>短信模板</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Provider template code:</source>
        <translation>服务商模板代码：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Approved text (${name} placeholders):</source>
        <translation>审批通过的内容（${name} 变量）：</translation>
    </message>
    <message>
        <source>Appointment reminder</source>
        <translation>预约提醒</translation>
    </message>
    <message>
        <source>From the customer card</source>
        <translation>客户卡片单发</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Reading delivery receipts…</source>
        <translation>正在读取送达回执…</translation>
    </message>
    <message>
        <source>%1 receipt(s) recorded.</source>
        <translation>已记录 %1 条回执。</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>回执(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the provider which messages were delivered</source>
        <translation>向服务商查询哪些短信已送达</translation>
    </message>
    <message>
        <source>Re-e&amp;valuate…</source>
        <translation>重新评估(&amp;V)…</translation>
    </message>
    <message>
        <source>Add who matches the segment now; stop calling who may no longer be called</source>
        <translation>加入现在符合细分条件的客户；不再呼叫已不可联系的客户</translation>
    </message>
    <message>
        <source>Re-evaluate</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Add the customers who match the campaign&apos;s segment now, and stop calling those not yet answered who may no longer be called (opted out, consent withdrawn)?</source>
        <translation>加入现在符合活动细分条件的客户，并停止呼叫尚未应答、已不可联系（已拒绝或撤回同意）的客户？</translation>
    </message>
    <message>
        <source>%1 customer(s) added, %2 no longer called.</source>
        <translation>新加入 %1 位客户，%2 位不再呼叫。</translation>
    </message>
</context>
<context>
    <name>crm::ui::campaigns::CustomerActions</name>
    <message>
        <source>Add to a campaign</source>
        <translation>加入营销活动</translation>
    </message>
    <message>
        <source>No campaign is running: create one on the Campaigns page first.</source>
        <translation>没有进行中的营销活动：请先在“营销活动”页新建。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n customer(s) to:</source>
        <translation>
            <numerusform>把 %n 位客户加入：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to call.</source>
        <translation>%1：%2 位待呼叫。</translation>
    </message>
    <message>
        <source>Not called: %1</source>
        <translation>不呼叫：%1</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>发短信</translation>
    </message>
    <message>
        <source>Send a message to %1</source>
        <translation>给 %1 发短信</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>短信内容：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Queued: it goes with the next send (outside the quiet hours).</source>
        <translation>已排队：随下一次发送发出（免打扰时段除外）。</translation>
    </message>
</context>
<context>
    <name>crm::ui::club::ActivitiesTab</name>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Cancel activity…</source>
        <translation>取消活动…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Activities&lt;/b&gt; (last 3 months and coming)</source>
        <translation>&lt;b&gt;活动&lt;/b&gt;（近 3 个月及即将举行）</translation>
    </message>
    <message>
        <source>&amp;Register a member…</source>
        <translation>会员报名(&amp;R)…</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <source>Export attendance…</source>
        <translation>导出签到名单…</translation>
    </message>
    <message>
        <source>Cancel activity</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>Why is it cancelled? (Registered members should be told.)</source>
        <translation>取消原因？（请通知已报名的会员。）</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>导出签到名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Choose an activity to see who is coming.</source>
        <translation>选择一个活动以查看报名情况。</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s), %1 checked in</source>
        <translation>
            <numerusform>%n 人报名，%1 人已签到</numerusform>
        </translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Points for attending</source>
        <translation>签到积分</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>会员报名</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天举办</translation>
    </message>
    <message>
        <source>Open for registration</source>
        <translation>报名中</translation>
    </message>
</context>
<context>
    <name>crm::ui::club::ClubPage</name>
    <message>
        <source>Owners&apos; club</source>
        <translation>车主俱乐部</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>未选择会员</translation>
    </message>
    <message>
        <source>Find a member by card number, name or mobile, or enrol a customer (Ctrl+N).</source>
        <translation>按卡号、姓名或手机号查找会员，或为客户办理入会（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Card number, name or mobile — Enter</source>
        <translation>卡号、姓名或手机号 — 回车</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>&amp;Enrol a customer…</source>
        <translation>办理入会(&amp;E)…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发卡时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation>挂失(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Reissue</source>
        <translation>补办(&amp;R)</translation>
    </message>
    <message>
        <source>Card for a &amp;vehicle…</source>
        <translation>为车辆发卡(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Add points…</source>
        <translation>增加积分(&amp;A)…</translation>
    </message>
    <message>
        <source>Redeem a &amp;gift…</source>
        <translation>积分换礼(&amp;G)…</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>积分调整(&amp;J)…</translation>
    </message>
    <message>
        <source>Cancel membership…</source>
        <translation>注销会籍…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>&amp;Print statement…</source>
        <translation>打印对账单(&amp;P)…</translation>
    </message>
    <message>
        <source>Statement as PDF…</source>
        <translation>对账单存为 PDF…</translation>
    </message>
    <message>
        <source>Export statement…</source>
        <translation>导出对账单…</translation>
    </message>
    <message>
        <source>Card layout as PDF…</source>
        <translation>会员卡版面存为 PDF…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>会员服务</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card layout as PDF</source>
        <translation>会员卡版面存为 PDF</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No member found</source>
        <translation>未找到会员</translation>
    </message>
    <message>
        <source>Nobody matching &quot;%1&quot; is a club member. Enrol the customer with Ctrl+N.</source>
        <translation>没有与“%1”匹配的俱乐部会员。可按 Ctrl+N 为客户办理入会。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · &lt;b&gt;%3&lt;/b&gt; points available · %4 points earned in the last 12 months · member since %5%6&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · 可用积分 &lt;b&gt;%3&lt;/b&gt; · 近 12 个月获得积分 %4 · 入会日期 %5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · &lt;span style=&apos;color:#c62828&apos;&gt;membership cancelled&lt;/span&gt;</source>
        <translation> · &lt;span style=&apos;color:#c62828&apos;&gt;会籍已注销&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Enrol a customer</source>
        <translation>办理入会</translation>
    </message>
    <message>
        <source>Report card %1 lost</source>
        <translation>挂失会员卡 %1</translation>
    </message>
    <message>
        <source>Card %1 is blocked at once: it can neither earn nor spend points.
How was it lost? (optional)</source>
        <translation>会员卡 %1 将立即冻结：不能再积分或消费积分。
丢失情况？（可选）</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>补办</translation>
    </message>
    <message>
        <source>Card for a vehicle</source>
        <translation>为车辆发卡</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>增加积分</translation>
    </message>
    <message>
        <source>Redeem a gift</source>
        <translation>积分换礼</translation>
    </message>
    <message>
        <source>%1 — %2 points (%3 in stock)</source>
        <translation>%1 — %2 积分（库存 %3）</translation>
    </message>
    <message>
        <source>The gift catalogue is empty: add gifts on the Gifts tab.</source>
        <translation>礼品目录为空：请在“礼品”页添加礼品。</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <source>Cancel membership</source>
        <translation>注销会籍</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s membership? Every card is cancelled; the ledger is kept.
Reason:</source>
        <translation>注销 %1 的会籍？所有会员卡将作废，积分流水保留。
原因：</translation>
    </message>
    <message>
        <source>Member statement</source>
        <translation>会员积分对账单</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2 · %3 points available · printed %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · %2 · 可用积分 %3 · 打印时间 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>请先选择会员。</translation>
    </message>
    <message>
        <source>The member has no active card to print.</source>
        <translation>该会员没有可打印的有效会员卡。</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation>导出对账单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Issue a new card in place of card %1? The old number stops working for good; the points, tier and history move to the new card.</source>
        <translation>为卡 %1 补办新卡吗？旧卡号将永久作废；积分、等级和历史记录转到新卡。</translation>
    </message>
    <message>
        <source>Add points for %1</source>
        <translation>为 %1 增加积分</translation>
    </message>
    <message>
        <source>e.g. maintenance invoice 2026-1123, activity, referral</source>
        <translation>例如：保养结算单 2026-1123、活动、推荐</translation>
    </message>
    <message>
        <source>&amp;Points to add:</source>
        <translation>增加积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What are they for:</source>
        <translation>积分事由(&amp;W)：</translation>
    </message>
    <message>
        <source>Redeem a gift for %1</source>
        <translation>为 %1 兑换礼品</translation>
    </message>
    <message>
        <source>%1 — %2 points (%3 in stock) · %4 points short</source>
        <translation>%1 — %2 积分（库存 %3）· 还差 %4 积分</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>可用积分：</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>礼品(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>数量(&amp;H)：</translation>
    </message>
    <message>
        <source>Adjust points for %1</source>
        <translation>调整 %1 的积分</translation>
    </message>
    <message>
        <source>Kept in the ledger and the audit log</source>
        <translation>记入积分明细和审计日志</translation>
    </message>
    <message>
        <source>&amp;Points (negative to take off):</source>
        <translation>积分（负数为扣减）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>crm::ui::club::ClubReportTab</name>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leads by source&lt;/b&gt;</source>
        <translation>&lt;b&gt;按来源的线索转化&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export club figures</source>
        <translation>导出俱乐部统计</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; active members (%2 joined in the period, %3 earned or redeemed in the last 12 months). Points: &lt;b&gt;%4&lt;/b&gt; issued, &lt;b&gt;%5&lt;/b&gt; redeemed, &lt;b&gt;%6&lt;/b&gt; expired, &lt;b&gt;%7&lt;/b&gt; outstanding (the liability).&lt;/p&gt;</source>
        <translation>&lt;p&gt;有效会员 &lt;b&gt;%1&lt;/b&gt; 人（本期入会 %2 人，近 12 个月有积分或兑换 %3 人）。积分：发放 &lt;b&gt;%4&lt;/b&gt;，兑换 &lt;b&gt;%5&lt;/b&gt;，过期 &lt;b&gt;%6&lt;/b&gt;，未兑换 &lt;b&gt;%7&lt;/b&gt;（负债）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation>试驾</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已订车</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已交车</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>战败</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
</context>
<context>
    <name>crm::ui::club::GiftsTab</name>
    <message>
        <source>Name, pinyin initials, mobile or plate — Enter</source>
        <translation>姓名、拼音首字母、手机号或车牌 — 回车</translation>
    </message>
    <message>
        <source>Search, then choose the customer in the list.</source>
        <translation>请先搜索，再在列表中选择客户。</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>The customer has no vehicle in the archive.</source>
        <translation>该客户档案中没有车辆。</translation>
    </message>
    <message>
        <source>Which vehicle is the card for?</source>
        <translation>此卡对应哪辆车？</translation>
    </message>
    <message>
        <source>Card number (or leave empty to search by name or mobile):</source>
        <translation>卡号（留空则按姓名或手机号搜索）：</translation>
    </message>
    <message>
        <source>That customer is not a club member.</source>
        <translation>该客户不是俱乐部会员。</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New gift…</source>
        <translation>新增礼品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Stock in/out…</source>
        <translation>出入库…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;礼品目录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Hand &amp;out</source>
        <translation>发放(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel and refund…</source>
        <translation>取消并退积分…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Redemption orders&lt;/b&gt;</source>
        <translation>&lt;b&gt;兑换订单&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New gift</source>
        <translation>新增礼品</translation>
    </message>
    <message>
        <source>Edit gift</source>
        <translation>编辑礼品</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Stock in/out</source>
        <translation>出入库</translation>
    </message>
    <message>
        <source>%1: add (or, negative, take out) how many?</source>
        <translation>%1：入库数量（负数为出库）？</translation>
    </message>
    <message>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <source>The points go back to the member and the gift back into stock. Reason:</source>
        <translation>积分将退还会员，礼品退回库存。原因：</translation>
    </message>
    <message>
        <source>Redemption orders</source>
        <translation>兑换订单</translation>
    </message>
</context>
<context>
    <name>crm::ui::club::ServicesTab</name>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Car / driver</source>
        <translation>车辆 / 司机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>&amp;Book a service…</source>
        <translation>预约服务(&amp;B)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Add a car or driver…</source>
        <translation>添加车辆或司机…</translation>
    </message>
    <message>
        <source>Retire / bring back</source>
        <translation>停用 / 恢复</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replacement cars and drivers&lt;/b&gt;</source>
        <translation>&lt;b&gt;替换车和司机&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Replacement cars and drivers</source>
        <translation>替换车和司机</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Book a service</source>
        <translation>预约服务</translation>
    </message>
    <message>
        <source>Book a service for %1</source>
        <translation>为 %1 预约服务</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>（无需）</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Address (pick-up)</source>
        <translation>地址（接送）</translation>
    </message>
    <message>
        <source>Cancel the service</source>
        <translation>取消服务</translation>
    </message>
    <message>
        <source>Why is it cancelled? (The reminder call is withdrawn.)</source>
        <translation>取消原因？（提醒回访将一并撤销。）</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>会员服务</translation>
    </message>
    <message>
        <source>Add a car or driver</source>
        <translation>添加车辆或司机</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Plate and model, or the driver&apos;s name:</source>
        <translation>车牌和车型，或司机姓名：</translation>
    </message>
</context>
<context>
    <name>crm::ui::complaints::ComplaintDialog</name>
    <message>
        <source>Quality problem (质量异常)</source>
        <translation>质量异常</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Find the customer: name, pinyin initials, mobile, plate</source>
        <translation>查找客户：姓名、拼音首字母、手机、车牌</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>车辆(&amp;V)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Normal: the dealer resolves it. Escalated: repeat complaint or strong emotion, needs the manufacturer. Major: injury, large loss, media or regulator attention.</source>
        <translation>一般：经销店自行解决。升级：重复投诉或情绪激烈，需厂家支持。重大：人身伤害、重大损失、媒体或监管关注。</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s ticket number (escalated and major)</source>
        <translation>厂家工单号（升级和重大投诉）</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>工单(&amp;T)：</translation>
    </message>
    <message>
        <source>What happened, in the customer&apos;s words</source>
        <translation>按客户原话描述发生了什么</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>What the customer asks for</source>
        <translation>客户的诉求</translation>
    </message>
    <message>
        <source>De&amp;mand:</source>
        <translation>诉求(&amp;M)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>(no particular vehicle)</source>
        <translation>（不涉及具体车辆）</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>新客户…</translation>
    </message>
    <message>
        <source>Not in the archives yet: enter the customer on the spot</source>
        <translation>档案中还没有：现场录入客户</translation>
    </message>
    <message>
        <source>Customer: search for who complains, or add them with &quot;New customer…&quot;.</source>
        <translation>客户：请搜索投诉人，或用“新客户…”添加。</translation>
    </message>
    <message>
        <source>Customer: search for who complains. A caller not yet in the archives is added first by an agent or the information supervisor.</source>
        <translation>客户：请搜索投诉人。尚未建档的来电客户需先由客服专员或信息主管建档。</translation>
    </message>
    <message>
        <source>This complaint was registered already: the first try was saved and only its answer was lost with the connection. Close this form; the complaint is in the list.</source>
        <translation>此投诉已登记：第一次提交已保存，只是答复随连接断开而丢失。请关闭此表单，投诉已在列表中。</translation>
    </message>
</context>
<context>
    <name>crm::ui::complaints::ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉管理</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>Choose a case on the left, or register a new complaint (Ctrl+N).</source>
        <translation>在左侧选择案件，或登记新投诉 (Ctrl+N)。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Number or customer</source>
        <translation>编号或客户</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按级别</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>导出登记表(&amp;E)…</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>登记日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按时结案</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Average handling (working h)</source>
        <translation>平均处理时长（工作小时）</translation>
    </message>
    <message>
        <source>Register and statistics</source>
        <translation>登记与统计</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add or change a day…</source>
        <translation>添加或修改日期…</translation>
    </message>
    <message>
        <source>Import the year&apos;s arrangement…</source>
        <translation>导入年度安排…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Weekends are off unless listed as make-up working days (调休). Shipped: the State Council&apos;s arrangements for %1. Import a later year when it is published: one line per day, e.g. &quot;2027-02-06,holiday,春节&quot; or &quot;2027-02-14,workday,春节调休&quot;.</source>
        <translation>周末休息，列为调休上班日的除外。已内置国务院办公厅 %1 年的节假日安排。以后年份公布后请导入：每行一天，例如“2027-02-06,holiday,春节”或“2027-02-14,workday,春节调休”。</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>No complaints here</source>
        <translation>暂无投诉</translation>
    </message>
    <message>
        <source>No open complaints. Register one with Ctrl+N.</source>
        <translation>没有未结案的投诉。按 Ctrl+N 登记。</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有符合筛选条件的投诉。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source> — warning</source>
        <translation> — 预警</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>paused (waiting on the customer)</source>
        <translation>已暂停（等待客户）</translation>
    </message>
    <message>
        <source>met on time, %1</source>
        <translation>按时完成，%1</translation>
    </message>
    <message>
        <source>met %1 late, %2</source>
        <translation>超时 %1 完成，%2</translation>
    </message>
    <message>
        <source>Reopened from %1</source>
        <translation>由 %1 重新开启</translation>
    </message>
    <message>
        <source>Carried on in %1 (%2)</source>
        <translation>已转入 %1（%2）</translation>
    </message>
    <message>
        <source>Deadlines paused since %1: waiting on the customer</source>
        <translation>自 %1 起暂停计时：等待客户</translation>
    </message>
    <message>
        <source>, extended by %1</source>
        <translation>，延长 %1</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>，暂停 %1</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>quality problem</source>
        <translation>质量异常</translation>
    </message>
    <message>
        <source>not a quality problem</source>
        <translation>非质量异常</translation>
    </message>
    <message>
        <source>Manufacturer ticket</source>
        <translation>厂家工单</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>处理方案</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Customer&apos;s reply</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>Not established because</source>
        <translation>不成立原因</translation>
    </message>
    <message>
        <source>Resume deadlines</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Wait on customer…</source>
        <translation>等待客户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Extend a deadline…</source>
        <translation>延长时限…</translation>
    </message>
    <message>
        <source>Reminder (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Deadlines resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>时限已延长</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Reopened as</source>
        <translation>重新开启为</translation>
    </message>
    <message>
        <source>The customer did not accept. Complaint %1 is opened, linked to %2, and escalated.</source>
        <translation>客户不接受。已开启投诉 %1，关联 %2，并升级处理。</translation>
    </message>
    <message>
        <source>Wait on customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>What are you waiting for from the customer?</source>
        <translation>在等待客户提供什么？</translation>
    </message>
    <message>
        <source>Extend a deadline — %1</source>
        <translation>延长时限 — %1</translation>
    </message>
    <message>
        <source> working h</source>
        <translation> 工作小时</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>Extend by:</source>
        <translation>延长：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>（尚未分配）</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>需关注 (%1)</translation>
    </message>
    <message>
        <source>%1 complaints registered, %2 closed, %3 % of them on time.</source>
        <translation>共登记投诉 %1 件，结案 %2 件，其中 %3% 按时结案。</translation>
    </message>
    <message>
        <source>complaint register %1 to %2</source>
        <translation>投诉登记表 %1 至 %2</translation>
    </message>
    <message>
        <source>Export the complaint register</source>
        <translation>导出投诉登记表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>added here</source>
        <translation>本地添加</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Import the year&apos;s arrangement</source>
        <translation>导入年度安排</translation>
    </message>
    <message>
        <source>Text (*.txt *.csv)</source>
        <translation>文本 (*.txt *.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence attached to the case; double-click to open</source>
        <translation>案件附件；双击打开</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>暂无附件</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加证据附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Last month&apos;s review</source>
        <translation>上月回顾</translation>
    </message>
    <message>
        <source>The cases registered last month, with their timeliness (the monthly review, due by the 10th)</source>
        <translation>上月登记的案件及其及时性（月度回顾，每月 10 日前完成）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Complaint register and statistics</source>
        <translation>投诉登记追踪表与统计表</translation>
    </message>
    <message>
        <source>Registered %1 to %2 · printed %3</source>
        <translation>登记日期 %1 至 %2 · 打印于 %3</translation>
    </message>
    <message>
        <source>Tracking register</source>
        <translation>登记追踪表</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记追踪表</translation>
    </message>
    <message>
        <source>Deadline state</source>
        <translation>时限状态</translation>
    </message>
    <message>
        <source>%1 from registration (%2)</source>
        <translation>自登记起 %1（%2）</translation>
    </message>
    <message>
        <source>; counted on %1; warning at %2 %</source>
        <translation>；按%1计时；用到 %2 % 时预警</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s reply deadline</source>
        <translation>厂家回复时限</translation>
    </message>
    <message>
        <source>Manufacturer&apos;s closing deadline</source>
        <translation>厂家结案时限</translation>
    </message>
</context>
<context>
    <name>crm::ui::complaints::StepDialog</name>
    <message>
        <source>e.g. 售后服务部</source>
        <translation>例如：售后服务部</translation>
    </message>
    <message>
        <source>Responsible &amp;department:</source>
        <translation>责任部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Responsible &amp;person:</source>
        <translation>责任人(&amp;P)：</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Solution:</source>
        <translation>处理方案(&amp;S)：</translation>
    </message>
    <message>
        <source>Co&amp;mpensation:</source>
        <translation>补偿(&amp;M)：</translation>
    </message>
    <message>
        <source>What the customer &amp;said:</source>
        <translation>客户答复(&amp;S)：</translation>
    </message>
    <message>
        <source>This case closes and a new, escalated complaint linked to it is opened.</source>
        <translation>本案结案，同时开启一件关联的升级投诉。</translation>
    </message>
    <message>
        <source>Closing raises a return visit with the complaint-handling satisfaction survey.</source>
        <translation>结案后将生成投诉回访任务，进行投诉处理满意度调查。</translation>
    </message>
    <message>
        <source>&amp;Why it goes back:</source>
        <translation>退回原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Why it is not established:</source>
        <translation>不成立原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>原因分析：</translation>
    </message>
    <message>
        <source>Proposed solution:</source>
        <translation>处理方案：</translation>
    </message>
    <message>
        <source>Compensation:</source>
        <translation>补偿金额：</translation>
    </message>
</context>
<context>
    <name>crm::ui::dashboard::DashboardPage</name>
    <message>
        <source>Manager dashboard</source>
        <translation>经营看板</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一期</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一期 ▶</translation>
    </message>
    <message>
        <source>The previous period (Alt+←)</source>
        <translation>上一期（Alt+←）</translation>
    </message>
    <message>
        <source>The next period (Alt+→)</source>
        <translation>下一期（Alt+→）</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>本期(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>重新计算指标（F5）</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>报表导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>Report as &amp;XLSX…</source>
        <translation>报表导出 &amp;XLSX…</translation>
    </message>
    <message>
        <source>Pr&amp;int report…</source>
        <translation>打印报表(&amp;I)…</translation>
    </message>
    <message>
        <source>Your role cannot export reports.</source>
        <translation>您的角色不能导出报表。</translation>
    </message>
    <message>
        <source>%1  (%2 – %3)</source>
        <translation>%1（%2 – %3）</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>Showing the figures of %1; updating…</source>
        <translation>显示 %1 的指标；正在更新…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <source>Figures of %1; updating…</source>
        <translation>%1 的指标；正在更新…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>%1 — no figures in this period</source>
        <translation>%1 — 本期无数据</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>指标明细</translation>
    </message>
    <message>
        <source>weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <source>Save the %1</source>
        <translation>保存%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>正在生成%1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报表…</translation>
    </message>
    <message>
        <source>%1 to date (%2 – %3)</source>
        <translation>%1 截至目前（%2 – %3）</translation>
    </message>
    <message>
        <source>compared with the same days before, %1 – %2</source>
        <translation>对比上期同期 %1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::dashboard::DrillDialog</name>
    <message>
        <source>No records behind this figure.</source>
        <translation>该指标没有明细记录。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s); narrow the period to see the rest.</source>
        <translation>
            <numerusform>前 %n 条记录；缩小期间可查看其余记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s). Double-click one to open it.</source>
        <translation>
            <numerusform>%n 条记录。双击打开。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>crm::ui::dashboard::TileWidget</name>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>环比 %1</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure.</source>
        <translation>单击查看该指标的明细记录。</translation>
    </message>
    <message>
        <source>%1. Click to see the records behind this figure.</source>
        <translation>%1。单击查看该指标的明细记录。</translation>
    </message>
    <message>
        <source>%1 vs the same days before</source>
        <translation>较上期同期 %1</translation>
    </message>
    <message>
        <source>Indicative, too few answers: %1</source>
        <translation>样本过少，仅供参考：%1</translation>
    </message>
</context>
<context>
    <name>crm::ui::feedback::FeedbackCallBox</name>
    <message>
        <source>Feedback result to tell the customer</source>
        <translation>要告知客户的反馈处理结果</translation>
    </message>
    <message>
        <source>The feedback item of this call is not found.</source>
        <translation>找不到这个电话对应的反馈。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, said %2 (%3): %4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; — result recorded %6:&lt;br&gt;&lt;span style=&apos;font-size:larger&apos;&gt;%7&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2（%3）：%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; — 于 %6 给出结果：&lt;br&gt;&lt;span style=&apos;font-size:larger&apos;&gt;%7&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>crm::ui::feedback::FeedbackPage</name>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>更多…</translation>
    </message>
    <message>
        <source>Open &amp;customer</source>
        <translation>打开客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>反馈处理(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>统计报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Departments and categories</source>
        <translation>部门与类别(&amp;D)</translation>
    </message>
    <message>
        <source>My items and my departments&apos;</source>
        <translation>我的和我所在部门的</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No feedback here. What customers say on calls, at the desk and in surveys comes here, routed to the department that can act.</source>
        <translation>这里还没有反馈。客户在电话、前台和调查中说的话会出现在这里，并转给能处理的部门。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Route…</source>
        <translation>转交(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>答复(&amp;A)…</translation>
    </message>
    <message>
        <source>Record r&amp;esult…</source>
        <translation>记录结果(&amp;E)…</translation>
    </message>
    <message>
        <source>To &amp;complaint…</source>
        <translation>转投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>To &amp;lead…</source>
        <translation>转线索(&amp;L)…</translation>
    </message>
    <message>
        <source>Pass the item to another department or person</source>
        <translation>转给其他部门或人员</translation>
    </message>
    <message>
        <source>The department&apos;s first answer: what it will do</source>
        <translation>部门的首次答复：将如何处理</translation>
    </message>
    <message>
        <source>What was done; an agent then tells the customer</source>
        <translation>已做了什么；随后由客服专员告知客户</translation>
    </message>
    <message>
        <source>Register a complaint from this grievance (linked)</source>
        <translation>将此抱怨登记为投诉（关联）</translation>
    </message>
    <message>
        <source>Give this purchase intent to sales as a lead (linked)</source>
        <translation>将此购车意向转给销售作为线索（关联）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose an item to see its history.</source>
        <translation>选择一条反馈查看处理记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3, %4&lt;br&gt;“%5”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3，%4&lt;br&gt;“%5”</translation>
    </message>
    <message>
        <source>Vehicle: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <source>Praised: %1</source>
        <translation>被表扬人：%1</translation>
    </message>
    <message>
        <source>Department: &lt;b&gt;%1&lt;/b&gt;%2 · taken by %3 · %4</source>
        <translation>部门：&lt;b&gt;%1&lt;/b&gt;%2 · 受理人 %3 · %4</translation>
    </message>
    <message>
        <source>, owner %1</source>
        <translation>，负责人 %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Handed to the complaint desk as %1</source>
        <translation>已转为投诉 %1</translation>
    </message>
    <message>
        <source>Handed to sales as lead %1</source>
        <translation>已转为销售线索 %1</translation>
    </message>
    <message>
        <source>Counted on %1, from %2</source>
        <translation>按%1计时，自 %2 起</translation>
    </message>
    <message>
        <source>&amp;Month received:</source>
        <translation>收到月份(&amp;M)：</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Double-click a figure to see the items behind it.</source>
        <translation>双击数字查看对应的反馈明细。</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>Average working hours</source>
        <translation>平均处理工时</translation>
    </message>
    <message>
        <source>Person praised</source>
        <translation>被表扬人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>客户反馈报表</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n item(s)</source>
        <translation>
            <numerusform>%1 — %2：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the feedback report</source>
        <translation>导出客户反馈报表</translation>
    </message>
    <message>
        <source>feedback %1</source>
        <translation>客户反馈 %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>转给</translation>
    </message>
    <message>
        <source>First answer (h)</source>
        <translation>首次答复（小时）</translation>
    </message>
    <message>
        <source>Resolution (h)</source>
        <translation>解决（小时）</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>告知客户</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>新增部门…</translation>
    </message>
    <message>
        <source>Edit department…</source>
        <translation>编辑部门…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Departments&lt;/b&gt; — who answers the items routed to them</source>
        <translation>&lt;b&gt;部门&lt;/b&gt; — 由谁答复转来的反馈</translation>
    </message>
    <message>
        <source>Add category…</source>
        <translation>新增类别…</translation>
    </message>
    <message>
        <source>Edit category…</source>
        <translation>编辑类别…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories&lt;/b&gt; — the routing rule, the deadlines and their clock</source>
        <translation>&lt;b&gt;类别&lt;/b&gt; — 转交规则、时限和计时方式</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation>编辑部门</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>An agent tells the customer the result</source>
        <translation>由客服专员告知客户处理结果</translation>
    </message>
    <message>
        <source>&amp;Goes to:</source>
        <translation>转给(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;First answer within:</source>
        <translation>首次答复时限(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Resolution within:</source>
        <translation>解决时限(&amp;R)：</translation>
    </message>
    <message>
        <source>Counted &amp;on:</source>
        <translation>计时方式(&amp;O)：</translation>
    </message>
    <message>
        <source>Route feedback</source>
        <translation>转交反馈</translation>
    </message>
    <message>
        <source>(the department)</source>
        <translation>（部门）</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>首次答复</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What the department will do, and by when</source>
        <translation>部门将如何处理、何时完成</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>记录处理结果</translation>
    </message>
    <message>
        <source>What was done — the agent reads this to the customer</source>
        <translation>已做了什么——客服专员会向客户转述</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Praised:</source>
        <translation>被表扬人(&amp;P)：</translation>
    </message>
    <message>
        <source>A call to tell the customer goes to the call desk&apos;s queue.</source>
        <translation>告知客户的电话任务进入回访队列。</translation>
    </message>
    <message>
        <source>A call to tell the customer goes to %1, who took it.</source>
        <translation>告知客户的电话任务交给受理人 %1。</translation>
    </message>
    <message>
        <source>Give to sales as a lead</source>
        <translation>转给销售作为线索</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>&amp;Model of interest:</source>
        <translation>意向车型(&amp;M)：</translation>
    </message>
    <message>
        <source>Sales &amp;consultant:</source>
        <translation>销售顾问(&amp;C)：</translation>
    </message>
    <message>
        <source>Lead %1 is with sales; the item is handed over.</source>
        <translation>线索 %1 已交给销售，该反馈已转交。</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>记录客户反馈</translation>
    </message>
    <message>
        <source>Record feedback from %1</source>
        <translation>记录 %1 的反馈</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>(no vehicle)</source>
        <translation>（无车辆）</translation>
    </message>
    <message>
        <source>Praise: the person praised</source>
        <translation>表扬：被表扬人</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>客户原话(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>车辆(&amp;V)：</translation>
    </message>
    <message>
        <source>Feedback %1 is with %2.</source>
        <translation>反馈 %1 已转给%2。</translation>
    </message>
    <message>
        <source>first answer late or still missing</source>
        <translation>首次答复超时或仍未答复</translation>
    </message>
    <message>
        <source>resolution late or still missing</source>
        <translation>解决超时或仍未解决</translation>
    </message>
    <message>
        <source> (the newest %1)</source>
        <translation>（最新的 %1 条）</translation>
    </message>
</context>
<context>
    <name>crm::ui::followups::CallDeskPage</name>
    <message>
        <source>No task selected</source>
        <translation>未选择任务</translation>
    </message>
    <message>
        <source>Choose a task in the queue (↑/↓, Enter) to see the customer, the script and the call form.</source>
        <translation>在队列中选择任务（↑/↓，回车）即可查看客户、话术和通话登记表。</translation>
    </message>
    <message>
        <source>Book an &amp;appointment</source>
        <translation>预约到店(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;laim</source>
        <translation>领取(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>改派(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save call</source>
        <translation>保存通话(&amp;S)</translation>
    </message>
    <message>
        <source>To call now</source>
        <translation>现在待拨</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部未完成</translation>
    </message>
    <message>
        <source>Mine and unassigned</source>
        <translation>我的和未分配</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the queue (F5)</source>
        <translation>重新加载队列 (F5)</translation>
    </message>
    <message>
        <source>Generate tasks</source>
        <translation>生成任务</translation>
    </message>
    <message>
        <source>Run the follow-up rules for today now (they also run at start-up)</source>
        <translation>立即按回访规则生成今日任务（启动时也会自动生成）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>专员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>What the customer said, in full</source>
        <translation>完整记录客户所说的内容</translation>
    </message>
    <message>
        <source>Feedback item; Enter adds it</source>
        <translation>反馈内容，回车添加</translation>
    </message>
    <message>
        <source>e.g. send the insurance quote by WeChat</source>
        <translation>例如：通过微信发送续保报价</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>约定回拨(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>反馈(&amp;F)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>下一步(&amp;X)：</translation>
    </message>
    <message>
        <source>Save the call and go on to the next task (Ctrl+Enter)</source>
        <translation>保存通话并转到下一个任务 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call script</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <source>Earlier calls</source>
        <translation>历史通话</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>本次通话</translation>
    </message>
    <message>
        <source>Follow-up queue</source>
        <translation>回访队列</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to call</source>
        <translation>暂无待拨任务</translation>
    </message>
    <message>
        <source>No task matches. Try &quot;All open&quot; or &quot;Everyone&apos;s&quot;, or generate today&apos;s tasks.</source>
        <translation>没有符合条件的任务。可试试“全部未完成”或“所有人的”，或生成今日任务。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>attempts %1</source>
        <translation>已拨 %1 次</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>专员 %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开场白</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>&lt;i&gt;No script for this type yet. A manager can write one under Rules and scripts.&lt;/i&gt;</source>
        <translation>&lt;i&gt;此类型还没有话术。主管可在“规则与话术”中编写。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No earlier calls</source>
        <translation>暂无历史通话</translation>
    </message>
    <message>
        <source>⚠ Customer&apos;s rest time now (%1): call only if the customer asked for this time.</source>
        <translation>⚠ 现在是客户休息时间（%1）：除非客户约定此时，否则请勿拨打。</translation>
    </message>
    <message>
        <source>Calling hours. Rest times: %1</source>
        <translation>可拨打时段。休息时段：%1</translation>
    </message>
    <message>
        <source>Claim task</source>
        <translation>领取任务</translation>
    </message>
    <message>
        <source>Reassign task</source>
        <translation>改派任务</translation>
    </message>
    <message>
        <source>(back to the pool)</source>
        <translation>（退回公共队列）</translation>
    </message>
    <message>
        <source>Give this task to:</source>
        <translation>将任务分配给：</translation>
    </message>
    <message>
        <source>Customer&apos;s rest time</source>
        <translation>客户休息时间</translation>
    </message>
    <message>
        <source>It is the customer&apos;s rest time (%1). Record a call made now anyway?</source>
        <translation>现在是客户休息时间（%1）。仍要登记此时的通话吗？</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>保存通话</translation>
    </message>
    <message>
        <source>Call saved; task done.</source>
        <translation>通话已保存，任务完成。</translation>
    </message>
    <message>
        <source>Call saved; the customer is marked unreachable for this task.</source>
        <translation>通话已保存，本任务标记为无法联系。</translation>
    </message>
    <message>
        <source>Call saved; the task comes back at %1.</source>
        <translation>通话已保存，任务将于 %1 重新出现。</translation>
    </message>
    <message>
        <source>Queue done</source>
        <translation>队列已完成</translation>
    </message>
    <message>
        <source>Nothing else to call in this view.</source>
        <translation>当前视图中没有其他待拨任务。</translation>
    </message>
    <message>
        <source>Generating today&apos;s follow-up tasks…</source>
        <translation>正在生成今日回访任务…</translation>
    </message>
    <message numerus="yes">
        <source>%n new task(s) for today.</source>
        <translation>
            <numerusform>今日新增 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>回访管理</translation>
    </message>
    <message>
        <source>Call desk</source>
        <translation>回访工作台</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Rules and scripts</source>
        <translation>规则与话术</translation>
    </message>
    <message>
        <source>Do &amp;not call…</source>
        <translation>拒访(&amp;N)…</translation>
    </message>
    <message>
        <source>The customer does not want this kind of call: record it with the reason</source>
        <translation>客户不希望接到此类电话：登记并注明原因</translation>
    </message>
    <message numerus="yes">
        <source>Opt-out recorded; %n open task(s) cancelled.</source>
        <translation>
            <numerusform>已登记拒访，取消了 %n 个未完成任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>The customer complained on this call. Register it as a complaint now?</source>
        <translation>客户在本次通话中提出了投诉。现在登记为投诉吗？</translation>
    </message>
    <message>
        <source>Complaint %1 registered from the call.</source>
        <translation>已根据通话登记投诉 %1。</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>问卷：%1</translation>
    </message>
    <message>
        <source>Ask only when the customer is reached; * marks required answers.</source>
        <translation>仅在接通客户后询问；* 为必答题。</translation>
    </message>
    <message>
        <source>No survey on this call: %1</source>
        <translation>本次通话不做问卷：%1</translation>
    </message>
    <message>
        <source>No survey template is active for this task.</source>
        <translation>此任务没有启用的问卷模板。</translation>
    </message>
    <message>
        <source>Unhappy answer: complaint %1 opened and the manager alerted.</source>
        <translation>不满意答案：已开启投诉 %1 并通知主管。</translation>
    </message>
    <message>
        <source>Unhappy answer: the manager is alerted.</source>
        <translation>不满意答案：已通知主管。</translation>
    </message>
    <message>
        <source>More than %1 tasks</source>
        <translation>超过 %1 个任务</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected feedback line (Delete)</source>
        <translation>移除选中的反馈（Delete 键）</translation>
    </message>
    <message>
        <source>Call saved (the first try had saved it; only the answer was lost with the connection).</source>
        <translation>通话已保存（第一次提交已保存，只是答复随连接断开而丢失）。</translation>
    </message>
</context>
<context>
    <name>crm::ui::followups::FollowupReportsPage</name>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Reached rate</source>
        <translation>接通率</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>全部反馈</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>专员</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; tasks due · completion &lt;b&gt;%2&lt;/b&gt; · on time &lt;b&gt;%3&lt;/b&gt; · reached &lt;b&gt;%4&lt;/b&gt; · %5 calls (%6 reached) · member coverage &lt;b&gt;%7&lt;/b&gt; (%8 of %9 members reached in the last %10 days)</source>
        <translation>应回访 &lt;b&gt;%1&lt;/b&gt; 个 · 完成率 &lt;b&gt;%2&lt;/b&gt; · 及时率 &lt;b&gt;%3&lt;/b&gt; · 接通率 &lt;b&gt;%4&lt;/b&gt; · 通话 %5 次（接通 %6 次）· 会员覆盖率 &lt;b&gt;%7&lt;/b&gt;（近 %10 天内 %9 位会员中已回访 %8 位）</translation>
    </message>
    <message>
        <source>follow-up report %1 to %2</source>
        <translation>回访报表 %1 至 %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Inbound calls and appointments</source>
        <translation>来电与预约</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Result told</source>
        <translation>已告知结果</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>处理进度</translation>
    </message>
</context>
<context>
    <name>crm::ui::followups::FollowupRulesPage</name>
    <message>
        <source>Task type</source>
        <translation>任务类型</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Start (days)</source>
        <translation>开始（天）</translation>
    </message>
    <message>
        <source>Start means</source>
        <translation>开始含义</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>到期（天）</translation>
    </message>
    <message>
        <source>Expires after (days)</source>
        <translation>过期（天）</translation>
    </message>
    <message>
        <source>Priority (1 high)</source>
        <translation>优先级（1 最高）</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>Rules that generate tasks</source>
        <translation>生成任务的规则</translation>
    </message>
    <message>
        <source>Due and expiry days count from the day a task opens. Changes apply to tasks generated from now on.</source>
        <translation>到期和过期天数从任务开始之日算起。修改只影响此后生成的任务。</translation>
    </message>
    <message>
        <source>Model (empty: every other)</source>
        <translation>车型（留空：其他所有车型）</translation>
    </message>
    <message>
        <source>First: months</source>
        <translation>首保：月</translation>
    </message>
    <message>
        <source>First: km</source>
        <translation>首保：公里</translation>
    </message>
    <message>
        <source>Routine: months</source>
        <translation>定保：月</translation>
    </message>
    <message>
        <source>Routine: km</source>
        <translation>定保：公里</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>添加车型</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>删除车型</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>保存间隔</translation>
    </message>
    <message>
        <source>Maintenance limits per model (reminder at 80 %)</source>
        <translation>各车型保养间隔（达到 80% 时提醒）</translation>
    </message>
    <message>
        <source>Save script</source>
        <translation>保存话术</translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <source>Task type:</source>
        <translation>任务类型：</translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation>开场白：</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>结束语：</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>回访规则</translation>
    </message>
    <message>
        <source>{称呼} becomes the customer&apos;s surname with 先生 or 女士 by the known gender, {客户} the surname alone, {店名} the dealership&apos;s name, {服务日} the day of a booked member service as said that day (今天, 明天 …).</source>
        <translation>{称呼} 按已知性别替换为“姓＋先生/女士”，{客户} 为姓氏，{店名} 为店名，{服务日} 为所约会员服务的日期（按当天说法：今天、明天……）。</translation>
    </message>
</context>
<context>
    <name>crm::ui::followups::QueueModel</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 (retry %2)</source>
        <translation>%1（%2 重拨）</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Open from %1, due %2, expires %3</source>
        <translation>%1 起可拨，%2 到期，%3 过期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>拨打次数</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>专员</translation>
    </message>
</context>
<context>
    <name>crm::ui::frontdesk::BookingDialog</name>
    <message>
        <source>The store is closed that day.</source>
        <translation>当天门店休息。</translation>
    </message>
    <message>
        <source>%1  (%2 free)</source>
        <translation>%1  （余 %2）</translation>
    </message>
    <message>
        <source>%1  (full)</source>
        <translation>%1  （已满）</translation>
    </message>
    <message>
        <source>Labour booked %1 of %2 h</source>
        <translation>已约工时 %1 / %2 小时</translation>
    </message>
    <message>
        <source>Book an appointment: who comes?</source>
        <translation>预约：哪位客户来店？</translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>改约</translation>
    </message>
    <message>
        <source>Book a service appointment</source>
        <translation>维修保养预约</translation>
    </message>
    <message>
        <source>(no vehicle)</source>
        <translation>（不选车辆）</translation>
    </message>
    <message>
        <source>%1 (%2 h)</source>
        <translation>%1（%2 小时）</translation>
    </message>
    <message>
        <source>&amp;Next free slot</source>
        <translation>下一个空闲时段(&amp;N)</translation>
    </message>
    <message>
        <source>(reception assigns)</source>
        <translation>（由前台分配）</translation>
    </message>
    <message>
        <source>Book past a full slot or day (manager)</source>
        <translation>超容量预约（经理）</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>车辆(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>服务顾问(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Why it moves:</source>
        <translation>改约原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Why (override):</source>
        <translation>超容量原因(&amp;W)：</translation>
    </message>
    <message>
        <source>When: the store is closed that day; choose another.</source>
        <translation>时间：当天门店休息，请另选一天。</translation>
    </message>
</context>
<context>
    <name>crm::ui::frontdesk::DeskListsDialog</name>
    <message>
        <source>Front desk lists</source>
        <translation>前台列表</translation>
    </message>
    <message>
        <source>Job types</source>
        <translation>预约项目</translation>
    </message>
    <message>
        <source>Service advisors</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Call purposes</source>
        <translation>来电目的</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Double-click a name or the labour to change it; untick an entry to retire it.</source>
        <translation>双击名称或工时进行修改；取消勾选即停用。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Labour (minutes)</source>
        <translation>工时（分钟）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>crm::ui::frontdesk::DeskPhone</name>
    <message>
        <source>Dial</source>
        <translation>拨号</translation>
    </message>
    <message>
        <source>Dia&amp;l</source>
        <translation>拨号(&amp;L)</translation>
    </message>
    <message>
        <source>Ask this desk&apos;s phone to dial the customer&apos;s mobile</source>
        <translation>让本坐席的话机拨打客户手机</translation>
    </message>
    <message>
        <source>Desk phone</source>
        <translation>坐席话机</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.20</source>
        <translation>如 192.168.1.20</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Phone&apos;s &amp;address:</source>
        <translation>话机地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Caller ID: &amp;listen on port:</source>
        <translation>来电弹屏：监听端口(&amp;L)：</translation>
    </message>
    <message>
        <source>Caller ID: shared &amp;token:</source>
        <translation>来电弹屏：共享口令(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Dial URL ({phone}, {number}):</source>
        <translation>拨号地址(&amp;D)（{phone}、{number}）：</translation>
    </message>
    <message>
        <source>Phone&apos;s &amp;user:</source>
        <translation>话机用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Phone&apos;s &amp;password:</source>
        <translation>话机密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Caller ID: give the phone&apos;s address and a token of at least 8 characters (the same one goes into the phone&apos;s Action URL).</source>
        <translation>来电弹屏：请填写话机地址和至少 8 位的口令（话机的 Action URL 中填写同一个口令）。</translation>
    </message>
    <message>
        <source>Dial URL: it must contain {number}.</source>
        <translation>拨号地址：必须包含 {number}。</translation>
    </message>
</context>
<context>
    <name>crm::ui::frontdesk::FrontdeskFigures</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>Show rate</source>
        <translation>到店率</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取消/改约</translation>
    </message>
    <message>
        <source>Inbound calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>通数</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; appointments for %2 service visits · booking rate &lt;b&gt;%3&lt;/b&gt; · show rate &lt;b&gt;%4&lt;/b&gt; · no-shows &lt;b&gt;%5&lt;/b&gt; · on time &lt;b&gt;%6&lt;/b&gt; · %7 inbound calls</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个预约 / %2 次进厂 · 预约率 &lt;b&gt;%3&lt;/b&gt; · 到店率 &lt;b&gt;%4&lt;/b&gt; · 爽约率 &lt;b&gt;%5&lt;/b&gt; · 准时到店 &lt;b&gt;%6&lt;/b&gt; · 来电 %7 通</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By job</source>
        <translation>按项目</translation>
    </message>
    <message>
        <source>By advisor</source>
        <translation>按服务顾问</translation>
    </message>
    <message>
        <source>(reception assigns)</source>
        <translation>（由前台分配）</translation>
    </message>
    <message>
        <source>By purpose</source>
        <translation>按来电目的</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>（无坐席）</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>按时段</translation>
    </message>
</context>
<context>
    <name>crm::ui::frontdesk::FrontdeskPage</name>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation>已确认(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>已到店(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;mpleted</source>
        <translation>已完成(&amp;M)</translation>
    </message>
    <message>
        <source>No-&amp;show</source>
        <translation>爽约(&amp;S)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>取消(&amp;N)…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>改约(&amp;V)…</translation>
    </message>
    <message>
        <source>Open c&amp;ustomer</source>
        <translation>打开客户(&amp;U)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>前一天（Alt+←）</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>后一天（Alt+→）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Inbound call… (F2)</source>
        <translation>来电(&amp;I)…（F2）</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>新预约(&amp;N)…</translation>
    </message>
    <message>
        <source>Day &amp;sheet (PDF)…</source>
        <translation>派工单(&amp;S)（PDF）…</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>服务顾问</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No appointments this day. New appointment… (Ctrl+N) books one; F2 takes a call.</source>
        <translation>当天没有预约。“新预约…”（Ctrl+N）新建预约；F2 接来电。</translation>
    </message>
    <message>
        <source>No club member services this day.</source>
        <translation>当天没有俱乐部会员服务。</translation>
    </message>
    <message>
        <source>Club member services (cars and drivers) this day:</source>
        <translation>当天的俱乐部会员服务（代步车和司机）：</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>The store is closed this day.</source>
        <translation>当天门店休息。</translation>
    </message>
    <message>
        <source>%1 appointment(s) · labour %2 of %3 h · %4</source>
        <translation>%1 个预约 · 工时 %2 / %3 小时 · %4</translation>
    </message>
    <message>
        <source>Labour (h)</source>
        <translation>工时（小时）</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Week of %1: places booked / places per slot. Double-click a day to open it.</source>
        <translation>%1 这一周：已约台数 / 每时段台数。双击某天打开当天。</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>爽约</translation>
    </message>
    <message>
        <source>%1 did not come: mark the appointment as a no-show and raise a rebook call?</source>
        <translation>%1 没有来：把预约记为爽约并生成再预约回访？</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>记为爽约</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Why is %1&apos;s appointment cancelled?</source>
        <translation>%1 的预约为什么取消？</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Workshop day sheet</source>
        <translation>车间派工单</translation>
    </message>
    <message>
        <source>Save the day sheet</source>
        <translation>保存派工单</translation>
    </message>
    <message>
        <source>day-sheet-%1.pdf</source>
        <translation>派工单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>&amp;Lists…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <source>Job types with their labour, service advisors, call purposes</source>
        <translation>预约项目及工时、服务顾问、来电目的</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>统计(&amp;F)</translation>
    </message>
    <message>
        <source>Figures of the appointments scheduled and the calls taken in the period.</source>
        <translation>期间内预约和来电的统计。</translation>
    </message>
    <message>
        <source>%1  %2: %3 for %4%5</source>
        <translation>%1  %2：%3，预约时间 %4%5</translation>
    </message>
    <message>
        <source>Moved to appointment %1.</source>
        <translation>已改约为预约 %1。</translation>
    </message>
    <message>
        <source>History of %1&apos;s appointment</source>
        <translation>%1 的预约记录</translation>
    </message>
</context>
<context>
    <name>crm::ui::frontdesk::InboundCallDialog</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>新客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Book appointment…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <source>Register &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Caller&apos;s number, its last 4 digits or a plate — Enter</source>
        <translation>来电号码、号码后 4 位或车牌 — 回车</translation>
    </message>
    <message>
        <source>What the caller wants, what was agreed</source>
        <translation>客户的诉求、约定的事项</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>来电目的(&amp;P)：</translation>
    </message>
    <message>
        <source>Answers &amp;follow-up:</source>
        <translation>同时完成回访(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Type the caller&apos;s number and press Enter.</source>
        <translation>输入来电号码后按回车。</translation>
    </message>
    <message>
        <source>No customer has this number. &lt;b&gt;New customer…&lt;/b&gt; adds the caller with the number filled in.</source>
        <translation>没有客户使用这个号码。&lt;b&gt;新客户…&lt;/b&gt; 会带上号码新建客户。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 %2, last paid visit %3</source>
        <translation>%1 %2，上次付费进厂 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Vehicles: %1</source>
        <translation>车辆：%1</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（%2 到期）</translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation>未完成回访：%1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>预约：%1</translation>
    </message>
    <message>
        <source>Open complaints: %1</source>
        <translation>未结投诉：%1</translation>
    </message>
    <message>
        <source>Club: %1, %2 points</source>
        <translation>俱乐部：%1，%2 积分</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Sales &amp;lead…</source>
        <translation>购车线索(&amp;L)…</translation>
    </message>
    <message>
        <source>Sales lead from this call</source>
        <translation>来电购车线索</translation>
    </message>
    <message>
        <source>e.g. 探岳 380TSI</source>
        <translation>如 探岳 380TSI</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机(&amp;M)：</translation>
    </message>
    <message>
        <source>Interested in &amp;model:</source>
        <translation>意向车型(&amp;M)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Call &amp;back at</source>
        <translation>回拨时间(&amp;B)</translation>
    </message>
    <message>
        <source>Inbound call… (F2)</source>
        <translation>来电…（F2）</translation>
    </message>
    <message>
        <source>A customer is calling in: look them up, book, record the call</source>
        <translation>客户来电：查找客户、预约、登记来电</translation>
    </message>
    <message>
        <source>For a department to answer (optional)</source>
        <translation>需要部门答复的内容（可选）</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>反馈(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>crm::ui::leads::LeadsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>销售顾问</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Overdue for contact</source>
        <translation>超时未联系</translation>
    </message>
    <message>
        <source>Name or mobile</source>
        <translation>姓名或手机号</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>新建线索(&amp;N)…</translation>
    </message>
    <message>
        <source>Next &amp;step…</source>
        <translation>推进(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Not contacted in time</source>
        <translation>未按时联系</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) overdue for contact</source>
        <translation>
            <numerusform>%n 条线索超时未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Choose the member…</source>
        <translation>选择会员…</translation>
    </message>
    <message>
        <source>Model of interest</source>
        <translation>意向车型</translation>
    </message>
    <message>
        <source>This lead is %1: it is closed.</source>
        <translation>该线索为“%1”：已结束。</translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>线索 %1：%2</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前进展：</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>战败原因？</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>Referral reward</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>%1 points went to %2 for the referral.</source>
        <translation>已为 %2 发放推荐奖励 %1 积分。</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>导入线索</translation>
    </message>
    <message>
        <source>Lead exports (*.csv *.xlsx)</source>
        <translation>线索导出文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) added, %1 already there, %2 rejected.</source>
        <translation>
            <numerusform>新增 %n 条线索，已存在 %1 条，拒绝 %2 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::oem::OemImportTab</name>
    <message>
        <source>Bring home the manufacturer&apos;s file</source>
        <translation>导入厂家文件</translation>
    </message>
    <message>
        <source>Their satisfaction survey results (SSI, CSI, NPS)</source>
        <translation>厂家满意度调查结果（SSI、CSI、NPS）</translation>
    </message>
    <message>
        <source>Complaint tickets from their hotline</source>
        <translation>厂家热线投诉工单</translation>
    </message>
    <message>
        <source>Choose the &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>第一行</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Choose the file the manufacturer sent (CSV or XLSX): each column is shown here with its meaning.</source>
        <translation>选择厂家发来的文件（CSV 或 XLSX）：每一列及其含义会显示在这里。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save the rows not imported…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <source>Recall VIN lists: create a recall campaign under Campaigns and import the list there.</source>
        <translation>召回 VIN 清单：请在“营销活动”中新建召回活动并在那里导入清单。</translation>
    </message>
    <message>
        <source>Their scores beside ours</source>
        <translation>厂家得分与本店得分对比</translation>
    </message>
    <message>
        <source>Advisor or consultant</source>
        <translation>服务顾问或销售顾问</translation>
    </message>
    <message>
        <source>Their surveys</source>
        <translation>厂家问卷数</translation>
    </message>
    <message>
        <source>Their score</source>
        <translation>厂家得分</translation>
    </message>
    <message>
        <source>Their low scores</source>
        <translation>厂家低分数</translation>
    </message>
    <message>
        <source>Our answers</source>
        <translation>本店问卷数</translation>
    </message>
    <message>
        <source>Our score</source>
        <translation>本店得分</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>No survey results of the manufacturer for this month yet.</source>
        <translation>本月还没有厂家满意度调查结果。</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Scores on 0–100; the gap is theirs less ours.</source>
        <translation>得分为 0–100；差距 = 厂家得分 − 本店得分。</translation>
    </message>
    <message>
        <source>The manufacturer&apos;s file</source>
        <translation>厂家文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2</source>
        <translation>
            <numerusform>%1：%n 行，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the manufacturer&apos;s file…</source>
        <translation>正在导入厂家文件…</translation>
    </message>
    <message>
        <source>Import the manufacturer&apos;s file</source>
        <translation>导入厂家文件</translation>
    </message>
    <message>
        <source>Imported %1, found in the archive %2 (imported before: %3), not found %4, rejected %5.</source>
        <translation>已导入 %1，档案中找到 %2（此前已导入 %3），未找到 %4，拒收 %5。</translation>
    </message>
    <message>
        <source>Complaints registered: %1.</source>
        <translation>已登记投诉 %1 件。</translation>
    </message>
    <message>
        <source>%1 low score(s) for the complaint desk to look at.</source>
        <translation>%1 个低分待投诉处理人员查看。</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>not-imported.csv</source>
        <translation>未导入.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未注明）</translation>
    </message>
</context>
<context>
    <name>crm::ui::oem::OemPage</name>
    <message>
        <source>Manufacturer&apos;s files</source>
        <translation>厂家数据交换</translation>
    </message>
    <message>
        <source>Upload templates</source>
        <translation>上传模板</translation>
    </message>
    <message>
        <source>No templates — make one with New template.</source>
        <translation>还没有模板——点“新建模板”创建一个。</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>新建模板(&amp;N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>保存为文件…</translation>
    </message>
    <message>
        <source>Add from file…</source>
        <translation>从文件添加…</translation>
    </message>
    <message>
        <source>A template for another data set or another manufacturer&apos;s layout (Ctrl+N)</source>
        <translation>为其他数据集或其他厂家格式新建模板（Ctrl+N）</translation>
    </message>
    <message>
        <source>The template as a small file another store of the group can add</source>
        <translation>把模板保存为小文件，集团内其他门店可直接添加</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>{dealer} dealer code, {set} data set, {period} month, {date} and {time} of the upload, {batch} its number; the suffix follows the file type</source>
        <translation>{dealer} 经销商代码，{set} 数据集，{period} 月份，{date} 和 {time} 上传日期与时间，{batch} 批次号；扩展名随文件类型</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Data set:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列标题</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日期格式</translation>
    </message>
    <message>
        <source>Codes (ours=theirs; …)</source>
        <translation>代码对照（本系统=厂家；…）</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>保存对此模板的修改吗？</translation>
    </message>
    <message>
        <source>Our values: %1</source>
        <translation>本系统取值：%1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新模板</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template %1? Its upload log stays; the files sent can still be rebuilt.</source>
        <translation>删除模板 %1？上传记录会保留，已上传的文件仍可重新生成。</translation>
    </message>
    <message>
        <source>Save the template as a file</source>
        <translation>将模板保存为文件</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>模板 (*.json)</translation>
    </message>
    <message>
        <source>Add a template from a file</source>
        <translation>从文件添加模板</translation>
    </message>
    <message>
        <source>Upload to the manufacturer</source>
        <translation>向厂家上传</translation>
    </message>
    <message>
        <source>&amp;Make the upload file…</source>
        <translation>生成上传文件(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose the folder; the file is named by the template (Ctrl+G)</source>
        <translation>选择文件夹；文件名按模板规则生成（Ctrl+G）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Nothing sent with this template yet.</source>
        <translation>此模板还没有上传过。</translation>
    </message>
    <message>
        <source>Rebuild the file…</source>
        <translation>重新生成文件…</translation>
    </message>
    <message>
        <source>The file of the chosen batch again, byte for byte, to show what was sent</source>
        <translation>逐字节重新生成所选批次的文件，证明当时上传的内容</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>上传：</translation>
    </message>
    <message>
        <source>Never uploaded: the first upload sends everything.</source>
        <translation>尚未上传过：首次上传会发送全部数据。</translation>
    </message>
    <message>
        <source>Last upload reached %1.</source>
        <translation>上次上传截至 %1。</translation>
    </message>
    <message>
        <source>Upload log</source>
        <translation>上传记录</translation>
    </message>
    <message>
        <source>Changed %1 – %2</source>
        <translation>变更 %1 – %2</translation>
    </message>
    <message>
        <source>Folder for the upload file</source>
        <translation>上传文件存放的文件夹</translation>
    </message>
    <message>
        <source>Making the upload file…</source>
        <translation>正在生成上传文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.
SHA-256: %2
The upload log keeps what was sent.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。
SHA-256：%2
上传记录保存了本次上传的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the file</source>
        <translation>重新生成文件</translation>
    </message>
    <message>
        <source>The file is the one sent: SHA-256 %1 matches the upload log.</source>
        <translation>文件与当时上传的一致：SHA-256 %1 与上传记录相符。</translation>
    </message>
    <message>
        <source>The file differs from the one sent: a customer in it has been erased since. The upload log keeps the SHA-256 of the file as sent.</source>
        <translation>文件与当时上传的不同：其中有客户的个人信息已被删除。上传记录保存的是当时文件的 SHA-256。</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Their results and tickets</source>
        <translation>厂家结果与工单</translation>
    </message>
</context>
<context>
    <name>crm::ui::privacy::RequestsPage</name>
    <message>
        <source>Register a request about personal data</source>
        <translation>登记个人信息权利请求</translation>
    </message>
    <message>
        <source>Only when someone asks on the customer&apos;s behalf</source>
        <translation>仅在他人代客户申请时填写</translation>
    </message>
    <message>
        <source>The person&apos;s name (not in the archives)</source>
        <translation>申请人姓名（不在档案中）</translation>
    </message>
    <message>
        <source>Phone, address or e-mail for the answer</source>
        <translation>答复用的电话、地址或电子邮箱</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>按申请人原话记录其要求</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Asked by:</source>
        <translation>申请人(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>内容(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>The answer is due %1 working days after the day it came in (national calendar).</source>
        <translation>应在收到后 %1 个工作日内答复（按国家法定工作日历）。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer or person</source>
        <translation>客户或申请人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Answered on, by</source>
        <translation>答复时间与人员</translation>
    </message>
    <message>
        <source>No request about personal data is registered. Register one when a person asks for a copy, a correction or the erasure of their data, or withdraws a consent.</source>
        <translation>尚未登记个人信息权利请求。有人要求获取副本、更正或删除其个人信息，或撤回同意时，请在此登记。</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>仅看待答复(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Register a request…</source>
        <translation>登记请求(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>答复(&amp;N)…</translation>
    </message>
    <message>
        <source>Requests of data subjects (PIPL): each is due %1 working days after it came in.</source>
        <translation>个人信息权利请求（个人信息保护法）：每项应在收到后 %1 个工作日内答复。</translation>
    </message>
    <message>
        <source>Requests about personal data</source>
        <translation>个人信息权利请求</translation>
    </message>
    <message>
        <source>%1 (asked by %2)</source>
        <translation>%1（由 %2 代为申请）</translation>
    </message>
    <message>
        <source>Overdue: the legal deadline has passed.</source>
        <translation>已逾期：已超过法定答复期限。</translation>
    </message>
    <message>
        <source>Answer request %1</source>
        <translation>答复请求 %1</translation>
    </message>
    <message>
        <source>What was done, when and how the person was told — or why the request is refused</source>
        <translation>做了什么、何时以及如何告知本人——或拒绝的理由</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>crm::ui::privacy::RetentionPage</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Last purchase, visit, call or consent</source>
        <translation>最近一次购车、进厂、通话或授权</translation>
    </message>
    <message>
        <source>In the archives since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>No customer is past the retention period.</source>
        <translation>没有超过保存期限的客户。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Erase the chosen customers…</source>
        <translation>删除选中的客户(&amp;E)…</translation>
    </message>
    <message>
        <source>Erase old &amp;leads…</source>
        <translation>删除过期线索(&amp;L)…</translation>
    </message>
    <message>
        <source>Clear old call &amp;notes…</source>
        <translation>清除过期通话备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Reading what the retention policy reaches…</source>
        <translation>正在读取保存期限策略涉及的数据…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with no purchase, visit, call or consent since %1 (%2 years).</source>
        <translation>
            <numerusform>自 %1 以来（%2 年）无购车、进厂、通话或授权的客户 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers: no retention period set.</source>
        <translation>客户：未设置保存期限。</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) never converted since %1.</source>
        <translation>
            <numerusform>自 %1 以来未转化的线索 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads: no retention period set.</source>
        <translation>线索：未设置保存期限。</translation>
    </message>
    <message numerus="yes">
        <source>%n call note(s) from before %1.</source>
        <translation>
            <numerusform>%1 以前的通话备注 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Call notes: no retention period set.</source>
        <translation>通话备注：未设置保存期限。</translation>
    </message>
    <message>
        <source>The nightly run erases these by itself.</source>
        <translation>夜间任务会自动删除这些数据。</translation>
    </message>
    <message>
        <source>Erased after review only (Settings → Privacy: retention).</source>
        <translation>仅在人工复核后删除（设置 → 隐私：保存期限）。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从无</translation>
    </message>
    <message>
        <source>Retention review of %1</source>
        <translation>%1 保存期限复核</translation>
    </message>
    <message>
        <source>Erase customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Why are they erased? (kept in the audit log)</source>
        <translation>删除原因？（记入审计日志）</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n customer(s)? Names, phones and addresses are removed for good; service, complaint and points records stay without the person. This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 位客户的个人信息？姓名、电话和地址将被永久删除；维修、投诉和积分记录保留但不再关联到个人。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>%1 of %2 erased: the others were stopped or have had a purchase, visit, call or consent since the list was read.</source>
        <translation>已删除 %1 / %2 位：其余的被中止，或在读取列表后又有购车、进厂、通话或授权。</translation>
    </message>
    <message>
        <source>Erase old leads</source>
        <translation>删除过期线索</translation>
    </message>
    <message numerus="yes">
        <source>Erase the name, mobile and notes of %n lead(s) never converted?</source>
        <translation>
            <numerusform>删除 %n 条未转化线索的姓名、手机和备注？</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear old call notes</source>
        <translation>清除过期通话备注</translation>
    </message>
    <message>
        <source>Why are they cleared? (kept in the audit log)</source>
        <translation>清除原因？（记入审计日志）</translation>
    </message>
    <message numerus="yes">
        <source>Clear the notes of %n old call(s)?</source>
        <translation>
            <numerusform>清除 %n 条旧通话的备注？</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>crm::ui::surveys::SurveyForm</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>0 not at all likely</source>
        <translation>0 完全不可能</translation>
    </message>
    <message>
        <source>10 extremely likely</source>
        <translation>10 极有可能</translation>
    </message>
</context>
<context>
    <name>crm::ui::surveys::SurveysPage</name>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未处理</translation>
    </message>
    <message>
        <source>By survey</source>
        <translation>按问卷</translation>
    </message>
    <message>
        <source>By consultant / advisor</source>
        <translation>按销售/服务顾问</translation>
    </message>
    <message>
        <source>By vehicle model</source>
        <translation>按车型</translation>
    </message>
    <message>
        <source>By question</source>
        <translation>按题目</translation>
    </message>
    <message>
        <source>By factor</source>
        <translation>按因子</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Every survey</source>
        <translation>全部问卷</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter a paper questionnaire…</source>
        <translation>录入纸质问卷…</translation>
    </message>
    <message>
        <source>Answered from</source>
        <translation>答卷日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>答卷数</translation>
    </message>
    <message>
        <source>Index (of 1000)</source>
        <translation>指数（千分制）</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Unhappy answers</source>
        <translation>不满意答案</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>处理说明</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>处理(&amp;R)…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答题方式</translation>
    </message>
    <message>
        <source>Options (one per line)</source>
        <translation>选项（每行一个）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <source>Only after Q#</source>
        <translation>仅在第几题之后</translation>
    </message>
    <message>
        <source>… scored at most</source>
        <translation>…得分不高于</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Copy as new…</source>
        <translation>复制为新模板…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>事由：</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>预警 (%1)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; responses · index &lt;b&gt;%2&lt;/b&gt; (target %3) · NPS &lt;b&gt;%4&lt;/b&gt; (target %5) · CSAT &lt;b&gt;%6 %&lt;/b&gt; (target %7 %)</source>
        <translation>答卷 &lt;b&gt;%1&lt;/b&gt; 份 · 指数 &lt;b&gt;%2&lt;/b&gt;（目标 %3）· NPS &lt;b&gt;%4&lt;/b&gt;（目标 %5）· CSAT &lt;b&gt;%6%&lt;/b&gt;（目标 %7%）</translation>
    </message>
    <message>
        <source>Export survey scores</source>
        <translation>导出满意度得分</translation>
    </message>
    <message>
        <source>satisfaction %1 to %2</source>
        <translation>满意度 %1 至 %2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>resolved by %1</source>
        <translation>已由 %1 处理</translation>
    </message>
    <message>
        <source>Resolve alert</source>
        <translation>处理预警</translation>
    </message>
    <message>
        <source>How was the unhappy answer handled?</source>
        <translation>如何处理了不满意的反馈？</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Version %1 has %2 responses: saving creates version %3, and the answers keep their questions.</source>
        <translation>第 %1 版已有 %2 份答卷：保存时将生成第 %3 版，已有答卷保留原题目。</translation>
    </message>
    <message>
        <source>Version %1 has no responses yet: it is changed in place.</source>
        <translation>第 %1 版尚无答卷：将直接修改。</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>Copy template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>纸质问卷</translation>
    </message>
    <message>
        <source>Find the customer: name, pinyin initials, mobile, plate</source>
        <translation>查找客户：姓名、拼音首字母、手机、车牌</translation>
    </message>
    <message>
        <source>Sales consultant or service advisor concerned</source>
        <translation>相关的销售顾问或服务顾问</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Survey:</source>
        <translation>问卷：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>顾问：</translation>
    </message>
    <message>
        <source>An unhappy answer: complaint %1 is opened and the manager alerted.</source>
        <translation>有不满意答案：已开启投诉 %1 并通知主管。</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>Double-click a row for the responses behind it</source>
        <translation>双击某行可查看其对应的答卷</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答卷时间</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Free-text answers</source>
        <translation>文字意见</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>答卷：%1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n 份答卷</numerusform>
        </translation>
    </message>
    <message>
        <source>How it was answered</source>
        <translation>答案分布</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DealerCRM — customer relations for car dealerships.</source>
        <translation>DealerCRM — 汽车经销店客户关系管理。</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>SQLite 文件，或 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>文件|地址</translation>
    </message>
    <message>
        <source>User name to offer at sign-in.</source>
        <translation>登录时预填的用户名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>DealerCRM</source>
        <translation>DealerCRM</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>正在准备数据库…</translation>
    </message>
    <message>
        <source>Sealing the audit log&apos;s personal values…</source>
        <translation>正在加密审计日志中的个人信息…</translation>
    </message>
</context>
</TS>
