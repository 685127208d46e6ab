// dealercrm-cli as a user runs it: exit codes, one clear line on errors, both engines.
#include "TestDatabase.h"

#include "data/Migrator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &args, const QByteArray &stdinText = {}, const QMap<QString, QString> &extraEnv = {})
{
    QProcess p;
    // The CLI speaks the system locale's language; the checks below read its English.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CRM_CLI_PATH), args);
    if (!stdinText.isEmpty())
        p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class CliTest : public test::DbTest {
protected:
    void SetUp() override
    {
        migrateOnSetUp = false;
        DbTest::SetUp();
    }
    QString target() const { return test::connectionUrl(const_cast<CliTest *>(this)->testDb()); }
};

TEST_P(CliTest, MigrateSeedCheckAndUsers)
{
    CliRun m = cli({u"--database"_s, target(), u"migrate"_s});
    ASSERT_EQ(m.code, 0) << m.err.toStdString();
    EXPECT_TRUE(m.out.contains(u"2"_s));
    CliRun s = cli({u"seed"_s, u"--demo"_s, u"--database"_s, target()});
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    // The demo's book for reception: tomorrow's appointments as JSON, one object a line.
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    CliRun day = cli({u"-d"_s, target(), u"appointments"_s, u"list"_s, u"--date"_s, tomorrow, u"--json"_s});
    ASSERT_EQ(day.code, 0) << day.err.toStdString();
    const QStringList lines = day.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        EXPECT_FALSE(o.value(u"customer"_s).toString().isEmpty()) << line.toStdString();
        EXPECT_EQ(o.value(u"time"_s).toString().size(), 5) << line.toStdString();
        EXPECT_TRUE(o.contains(u"plate"_s) && o.contains(u"job_type"_s) && o.contains(u"advisor"_s) && o.contains(u"status"_s));
    }
    // The nightly close twice: the second run changes nothing.
    ASSERT_EQ(cli({u"-d"_s, target(), u"appointments"_s, u"close-day"_s}).code, 0);
    CliRun again = cli({u"-d"_s, target(), u"appointments"_s, u"close-day"_s});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_TRUE(
        again.out.contains(u": 0 arrival(s) matched to service visits, 0 no-show(s) with a rebook call, 0 confirmation"_s))
        << again.out.toStdString();
    EXPECT_NE(cli({u"-d"_s, target(), u"appointments"_s, u"list"_s, u"--date"_s, u"tomorrow"_s}).code, 0);
    // The demo's recall: a second file with a VIN already on it, one the archive lacks, one bad.
    QTemporaryDir dir;
    const QString vins = dir.filePath(u"recall.csv"_s);
    {
        QFile f(vins);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("VIN\nLFV2A21K0N3000001\nLFV2A21KXN3999999\nNOT-A-VIN\n");
    }
    CliRun recall =
        cli({u"-d"_s, target(), u"campaigns"_s, u"import-vins"_s, vins, u"--campaign"_s, u"EA211发动机正时皮带召回"_s});
    ASSERT_EQ(recall.code, 0) << recall.err.toStdString();
    EXPECT_TRUE(recall.out.contains(u"found 0, not found 1, excluded 0, rejected 1"_s)) << recall.out.toStdString();
    EXPECT_TRUE(recall.err.contains(u"line 4"_s)) << recall.err.toStdString();
    CliRun results = cli({u"-d"_s, target(), u"campaigns"_s, u"results"_s, u"EA211发动机正时皮带召回"_s, u"--json"_s});
    ASSERT_EQ(results.code, 0) << results.err.toStdString();
    const QJsonObject funnel = QJsonDocument::fromJson(results.out.toUtf8()).object();
    EXPECT_EQ(funnel.value(u"targeted"_s).toInt(), 15);
    EXPECT_EQ(funnel.value(u"recall"_s).toObject().value(u"not_found"_s).toInt(), 3);
    qputenv("DEALERCRM_SMS_ACCOUNT", dir.filePath(u"no-account.json"_s).toUtf8());
    CliRun send = cli({u"-d"_s, target(), u"messages"_s, u"send-due"_s});
    qunsetenv("DEALERCRM_SMS_ACCOUNT");
    EXPECT_EQ(send.code, 1);
    EXPECT_TRUE(send.err.contains(u"no provider account"_s)) << send.err.toStdString();
    // The demo's feedback: the nightly chase lists what needs attention as JSON, once each; the
    // month's report has the departments the demo staffs.
    CliRun chase = cli({u"-d"_s, target(), u"feedback"_s, u"overdue"_s, u"--json"_s});
    ASSERT_EQ(chase.code, 0) << chase.err.toStdString();
    for (const QString &line : chase.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        EXPECT_TRUE(o.value(u"state"_s).toString() == u"overdue"_s || o.value(u"state"_s).toString() == u"warning"_s)
            << line.toStdString();
        EXPECT_FALSE(o.value(u"department"_s).toString().isEmpty()) << line.toStdString();
    }
    CliRun chased = cli({u"-d"_s, target(), u"feedback"_s, u"overdue"_s});
    ASSERT_EQ(chased.code, 0) << chased.err.toStdString();
    EXPECT_TRUE(chased.out.contains(u"0 new reminder(s) raised"_s)) << chased.out.toStdString(); // raised once
    const QString month = QDate::currentDate().addDays(-10).toString(u"yyyy-MM"_s);
    CliRun report = cli({u"-d"_s, target(), u"feedback"_s, u"report"_s, u"--month"_s, month, u"--json"_s});
    ASSERT_EQ(report.code, 0) << report.err.toStdString();
    const QJsonObject figures = QJsonDocument::fromJson(report.out.toUtf8()).object();
    EXPECT_GT(figures.value(u"total"_s).toObject().value(u"received"_s).toInt(), 0) << report.out.toStdString();
    EXPECT_FALSE(figures.value(u"departments"_s).toArray().isEmpty());
    EXPECT_NE(cli({u"-d"_s, target(), u"feedback"_s, u"report"_s, u"--month"_s, u"May"_s}).code, 0);
    CliRun c = cli({u"-d"_s, target(), u"check"_s});
    EXPECT_EQ(c.code, 0) << c.err.toStdString();
    CliRun list = cli({u"-d"_s, target(), u"users"_s, u"list"_s});
    ASSERT_EQ(list.code, 0);
    for (const char *u : {"admin", "manager", "agent", "archivist", "club"})
        EXPECT_TRUE(list.out.contains(QString::fromLatin1(u))) << u;

    CliRun add = cli({u"-d"_s, target(), u"users"_s, u"add"_s, u"zhangsan"_s, u"--role"_s, u"agent"_s, u"--name"_s, u"张三"_s},
                     "zhangsan-pass\n");
    ASSERT_EQ(add.code, 0) << add.err.toStdString();
    CliRun dup =
        cli({u"-d"_s, target(), u"users"_s, u"add"_s, u"zhangsan"_s, u"--role"_s, u"agent"_s, u"--password"_s, u"whatever-1"_s});
    EXPECT_EQ(dup.code, 1);
    EXPECT_EQ(dup.err.trimmed().count(u'\n'), 0) << dup.err.toStdString(); // one line
    EXPECT_TRUE(dup.err.startsWith(u"dealercrm-cli: "_s));
    CliRun pw = cli({u"-d"_s, target(), u"users"_s, u"passwd"_s, u"zhangsan"_s, u"--password"_s, u"new-password-9"_s});
    EXPECT_EQ(pw.code, 0) << pw.err.toStdString();
    CliRun dis = cli({u"-d"_s, target(), u"users"_s, u"disable"_s, u"zhangsan"_s});
    EXPECT_EQ(dis.code, 0) << dis.err.toStdString();
    CliRun after = cli({u"-d"_s, target(), u"users"_s, u"list"_s});
    EXPECT_TRUE(after.out.contains(u"zhangsan\tagent\t张三\tdisabled"_s) ||
                after.out.contains(u"zhangsan\tagent\t张三\t已停用"_s))
        << after.out.toStdString();
}

