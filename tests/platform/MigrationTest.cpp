#include "TestDatabase.h"

#include "core/Version.h"
#include "data/Migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::data;
using namespace Qt::StringLiterals;

namespace {
// A migration file written into a folder that a Migrator is then pointed at.
void writeMigration(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile f(dir.filePath(name));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}
} // namespace

class MigrationTest : public test::DbTest {
protected:
    void SetUp() override
    {
        migrateOnSetUp = false;
        DbTest::SetUp();
    }
};

TEST_P(MigrationTest, CreatesTheWholeSchemaAndRecordsVersions)
{
    Migrator m(db());
    auto before = m.currentVersion();
    ASSERT_OK(before);
    EXPECT_EQ(*before, 0);
    ASSERT_OK(m.migrate());
    auto after = m.currentVersion();
    ASSERT_OK(after);
    EXPECT_EQ(*after, m.latestVersion());
    EXPECT_GE(m.latestVersion(), 2);
    for (const char *table : {"users", "audit_log", "settings", "customers", "vehicles", "service_visits"}) {
        auto n = db().scalar(u"SELECT COUNT(*) FROM "_s + QString::fromLatin1(table));
        EXPECT_TRUE(n.ok()) << table << ": " << (n ? std::string() : n.error().text().toStdString());
    }
    auto rows = db().scalar(u"SELECT COUNT(*) FROM schema_version"_s);
    ASSERT_OK(rows);
    EXPECT_EQ(rows->toInt(), m.latestVersion());
    // Each migration records the program that applied it, the version About and --version show.
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM schema_version WHERE program = ?"_s, {QString::fromLatin1(kVersion)})->toInt(),
              m.latestVersion());
    EXPECT_EQ(*m.upgradedBy(), QString::fromLatin1(kVersion));
}

TEST_P(MigrationTest, RunningAgainChangesNothing)
{
    Migrator m(db());
    ASSERT_OK(m.migrate());
    auto again = m.migrate();
    ASSERT_OK(again);
    EXPECT_TRUE(again->isEmpty());
    auto rows = db().scalar(u"SELECT COUNT(*) FROM schema_version"_s);
    EXPECT_EQ(rows->toInt(), m.latestVersion());
}

TEST_P(MigrationTest, RefusesADatabaseNewerThanTheProgram)
{
    Migrator m(db());
    ASSERT_OK(m.migrate());
    ASSERT_OK(db().exec(
        u"INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'from_the_future', '2030-01-01T00:00:00Z')"_s,
        {m.latestVersion() + 1}));
    auto r = m.migrate();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QString::number(m.latestVersion() + 1))) << r.error().message.toStdString();
}

TEST_P(MigrationTest, AFailingMigrationLeavesNoTrace)
{
    QTemporaryDir dir;
    writeMigration(dir, u"0001_good.sql"_s, u"CREATE TABLE good_one (id @ID@, x TEXT);"_s);
    writeMigration(dir, u"0002_bad.sql"_s, u"CREATE TABLE half_done (id @ID@);\nINSERT INTO no_such_table VALUES (1);"_s);
    Migrator m(db(), dir.path());
    auto r = m.migrate();
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"bad"_s));
    auto v = m.currentVersion();
    ASSERT_OK(v);
    EXPECT_EQ(*v, 1); // the good one stays
    EXPECT_OK(db().scalar(u"SELECT COUNT(*) FROM good_one"_s));
    EXPECT_FALSE(db().scalar(u"SELECT COUNT(*) FROM half_done"_s).ok()); // the bad one is rolled back whole
}

TEST_P(MigrationTest, EngineSpecificPartsRunOnlyOnTheirEngine)
{
    QTemporaryDir dir;
    writeMigration(dir, u"0001_base.sql"_s, u"CREATE TABLE base (id @ID@);"_s);
    writeMigration(dir, u"0001_base.sqlite.sql"_s, u"CREATE TABLE only_sqlite (id INTEGER);"_s);
    writeMigration(dir, u"0001_base.postgres.sql"_s, u"CREATE TABLE only_postgres (id INTEGER);"_s);
    ASSERT_OK(Migrator(db(), dir.path()).migrate());
    const bool sqlite = GetParam() == Engine::Sqlite;
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM only_sqlite"_s).ok(), sqlite);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM only_postgres"_s).ok(), !sqlite);
}

