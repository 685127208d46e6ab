#pragma once
// A fresh database per test, through the real migrations, on SQLite and on PostgreSQL.
// PostgreSQL comes from DEALERCRM_TEST_PG_URL (an admin URL, e.g. postgresql://postgres@127.0.0.1:55432/postgres),
// which scripts/test.sh sets after starting its own server. Without it the PostgreSQL cases are
// skipped — unless DEALERCRM_REQUIRE_PG=1 (the test command sets it), which makes them fail.
#include "core/Clock.h"
#include "data/Database.h"
#include "data/Migrator.h"
#include "services/Guard.h"
#include "services/Session.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTimeZone>

namespace crm::test {

struct TestDb {
    data::ConnectionSpec spec;
    std::unique_ptr<data::Database> db;
    QString pgName;                     // database created for this test (PostgreSQL)
    std::unique_ptr<QTemporaryDir> dir; // holds the SQLite file
};

// What a separate process (dealercrm-cli, a test desk) is given to reach this database.
QString connectionUrl(const TestDb &t);

// The books that must agree after any mix of writes (a crash, concurrent desks): the points
// ledger, lots and balances; no negative balance; each task's attempts and its calls.
void expectBooksAgree(data::Database &db);

// Creates an empty database (no schema) on the engine; ADD_FAILURE/skip handled by the caller.
Result<TestDb> createEmptyDatabase(data::Engine engine);
void dropDatabase(TestDb &t);
bool postgresAvailable();
QString postgresAdminUrl();
std::string engineName(const ::testing::TestParamInfo<data::Engine> &info);

// The text of a PDF as a reader extracts it (poppler's pdftotext), NFKC-normalised: poppler maps
// some CJK glyphs of Noto to their Kangxi-radical twins (⼀ for 一; ⾞ even comes back as the
// traditional 車, so checks should avoid 车). Empty with an ADD_FAILURE when it cannot be read.
QString pdfText(const QString &path);

// Parametrised fixture: db() is migrated to the latest schema.
class DbTest : public ::testing::TestWithParam<data::Engine> {
protected:
    void SetUp() override;
    void TearDown() override;
    data::Database &db() { return *m_t.db; }
    TestDb &testDb() { return m_t; }
    services::Context ctx() { return services::Context{*m_t.db, m_clock}; }
    bool migrateOnSetUp = true;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc())};

private:
    TestDb m_t;
};

#define CRM_INSTANTIATE_ENGINES(Suite)                                                                                           \
    INSTANTIATE_TEST_SUITE_P(Engines, Suite, ::testing::Values(crm::data::Engine::Sqlite, crm::data::Engine::Postgres),          \
                             crm::test::engineName)

// A user row for tests that need real user ids (assignments, audit); no password hashing.
services::Session insertUser(data::Database &db, const QString &username, const QString &displayName, Role role);

// Asserts a Result is ok, printing its message otherwise.
#define ASSERT_OK(expr)                                                                                                          \
    do {                                                                                                                         \
        const auto &crm_r_ = (expr);                                                                                             \
        ASSERT_TRUE(crm_r_.ok()) << crm_r_.error().text().toStdString();                                                         \
    } while (false)
#define EXPECT_OK(expr)                                                                                                          \
    do {                                                                                                                         \
        const auto &crm_r_ = (expr);                                                                                             \
        EXPECT_TRUE(crm_r_.ok()) << crm_r_.error().text().toStdString();                                                         \
    } while (false)

} // namespace crm::test