TEST_P(CliTest, ScaleSeedIsDeterministic)
{
    CliRun s = cli({u"-d"_s, target(), u"seed"_s, u"--customers"_s, u"200"_s, u"--seed"_s, u"7"_s});
    ASSERT_EQ(s.code, 0) << s.err.toStdString();
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt(), 200);
    auto bad = db().scalar(u"SELECT COUNT(*) FROM vehicles WHERE LENGTH(vin) <> 17"_s);
    EXPECT_EQ(bad->toInt(), 0);
}

TEST_P(CliTest, CheckRefusesAFutureSchema)
{
    ASSERT_EQ(cli({u"-d"_s, target(), u"migrate"_s}).code, 0);
    ASSERT_OK(db().exec(u"INSERT INTO schema_version(version, name, applied_at) VALUES (999, 'future', 'x')"_s));
    CliRun c = cli({u"-d"_s, target(), u"check"_s});
    EXPECT_NE(c.code, 0);
    CliRun m = cli({u"-d"_s, target(), u"migrate"_s});
    EXPECT_NE(m.code, 0);
    EXPECT_TRUE(m.err.contains(u"999"_s)) << m.err.toStdString();
}

TEST_P(CliTest, ClubStatementNightlyExpiryAndLeadImport)
{
    ASSERT_EQ(cli({u"seed"_s, u"--demo"_s, u"-d"_s, target()}).code, 0);
    const QString card = db().scalar(u"SELECT number FROM club_cards WHERE status = 'active' ORDER BY id LIMIT 1"_s)->toString();
    const qint64 member = db().scalar(u"SELECT member_id FROM club_cards WHERE number = ?"_s, {card})->toLongLong();
    const qint64 available = db().scalar(u"SELECT available FROM points_balances WHERE member_id = ?"_s, {member})->toLongLong();
    ASSERT_GT(available, 0);
    CliRun st = cli({u"-d"_s, target(), u"club"_s, u"statement"_s, card, u"--json"_s});
    ASSERT_EQ(st.code, 0) << st.err.toStdString();
    const QStringList lines = st.out.trimmed().split(u'\n');
    ASSERT_FALSE(lines.isEmpty());
    const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    EXPECT_EQ(last.value(u"balance"_s).toInteger(), available); // the running balance adds up to the balance
    QString typo = card;
    typo[4] = QChar(u'0' + (typo[4].digitValue() + 1) % 10);
    CliRun bad = cli({u"-d"_s, target(), u"club"_s, u"statement"_s, typo});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(typo)) << bad.err.toStdString();
    // Far in the future every lot has expired; a second run finds nothing more.
    CliRun ex = cli({u"-d"_s, target(), u"club"_s, u"expire"_s, u"--date"_s, u"2099-01-01"_s});
    ASSERT_EQ(ex.code, 0) << ex.err.toStdString();
    EXPECT_EQ(db().scalar(u"SELECT COALESCE(SUM(available), 0) FROM points_balances"_s)->toLongLong(), 0);
    EXPECT_EQ(db().scalar(u"SELECT COALESCE(SUM(remaining), 0) FROM points_lots"_s)->toLongLong(), 0);
    ASSERT_EQ(cli({u"-d"_s, target(), u"club"_s, u"expire"_s, u"--date"_s, u"2099-01-01"_s}).code, 0);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM points_ledger WHERE kind = 'expire' AND at > '2090'"_s)->toInt(),
              0); // clock is now, not 2099

    QTemporaryDir dir;
    const QString file = dir.filePath(u"web.csv"_s);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(u"线索编号,姓名,手机号,平台\nYC-1,周先生,13612345678,易车\nYC-2,吴女士,1361234,易车\n"_s.toUtf8());
    f.close();
    CliRun im = cli({u"-d"_s, target(), u"leads"_s, u"import"_s, file, u"--consultant"_s, u"刘洋"_s});
    EXPECT_EQ(im.code, 3);                                        // a row was rejected
    EXPECT_TRUE(im.err.contains(u"3"_s)) << im.err.toStdString(); // line 3
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM leads WHERE source = 'yiche' AND external_ref = 'YC-1' AND consultant = ?"_s,
                          {u"刘洋"_s})
                  ->toInt(),
              1);
}