namespace {
// The engine's plan of `query`, as text. PostgreSQL's EXPLAIN cannot be prepared, so a function
// in the session's temporary schema runs it; on a few test rows the planner would rather read
// the table, so that is switched off for the plan.
QString planOf(Database &db, const QString &query)
{
    if (db.engine() == Engine::Sqlite) {
        auto plan = db.exec(u"EXPLAIN QUERY PLAN "_s + query);
        QString text;
        while (plan && plan->next())
            text += plan->value(3).toString() + u'\n';
        return text;
    }
    if (!db.execRaw(u"CREATE OR REPLACE FUNCTION pg_temp.plan_of(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$ BEGIN "
                    "PERFORM set_config('enable_seqscan', 'off', true); PERFORM set_config('enable_bitmapscan', 'off', true); "
                    "RETURN QUERY EXECUTE 'EXPLAIN ' || q; END $$"_s))
        return {};
    auto plan = db.exec(u"SELECT * FROM pg_temp.plan_of(?)"_s, {query});
    QString text;
    while (plan && plan->next())
        text += plan->value(0).toString() + u'\n';
    return text;
}

// PostgreSQL chooses among partial indexes by their statistics: on empty tables it takes any.
// A few thousand members born and reached across the year, vacuumed for index-only reads.
void addMembersForThePlanner(Database &db)
{
    if (db.engine() != Engine::Postgres)
        return;
    ASSERT_OK(db.execRaw(u"INSERT INTO customers (name, vip, birthday, last_reached_at, created_at, updated_at) "
                         "SELECT 'member ' || g, 1, '1980-' || lpad((g % 12 + 1)::text, 2, '0') || '-' || "
                         "lpad((g % 28 + 1)::text, 2, '0'), '2026-' || lpad((g % 12 + 1)::text, 2, '0') || '-01T00:00:00Z', "
                         "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM generate_series(1, 5000) g"_s));
    ASSERT_OK(db.execRaw(u"VACUUM ANALYZE customers"_s));
}
} // namespace

// PostgreSQL: the desks' sessions leave parallel workers to scans of millions of rows, and the
// board's vehicles-at-risk count is answered from vehicles_last_contact alone (docs/performance.md).
TEST_P(MigrationTest, PostgresCountsTheAtRiskRangeFromTheIndexAloneAndSerially)
{
    ASSERT_OK(Migrator(db()).migrate());
    const QString plan = planOf(db(), u"SELECT COUNT(*) FROM vehicles WHERE status = 'active' AND deleted_at IS NULL AND "
                                      "COALESCE(last_paid_visit, delivery_date) >= '2025-12-05' AND "
                                      "COALESCE(last_paid_visit, delivery_date) < '2026-06-05'"_s);
    if (GetParam() != Engine::Postgres) {
        // SQLite does not count an expression index as covering, but seeks the range in it.
        EXPECT_TRUE(plan.contains(u"SEARCH vehicles USING INDEX vehicles_last_contact"_s)) << plan.toStdString();
        return;
    }
    EXPECT_EQ(db().scalar(u"SELECT current_setting('parallel_setup_cost')"_s)->toString(), u"10000"_s);
    EXPECT_TRUE(plan.contains(u"Index Only Scan using vehicles_last_contact"_s)) << plan.toStdString();
}

// A campaign segment groups the matching vehicles by owner (CampaignSegment.cpp): without a
// vehicle criterion SQLite reads that from vehicles_active_owner (0035); PostgreSQL reads a
// win-back range's owners from vehicles_last_contact alone, with statistics on its expression
// (0036).
TEST_P(MigrationTest, SegmentsReadTheirOwnersFromAnIndexAlone)
{
    ASSERT_OK(Migrator(db()).migrate());
    if (GetParam() == Engine::Sqlite) {
        const QString plan = planOf(db(), u"SELECT v.customer_id, MIN(v.id) FROM vehicles v WHERE v.deleted_at IS NULL "
                                          "AND v.status = 'active' GROUP BY v.customer_id"_s);
        EXPECT_TRUE(plan.contains(u"COVERING INDEX vehicles_active_owner"_s)) << plan.toStdString();
        return;
    }
    const QString plan = planOf(db(), u"SELECT v.customer_id FROM vehicles v WHERE v.status = 'active' AND v.deleted_at IS NULL "
                                      "AND COALESCE(v.last_paid_visit, v.delivery_date) < '2026-06-05' AND "
                                      "COALESCE(v.last_paid_visit, v.delivery_date) >= '2025-12-05'"_s);
    EXPECT_TRUE(plan.contains(u"Index Only Scan using vehicles_last_contact"_s)) << plan.toStdString();
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = 'vehicles_last_contact_stats'"_s)->toInt(), 1);
}

// The board's members' coverage (MemberFigures.cpp) counts every member and those reached in
// the period from customers_member_reach alone: on SQLite only since 0037 put the condition's
// columns into it; on PostgreSQL the partial index was enough.
TEST_P(MigrationTest, TheMembersCoverageReadsItsIndexAlone)
{
    ASSERT_OK(Migrator(db()).migrate());
    addMembersForThePlanner(db());
    const QString plan =
        planOf(db(), u"SELECT COUNT(*), SUM(CASE WHEN last_reached_at >= '2026-11-01' AND last_reached_at < '2026-12-01' "
                     "THEN 1 ELSE 0 END) FROM customers WHERE is_member = 1 AND deleted_at IS NULL"_s);
    EXPECT_TRUE(plan.contains(GetParam() == Engine::Sqlite ? u"COVERING INDEX customers_member_reach"_s
                                                           : u"Index Only Scan using customers_member_reach"_s))
        << plan.toStdString();
}

