// Crash safety (issue 10): dealercrm-cli is killed with SIGKILL in the middle of a seed, an
// import and the club's points run — 36 kill points — and the SQLite file is reopened each time:
// the integrity check passes, nothing half-written is visible, and the interrupted import simply
// runs again. (A killed PostgreSQL client is the server's business: its transaction is rolled back.)
#include "TestDatabase.h"

#include "core/TextCodec.h"
#include "data/Migrator.h"
#include "seed/Names.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <limits>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {

struct Killed {
    bool killedWhileRunning = false; // false: it finished before the kill point
    int exitCode = -1;
};

// Starts the CLI and kills it after `afterMs`, or lets it finish when it is quicker.
// Kill times are fractions of a timed uninterrupted run of the same work, so they land inside
// the work on a fast machine and a slow one alike.
Killed runAndKill(const QStringList &args, int afterMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CRM_CLI_PATH), args);
    EXPECT_TRUE(p.waitForStarted(10000));
    Killed k;
    if (!p.waitForFinished(afterMs)) {
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(30000);
        k.killedWhileRunning = true;
    } else {
        k.exitCode = p.exitCode();
    }
    return k;
}

// How long the work takes uninterrupted: the quickest of `runs`, so one run slowed by other work
// on the machine does not set kill points the later runs finish before.
int quickestRun(const QList<QStringList> &runs, int limitMs)
{
    int best = std::numeric_limits<int>::max();
    for (const QStringList &args : runs) {
        QElapsedTimer timer;
        timer.start();
        EXPECT_FALSE(runAndKill(args, limitMs).killedWhileRunning);
        best = std::min(best, int(timer.elapsed()));
    }
    return best;
}

class CrashSafetyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_t.db.reset(); // the CLI is the only writer; each check opens the file afresh
    }
    QString file() const { return m_t.spec.sqlitePath; }

    // Opens the file as the next program start would, and checks what must always hold.
    void checkConsistent(const char *after)
    {
        SCOPED_TRACE(after);
        auto db = data::Database::open(m_t.spec);
        ASSERT_OK(db);
        auto scalar = [&](const QString &sql) { return (*db)->scalar(sql)->toString(); };
        EXPECT_EQ(scalar(u"PRAGMA integrity_check"_s), u"ok"_s);
        EXPECT_EQ(scalar(u"PRAGMA foreign_key_check"_s), QString());
        // Every customer was written whole: with its search keys and its delivery consent.
        EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customers c WHERE NOT EXISTS "
                         "(SELECT 1 FROM customer_search_keys k WHERE k.customer_id = c.id)"_s),
                  u"0"_s);
        test::expectBooksAgree(**db);
    }
    qint64 customers()
    {
        auto db = data::Database::open(m_t.spec);
        return (*db)->scalar(u"SELECT COUNT(*) FROM customers"_s)->toLongLong();
    }

    test::TestDb m_t;
};

} // namespace