// The packaged timer's one command: every nightly job, each as its own command would run it; run
// twice it adds nothing; a job that fails (here the machine's provider account file is damaged)
// is reported by name and the jobs after it still run.
TEST_P(CliTest, NightlyRunsEveryJobAndGoesOnPastAFailure)
{
    ASSERT_EQ(cli({u"seed"_s, u"--demo"_s, u"-d"_s, target()}).code, 0);
    QTemporaryDir home; // the machine's settings (the provider account)
    const QMap<QString, QString> machine{{u"XDG_CONFIG_HOME"_s, home.path()}};
    const auto today = [&] { return db().scalar(u"SELECT COUNT(*) FROM followup_tasks"_s)->toLongLong(); };
    const qint64 before = today();
    // A machine without the database's audit key file: the jobs that would audit a customer say
    // so (the close of the day used to lose that and report a commit without a
    // transaction).
    CliRun k = cli({u"-d"_s, target(), u"nightly"_s}, {},
                   {{u"XDG_CONFIG_HOME"_s, home.path()}, {u"DEALERCRM_KEY_FILE"_s, home.filePath(u"none.key"_s)}});
    EXPECT_EQ(k.code, 1);
    EXPECT_TRUE(k.err.contains(u"no key file"_s)) << k.err.toStdString();
    EXPECT_TRUE(k.err.contains(u"appointments close-day"_s)) << k.err.toStdString();
    EXPECT_FALSE(k.err.contains(u"without a transaction"_s)) << k.err.toStdString();

    CliRun n = cli({u"-d"_s, target(), u"nightly"_s}, {}, machine);
    ASSERT_EQ(n.code, 0) << n.err.toStdString();
    for (const QString &line :
         {u"arrival(s) matched"_s, u"created "_s, u"need attention"_s, u"points expired"_s, u"boards counted"_s,
          u"messages send-due: skipped"_s, u"privacy retention: nothing to do"_s, u"every job done"_s})
        EXPECT_TRUE(n.out.contains(line)) << line.toStdString() << "\n" << n.out.toStdString();
    const qint64 after = today();
    EXPECT_GT(after, before);
    ASSERT_EQ(cli({u"-d"_s, target(), u"nightly"_s}, {}, machine).code, 0);
    EXPECT_EQ(today(), after);

    const QString dir = home.filePath(u"DealerCRM/DealerCRM"_s);
    ASSERT_TRUE(QDir().mkpath(dir));
    QFile broken(dir + u"/sms-account.json"_s);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    CliRun f = cli({u"-d"_s, target(), u"nightly"_s}, {}, machine);
    EXPECT_EQ(f.code, 1);
    EXPECT_TRUE(f.err.contains(u"messages send-due"_s)) << f.err.toStdString();
    EXPECT_TRUE(f.err.contains(u"damaged"_s)) << f.err.toStdString();
    EXPECT_TRUE(f.out.contains(u"privacy retention"_s)) << f.out.toStdString(); // ran after it
}