// The board's remaining figures that read a period's rows, twice a refresh: the follow-up
// report's feedback by category counts the items from calls in a range of their own time from
// one index (0041), without reading the period's calls.
TEST_P(MigrationTest, TheCallsFeedbackAndTheTimedArrivalsAreCountedFromAnIndexAlone)
{
    ASSERT_OK(Migrator(db()).migrate());
    const QString plan = planOf(db(), u"SELECT f.category, COUNT(*), SUM(CASE WHEN f.status IN ('open', 'answered') THEN 1 "
                                      "ELSE 0 END), SUM(CASE WHEN f.source <> 'legacy' THEN 1 ELSE 0 END) FROM feedback_items f "
                                      "WHERE f.call_id IS NOT NULL AND f.received_at >= '2026-11-01' AND f.received_at < "
                                      "'2026-12-01' GROUP BY f.category"_s);
    EXPECT_TRUE(plan.contains(GetParam() == Engine::Sqlite ? u"COVERING INDEX feedback_items_call_figures"_s
                                                           : u"Index Only Scan using feedback_items_call_figures"_s))
        << plan.toStdString();
    EXPECT_FALSE(plan.contains(u"followup_calls"_s)) << plan.toStdString();
    // The front desk's figures time the arrivals at reception from an index alone too (0042).
    const QString timed = planOf(db(), u"SELECT scheduled_at, slot_minutes, arrived_at FROM appointments WHERE scheduled_at >= "
                                       "'2026-11-01' AND scheduled_at < '2026-12-01' AND arrived_at IS NOT NULL AND "
                                       "visit_id IS NULL"_s);
    EXPECT_TRUE(timed.contains(GetParam() == Engine::Sqlite ? u"COVERING INDEX appointments_timed"_s
                                                            : u"Index Only Scan using appointments_timed"_s))
        << timed.toStdString();
}

// The day's generation finds the members born on the day's dates and the open tasks to expire
// by index on both engines (0038): the birthday expression as GenerationQueries writes it.
TEST_P(MigrationTest, TheDaysGenerationFindsBirthdaysAndExpiredTasksByIndex)
{
    ASSERT_OK(Migrator(db()).migrate());
    addMembersForThePlanner(db());
    const bool sqlite = GetParam() == Engine::Sqlite;
    QString plan = planOf(db(), u"SELECT c.id, substr(c.birthday, 6, 5) FROM customers c WHERE c.deleted_at IS NULL AND "
                                "c.is_member = 1 AND substr(c.birthday, 6, 5) IN ('12-06', '12-07')"_s);
    EXPECT_TRUE(plan.contains(sqlite ? u"USING INDEX customers_member_birthday"_s : u"using customers_member_birthday"_s))
        << plan.toStdString();
    plan = planOf(db(), u"SELECT COUNT(*) FROM followup_tasks WHERE status = 'open' AND expires < '2026-12-07'"_s);
    EXPECT_TRUE(plan.contains(sqlite ? u"INDEX followup_tasks_open_expiry (status=? AND expires<?)"_s
                                     : u"using followup_tasks_open_expiry"_s))
        << plan.toStdString();
}

CRM_INSTANTIATE_ENGINES(MigrationTest);

TEST(SqliteMigration, BacksUpAnExistingFileBeforeUpgrading)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"old.sqlite"_s);
    QTemporaryDir v1;
    QFile::copy(QStringLiteral(":/db/migrations/0001_foundation.sql"), v1.filePath(u"0001_foundation.sql"_s));
    QFile::copy(QStringLiteral(":/db/migrations/0001_foundation.sqlite.sql"), v1.filePath(u"0001_foundation.sqlite.sql"_s));
    {
        auto db = Database::open(ConnectionSpec::sqlite(file));
        ASSERT_OK(db);
        ASSERT_OK(Migrator(**db, v1.path()).migrate()); // an "old program" at version 1
    }
    auto db = Database::open(ConnectionSpec::sqlite(file));
    ASSERT_OK(db);
    auto backup = Migrator(**db).migrate();
    ASSERT_OK(backup);
    ASSERT_FALSE(backup->isEmpty());
    EXPECT_TRUE(QFile::exists(*backup));
    auto old = Database::open(ConnectionSpec::sqlite(*backup));
    ASSERT_OK(old);
    EXPECT_EQ((*old)->scalar(u"SELECT MAX(version) FROM schema_version"_s)->toInt(), 1);
}

TEST(SqliteMigration, NewFileNeedsNoBackupAndUsesWal)
{
    QTemporaryDir dir;
    auto db = Database::open(ConnectionSpec::sqlite(dir.filePath(u"new.sqlite"_s)));
    ASSERT_OK(db);
    auto backup = Migrator(**db).migrate();
    ASSERT_OK(backup);
    EXPECT_TRUE(backup->isEmpty());
    EXPECT_EQ((*db)->scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
    EXPECT_EQ((*db)->scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
}
