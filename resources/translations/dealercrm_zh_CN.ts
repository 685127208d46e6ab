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
        <source>The person's name (add).</source>
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
        <source>users: unknown action "%1"; use add, list, passwd, disable or enable.</source>
        <translation>users：未知操作“%1”；请用 add、list、passwd、disable 或 enable。</translation>
    </message>
    <message>
        <source>Demo data: one user per role and a few hundred customers (needs an empty database).</source>
        <translation>演示数据：每个角色一个用户，以及几百位客户（需要空数据库）。</translation>
    </message>
    <message>
        <source>Generate N customers with vehicles and service history.</source>
        <translation>生成 N 位客户，含车辆和维修保养记录。</translation>
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
        <source>Generated %1 customers in %2 s.</source>
        <translation>已生成 %1 位客户，用时 %2 秒。</translation>
    </message>
    <message>
        <source>Check the schema version and the database's integrity or connectivity.</source>
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
        <source>Usage: dealercrm-cli [--database FILE|URL] COMMAND [options]
Commands:
  migrate   create or upgrade the schema
  users     add | list | passwd | disable | enable
  seed      --demo | --customers N [--seed S]
  check     schema version and integrity / connectivity
  backup    FILE: consistent copy of a live SQLite database
Every command takes --help.</source>
        <translation>用法：dealercrm-cli [--database 文件|地址] 命令 [选项]
命令：
  migrate   创建或升级数据库结构
  users     add | list | passwd | disable | enable（用户管理）
  seed      --demo | --customers N [--seed S]（填入数据）
  check     结构版本与完整性／连接检查
  backup    文件：正在使用的 SQLite 数据库的一致副本
每个命令都支持 --help。</translation>
    </message>
    <message>
        <source>no command given.
</source>
        <translation>未给出命令。
</translation>
    </message>
    <message>
        <source>unknown command "%1".
</source>
        <translation>未知命令“%1”。
</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>创建管理员账户</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the first administrator account; the administrator then adds the accounts of the other staff.</source>
        <translation>此数据库还没有用户。请先创建第一个管理员账户，再由管理员为其他员工添加账户。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
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
    <name>QMessageBox</name>
    <message>
        <source>Database error code: %1</source>
        <translation>数据库错误代码：%1</translation>
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
    <name>crm::Vin</name>
    <message>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>车架号（VIN）应为 17 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 of the VIN ("%2") is not allowed; VINs use 0–9 and A–Z without I, O and Q.</source>
        <translation>车架号第 %1 位（“%2”）不允许；车架号只用 0–9 和 A–Z，不含 I、O、Q。</translation>
    </message>
    <message>
        <source>The VIN check digit (9th character) should be %1, not %2.</source>
        <translation>车架号校验位（第 9 位）应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>crm::data::ConnectionSpec</name>
    <message>
        <source>No database was given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>"%1" is not a valid PostgreSQL address; use postgresql://user@host:port/dbname.</source>
        <translation>“%1”不是有效的 PostgreSQL 地址；请使用 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>The PostgreSQL address "%1" names no database; add /dbname at the end.</source>
        <translation>PostgreSQL 地址“%1”没有指明数据库；请在末尾加上 /数据库名。</translation>
    </message>
    <message>
        <source>Unknown database address "%1": give a SQLite file or a postgresql:// address.</source>
        <translation>无法识别的数据库地址“%1”：请给出 SQLite 文件或 postgresql:// 地址。</translation>
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
        <source>%1: the database is busy with another desk's work; please try again.</source>
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
</context>
<context>
    <name>crm::services::AuditService</name>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
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
    <name>crm::services::PasswordHasher</name>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
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
        <source>There is no setting called "%1".</source>
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
        <source>The user name "%1" is not valid: use 2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>用户名“%1”无效：请使用 2–32 个小写字母、数字、“.”、“_”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long (at most 64 characters).</source>
        <translation>姓名过长（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>The user name "%1" is taken already.</source>
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
        <source>There is no user "%1".</source>
        <translation>不存在用户“%1”。</translation>
    </message>
    <message>
        <source>change user accounts</source>
        <translation>修改用户账户</translation>
    </message>
    <message>
        <source>Enter the person's name (at most 64 characters).</source>
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
        <source>reset other people's passwords</source>
        <translation>重置他人的密码</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>crm::ui::FirstAdminDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>crm::ui::GlobalSearch</name>
    <message>
        <source>Search… (Ctrl+K)</source>
        <translation>搜索…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Nothing found for "%1"</source>
        <translation>没有找到“%1”</translation>
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
        <source>About DealerCRM</source>
        <translation>关于 DealerCRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DealerCRM %1&lt;/h3&gt;&lt;p&gt;Customer relations for car dealerships: follow-up calls, satisfaction surveys, complaints, customer archives and the owners' club.&lt;/p&gt;&lt;p&gt;Qt %2 · database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DealerCRM %1&lt;/h3&gt;&lt;p&gt;汽车经销店（4S 店）客户关系管理：回访、满意度调查、投诉、客户档案与车主俱乐部。&lt;/p&gt;&lt;p&gt;Qt %2 · 数据库：%3&lt;/p&gt;</translation>
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
</context>
<context>
    <name>crm::ui::admin::AuditTableModel</name>
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
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
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
</context>
</TS>