// The night counts what the board keeps for closed periods, so the first look in the morning
// reads them instead of counting them from the raw rows.
TEST_P(CliTest, TheNightCountsTheBoardsKeptFigures)
{
    ASSERT_EQ(cli({u"seed"_s, u"--demo"_s, u"-d"_s, target()}).code, 0);
    const auto kept = [&] {
        return db()
            .scalar(u"SELECT (SELECT COUNT(*) FROM churn_cohorts) + (SELECT COUNT(*) FROM member_figures)"_s)
            ->toLongLong();
    };
    ASSERT_EQ(kept(), 0);
    CliRun r = cli({u"-d"_s, target(), u"report"_s, u"board"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"boards counted"_s)) << r.out.toStdString();
    const qint64 counted = kept();
    EXPECT_GT(counted, 0);
    ASSERT_EQ(cli({u"-d"_s, target(), u"report"_s, u"board"_s}).code, 0);
    EXPECT_EQ(kept(), counted); // kept, not counted again
}

TEST_P(CliTest, WeeklyAndMonthlyReportsAsPdfAndXlsx)
{
    ASSERT_EQ(cli({u"seed"_s, u"--demo"_s, u"-d"_s, target()}).code, 0);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"月报.pdf"_s), xlsx = dir.filePath(u"week.xlsx"_s);
    CliRun month = cli({u"-d"_s, target(), u"report"_s, u"monthly"_s, u"--period"_s, u"2026-10"_s, u"--out"_s, pdf});
    ASSERT_EQ(month.code, 0) << month.err.toStdString();
    EXPECT_TRUE(month.out.contains(u"2026-10"_s));
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    CliRun week = cli({u"-d"_s, target(), u"report"_s, u"weekly"_s, u"--period"_s, u"2026-W47"_s, u"--out"_s, xlsx});
    ASSERT_EQ(week.code, 0) << week.err.toStdString();
    EXPECT_GT(QFileInfo(xlsx).size(), 1000);
    // A month where a week belongs, an unknown format, a missing --out: a clear message, no file.
    EXPECT_EQ(cli({u"-d"_s, target(), u"report"_s, u"weekly"_s, u"--period"_s, u"2026-10"_s, u"--out"_s, xlsx}).code, 2);
    CliRun doc =
        cli({u"-d"_s, target(), u"report"_s, u"monthly"_s, u"--period"_s, u"2026-10"_s, u"--out"_s, dir.filePath(u"r.doc"_s)});
    EXPECT_EQ(doc.code, 1);
    EXPECT_TRUE(doc.err.contains(u"r.doc"_s)) << doc.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"r.doc"_s)));
    EXPECT_EQ(cli({u"-d"_s, target(), u"report"_s, u"monthly"_s}).code, 2);
}

