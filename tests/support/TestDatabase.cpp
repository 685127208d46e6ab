#include "TestDatabase.h"

#include "data/Migrator.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace crm::test {
namespace {
QAtomicInt g_counter;
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        ADD_FAILURE() << "poppler-utils (pdftotext) is not installed";
        return {};
    }
    QProcess text;
    text.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!text.waitForFinished(60000) || text.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << path.toStdString() << ": " << text.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

QString postgresAdminUrl()
{
    return qEnvironmentVariable("DEALERCRM_TEST_PG_URL");
}

QString connectionUrl(const TestDb &t)
{
    if (t.spec.engine == data::Engine::Sqlite)
        return t.spec.sqlitePath;
    return u"postgresql://%1@%2:%3/%4"_s.arg(t.spec.user, t.spec.host).arg(t.spec.port).arg(t.spec.dbName);
}

void expectBooksAgree(data::Database &db)
{
    auto scalar = [&](const QString &sql) { return db.scalar(sql)->toString(); };
    const QString lots = scalar(u"SELECT COALESCE(SUM(remaining), 0) FROM points_lots"_s);
    EXPECT_EQ(scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger"_s), lots);
    EXPECT_EQ(scalar(u"SELECT COALESCE(SUM(available), 0) FROM points_balances"_s), lots);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM points_balances WHERE available < 0"_s), u"0"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM points_lots WHERE remaining < 0"_s), u"0"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM points_balances b WHERE b.available <> "
                     "(SELECT COALESCE(SUM(l.remaining), 0) FROM points_lots l WHERE l.member_id = b.member_id)"_s),
              u"0"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM followup_tasks t WHERE t.attempts <> "
                     "(SELECT COUNT(*) FROM followup_calls f WHERE f.task_id = t.id)"_s),
              u"0"_s);
}

bool postgresAvailable()
{
    return !postgresAdminUrl().isEmpty();
}

std::string engineName(const ::testing::TestParamInfo<data::Engine> &info)
{
    return info.param == data::Engine::Sqlite ? "SQLite" : "PostgreSQL";
}

Result<TestDb> createEmptyDatabase(data::Engine engine)
{
    TestDb t;
    if (engine == data::Engine::Sqlite) {
        t.dir = std::make_unique<QTemporaryDir>();
        t.spec = data::ConnectionSpec::sqlite(t.dir->filePath(u"test.sqlite"_s));
    } else {
        auto admin = data::ConnectionSpec::parse(postgresAdminUrl());
        if (!admin)
            return admin.error();
        t.pgName = u"crm_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
        {
            auto adminDb = data::Database::open(*admin);
            if (!adminDb)
                return adminDb.error();
            CRM_TRY((*adminDb)->execRaw(u"DROP DATABASE IF EXISTS "_s + t.pgName + u" WITH (FORCE)"_s));
            CRM_TRY((*adminDb)->execRaw(u"CREATE DATABASE "_s + t.pgName + u" ENCODING 'UTF8' TEMPLATE template0"_s));
        }
        t.spec = *admin;
        t.spec.dbName = t.pgName;
    }
    auto db = data::Database::open(t.spec);
    if (!db)
        return db.error();
    t.db = std::move(*db);
    return t;
}

void dropDatabase(TestDb &t)
{
    t.db.reset();
    if (t.pgName.isEmpty())
        return;
    auto admin = data::ConnectionSpec::parse(postgresAdminUrl());
    if (!admin)
        return;
    if (auto adminDb = data::Database::open(*admin))
        (void)(*adminDb)->execRaw(u"DROP DATABASE IF EXISTS "_s + t.pgName + u" WITH (FORCE)"_s);
}

void DbTest::SetUp()
{
    if (GetParam() == data::Engine::Postgres && !postgresAvailable()) {
        if (qEnvironmentVariable("DEALERCRM_REQUIRE_PG") == u"1"_s)
            FAIL() << "DEALERCRM_REQUIRE_PG=1 but DEALERCRM_TEST_PG_URL is not set";
        GTEST_SKIP() << "no PostgreSQL server (set DEALERCRM_TEST_PG_URL; scripts/test.sh does)";
    }
    auto t = createEmptyDatabase(GetParam());
    ASSERT_TRUE(t.ok()) << t.error().text().toStdString();
    m_t = std::move(*t);
    if (migrateOnSetUp) {
        data::Migrator m(*m_t.db);
        auto r = m.migrate();
        ASSERT_TRUE(r.ok()) << r.error().text().toStdString();
    }
}

void DbTest::TearDown()
{
    dropDatabase(m_t);
}

services::Session insertUser(data::Database &db, const QString &username, const QString &displayName, Role role)
{
    data::Transaction tx(db);
    auto id = data::UserRepository(db).insert({0,
                                               username,
                                               displayName,
                                               role,
                                               QStringLiteral("x"),
                                               true,
                                               QStringLiteral("2026-01-01T00:00:00Z"),
                                               QStringLiteral("2026-01-01T00:00:00Z"),
                                               0,
                                               {},
                                               {}});
    EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().text().toStdString());
    EXPECT_TRUE(tx.commit().ok());
    return services::Session{id.ok() ? *id : 0, username, displayName, role};
}

} // namespace crm::test