TEST_F(CrashSafetyTest, KilledAtRandomPointsTheFileStaysWholeAndTheImportRunsAgain)
{
    QRandomGenerator rnd(20261122);
    int kills = 0, seedKills = 0, importKills = 0;
    // 1. Seeds (customers in one batch, then the desks' activity in chunks), killed part-way.
    auto seedArgs = [&](int i) {
        return QStringList{u"-d"_s, file(), u"seed"_s, u"--customers"_s, u"800"_s, u"--seed"_s, QString::number(100 + i)};
    };
    // The first seed also creates the agents' accounts (password hashing): the next two are timed.
    ASSERT_FALSE(runAndKill(seedArgs(0), 300000).killedWhileRunning);
    const int seedMs = quickestRun({seedArgs(1), seedArgs(2)}, 300000);
    for (int i = 3; i <= 14; ++i) {
        const qint64 before = customers();
        const Killed k = runAndKill(seedArgs(i), int(seedMs * (0.3 + 0.65 * rnd.generateDouble())));
        kills += k.killedWhileRunning;
        seedKills += k.killedWhileRunning;
        checkConsistent("seed");
        const qint64 after = customers();
        EXPECT_EQ((after - before) % 800, 0) << "a seed batch was half written"; // the CLI seeds 800 in one batch
    }

    // 2. An import (one transaction): all of it or nothing, and the re-run completes it.
    auto writeCsv = [&](const QString &path, quint64 seed) {
        services::DataGenerator gen(seed);
        QString text = u"客户姓名,手机,城市,VIN,车牌,车型,交车日期\n"_s;
        for (int i = 0; i < 3000; ++i) {
            const data::CustomerRow c = gen.customer();
            const data::VehicleRow v = gen.vehicle(0, QDate(2026, 11, 1));
            text += c.name + u',' + c.mobile + u',' + c.city + u',' + v.vin + u',' + v.plate + u',' + v.model + u',' +
                    v.deliveryDate.toString(Qt::ISODate) + u'\n';
        }
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(TextCodec::encode(text, TextCodec::Encoding::Gb18030));
    };
    const QString csv = m_t.dir->filePath(u"dms.csv"_s);
    writeCsv(csv, 21);             // generator seeds whose VINs differ from the seeds above
    QList<QStringList> timingRuns; // two files of their own: each run imports new customers
    for (quint64 seed : {19, 20}) {
        const QString timing = m_t.dir->filePath(u"timing%1.csv"_s.arg(seed));
        writeCsv(timing, seed);
        timingRuns << QStringList{u"-d"_s, file(), u"import"_s, u"customers"_s, timing};
    }
    const int importMs = quickestRun(timingRuns, 120000);
    const qint64 beforeImport = customers();
    for (int i = 0; i < 12; ++i) {
        const Killed k =
            runAndKill({u"-d"_s, file(), u"import"_s, u"customers"_s, csv}, int(importMs * (0.3 + 0.65 * rnd.generateDouble())));
        kills += k.killedWhileRunning;
        importKills += k.killedWhileRunning;
        checkConsistent("import");
        const qint64 now = customers();
        EXPECT_TRUE(now == beforeImport || now >= beforeImport + 2900) << "a partial import is visible: " << now - beforeImport;
    }
    const Killed finish = runAndKill({u"-d"_s, file(), u"import"_s, u"customers"_s, csv}, 120000);
    EXPECT_FALSE(finish.killedWhileRunning);
    EXPECT_TRUE(finish.exitCode == 0 || finish.exitCode == 3); // 3: some rows rejected
    const qint64 imported = customers() - beforeImport;
    EXPECT_GE(imported, 2900);
    ASSERT_FALSE(runAndKill({u"-d"_s, file(), u"import"_s, u"customers"_s, csv}, 120000).killedWhileRunning);
    EXPECT_EQ(customers() - beforeImport, imported) << "a re-run must not add anyone twice";

    // 3. The club's points run, one month further each time so each run expires the next
    // slice of lots, killed part-way.
    const int expireMs =
        std::max(20, quickestRun({{u"-d"_s, file(), u"club"_s, u"expire"_s, u"--date"_s, u"2027-01-01"_s}}, 120000));
    for (int i = 0; i < 12; ++i) {
        const Killed k = runAndKill(
            {u"-d"_s, file(), u"club"_s, u"expire"_s, u"--date"_s, QDate(2027, 1, 1).addMonths(i + 1).toString(Qt::ISODate)},
            int(expireMs * (0.3 + 0.65 * rnd.generateDouble())));
        kills += k.killedWhileRunning;
        checkConsistent("club expire");
    }
    // Kill points that landed inside the work (the rest finished first and are checked all the same).
    EXPECT_GE(kills, 20) << "too few kills landed mid-work to prove anything";
    std::printf(
        "[ crash    ] %d of 36 kills landed mid-work (seed %d of runs taking %d ms, import %d of %d ms, points %d of %d ms)\n",
        kills, seedKills, seedMs, importKills, importMs, kills - seedKills - importKills, expireMs);
}