CRM_INSTANTIATE_ENGINES(CliTest);

TEST(Cli, HelpUsageAndErrors)
{
    CliRun h = cli({u"--help"_s});
    EXPECT_EQ(h.code, 0);
    EXPECT_TRUE(h.out.contains(u"migrate"_s));
    for (const char *cmd : {"migrate", "users", "seed", "check", "backup", "restore"}) {
        CliRun ch = cli({QString::fromLatin1(cmd), u"--help"_s});
        EXPECT_EQ(ch.code, 0) << cmd;
        EXPECT_TRUE(ch.out.contains(u"--database"_s)) << cmd;
    }
    CliRun unknown = cli({u"frobnicate"_s});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.startsWith(u"dealercrm-cli: "_s));
    CliRun badUrl = cli({u"-d"_s, u"mysql://x/y"_s, u"check"_s});
    EXPECT_EQ(badUrl.code, 1);
    EXPECT_EQ(badUrl.err.trimmed().count(u'\n'), 0);
    CliRun noServer = cli({u"-d"_s, u"postgresql://nobody@127.0.0.1:1/none"_s, u"check"_s});
    EXPECT_EQ(noServer.code, 1);
}

TEST(Cli, BackupOfALiveSqliteDatabase)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"live.sqlite"_s);
    ASSERT_EQ(cli({u"-d"_s, file, u"seed"_s, u"--demo"_s}).code, 0);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    CliRun b = cli({u"-d"_s, file, u"backup"_s, copy});
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    CliRun check = cli({u"-d"_s, copy, u"check"_s});
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    auto db = data::Database::open(data::ConnectionSpec::sqlite(copy));
    ASSERT_OK(db);
    EXPECT_EQ((*db)->scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt(), 303);
    CliRun again = cli({u"-d"_s, file, u"backup"_s, copy}); // never overwrites
    EXPECT_EQ(again.code, 1);
}

TEST(Cli, BackupWhileAnotherProcessWritesThenRestoreChecksIt)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"live.sqlite"_s);
    ASSERT_EQ(cli({u"-d"_s, file, u"migrate"_s}).code, 0);
    // A seed writing in batches in another process while the backup is taken.
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    writer.setProcessEnvironment(env);
    writer.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, file, u"seed"_s, u"--customers"_s, u"6000"_s, u"--seed"_s, u"3"_s});
    ASSERT_TRUE(writer.waitForStarted());
    {
        auto live = data::Database::open(data::ConnectionSpec::sqlite(file));
        ASSERT_OK(live);
        QElapsedTimer t;
        t.start();
        while ((*live)->scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt() == 0 && t.elapsed() < 60000)
            QThread::msleep(20);
    }
    const QString copy = dir.filePath(u"mid.sqlite"_s);
    CliRun b = cli({u"-d"_s, file, u"backup"_s, copy});
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    ASSERT_TRUE(writer.waitForFinished(180000));
    EXPECT_EQ(writer.exitCode(), 0) << writer.readAllStandardError().toStdString();

    const QString restored = dir.filePath(u"restored.sqlite"_s);
    CliRun r = cli({u"restore"_s, copy, restored});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"schema version"_s)) << r.out.toStdString();
    {
        auto db = data::Database::open(data::ConnectionSpec::sqlite(restored));
        ASSERT_OK(db);
        EXPECT_EQ((*db)->scalar(u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);
        const int customers = (*db)->scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt();
        EXPECT_GT(customers, 0);
        EXPECT_LE(customers, 6000);
        // A consistent snapshot: no customer without the search keys written in the same transaction.
        EXPECT_EQ((*db)
                      ->scalar(u"SELECT COUNT(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_search_keys k "
                               "WHERE k.customer_id = c.id)"_s)
                      ->toInt(),
                  0);
    }
    EXPECT_EQ(cli({u"restore"_s, copy, restored}).code, 1) << "never overwrites";
    EXPECT_EQ(cli({u"restore"_s, dir.filePath(u"nothing.sqlite"_s), dir.filePath(u"x.sqlite"_s)}).code, 1);

    // A backup from a newer program is refused and leaves no file behind.
    const QString newer = dir.filePath(u"newer.sqlite"_s);
    ASSERT_TRUE(QFile::copy(copy, newer));
    {
        auto db = data::Database::open(data::ConnectionSpec::sqlite(newer));
        ASSERT_OK(db);
        ASSERT_OK((*db)->exec(
            u"INSERT INTO schema_version(version, name, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00Z')"_s));
    }
    CliRun n = cli({u"restore"_s, newer, dir.filePath(u"n.sqlite"_s)});
    EXPECT_EQ(n.code, 1);
    EXPECT_TRUE(n.err.contains(u"999"_s)) << n.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"n.sqlite"_s)));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"n.sqlite.restoring"_s)));

    // A damaged backup (pages overwritten in the middle) is refused.
    const QString damaged = dir.filePath(u"damaged.sqlite"_s);
    ASSERT_TRUE(QFile::copy(copy, damaged));
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(f.size() / 2));
        f.write(QByteArray(64 * 1024, '\x5a'));
    }
    CliRun d = cli({u"restore"_s, damaged, dir.filePath(u"d.sqlite"_s)});
    EXPECT_EQ(d.code, 1) << d.out.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"d.sqlite"_s)));

    // Not a database at all.
    const QString text = dir.filePath(u"notes.txt"_s);
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库\n");
    }
    EXPECT_EQ(cli({u"restore"_s, text, dir.filePath(u"t.sqlite"_s)}).code, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(u"t.sqlite"_s)));
}
