#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "data/BatchInsert.h"
#include "data/Transaction.h"

#include <QSet>

using namespace crm;
using namespace crm::data;
using namespace Qt::StringLiterals;

class TransactionTest : public test::DbTest {
protected:
    qint64 customers() { return *CustomerRepository(db()).countCustomers(); }
    Result<qint64> addCustomer(const QString &name)
    {
        CustomerRow c;
        c.name = name;
        return CustomerRepository(db()).insertCustomer(c, u"2026-11-22T09:30:00Z"_s);
    }
};

// A unit tried again after its COMMIT's answer was lost (the desk cannot tell whether it landed):
// the second try is refused as already applied, in its own transaction, and nothing is written twice.
TEST_P(TransactionTest, AUnitKeyAppliesAUnitOnce)
{
    auto unit = [&]() -> Status {
        Transaction tx(db());
        CRM_TRY(tx.started());
        CRM_TRY(addCustomer(u"王五"_s));
        return tx.commit();
    };
    {
        UnitKey key(db(), u"desk1-unit-7"_s);
        ASSERT_OK(unit());
    }
    {
        UnitKey key(db(), u"desk1-unit-7"_s);
        const Status again = unit();
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().kind, Error::Kind::AlreadyApplied);
    }
    EXPECT_EQ(customers(), 1);
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM applied_units WHERE unit_key = 'desk1-unit-7'"_s)->toInt(), 1);
    // The key is consumed by the commit: a later transaction without a key is not refused.
    ASSERT_OK(unit());
    EXPECT_EQ(customers(), 2);
    // A unit that was refused (rolled back) leaves no key behind, so trying it again applies it.
    {
        UnitKey key(db(), u"desk1-unit-8"_s);
        Transaction tx(db());
        ASSERT_OK(tx.started());
        ASSERT_OK(addCustomer(u"赵六"_s));
    }
    {
        UnitKey key(db(), u"desk1-unit-8"_s);
        ASSERT_OK(unit());
    }
    EXPECT_EQ(customers(), 3);
    // applyOnce returns the refusal as it is; only a lost connection is tried again.
    EXPECT_EQ(applyOnce(db(), u"desk1-unit-7"_s, unit).error().kind, Error::Kind::AlreadyApplied);
}

TEST_P(TransactionTest, CommitKeepsTheWrites)
{
    {
        Transaction tx(db());
        ASSERT_OK(tx.started());
        ASSERT_OK(addCustomer(u"张三"_s));
        ASSERT_OK(tx.commit());
    }
    EXPECT_EQ(customers(), 1);
}

TEST_P(TransactionTest, AGuardLeftWithoutCommitRollsBackEverything)
{
    {
        Transaction tx(db());
        ASSERT_OK(tx.started());
        ASSERT_OK(addCustomer(u"李四"_s));
        ASSERT_OK(addCustomer(u"王五"_s));
        // leaving the scope without commit(): e.g. a validation error half-way
    }
    EXPECT_EQ(customers(), 0);
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_P(TransactionTest, AFailedStatementRollsBackTheWholeUnit)
{
    {
        Transaction tx(db());
        ASSERT_OK(tx.started());
        ASSERT_OK(addCustomer(u"赵六"_s));
        VehicleRow v;
        v.customerId = 999999; // no such customer: the foreign key refuses it
        v.vin = u"LFVAB15A0PA000001"_s;
        auto r = CustomerRepository(db()).insertVehicle(v, u"2026-11-22T09:30:00Z"_s);
        ASSERT_FALSE(r.ok());
        EXPECT_FALSE(r.error().sqlCode.isEmpty());
    }
    EXPECT_EQ(customers(), 0);
}

TEST_P(TransactionTest, NestedGuardsJoinTheOuterTransaction)
{
    {
        Transaction outer(db());
        ASSERT_OK(outer.started());
        {
            Transaction inner(db());
            ASSERT_OK(inner.started());
            ASSERT_OK(addCustomer(u"钱七"_s));
            ASSERT_OK(inner.commit()); // joins; nothing is written yet
        }
        EXPECT_EQ(db().transactionDepth(), 1);
    } // outer rolls back
    EXPECT_EQ(customers(), 0);

    {
        Transaction outer(db());
        {
            Transaction inner(db());
            ASSERT_OK(addCustomer(u"孙八"_s));
        }                                  // inner fails → the whole unit is rolled back …
        EXPECT_FALSE(outer.commit().ok()); // … and the outer commit says so
    }
    EXPECT_EQ(customers(), 0);
}

TEST_P(TransactionTest, ErrorsCarryTheEngineCode)
{
    auto r = db().exec(u"SELECT * FROM no_such_table"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Database);
    EXPECT_FALSE(r.error().message.isEmpty());
    if (GetParam() == Engine::Postgres) {
        EXPECT_EQ(r.error().sqlCode, u"42P01"_s); // undefined_table
    }
}

CRM_INSTANTIATE_ENGINES(TransactionTest);

// The durability chosen for SQLite (docs/reliability.md): WAL, and every commit synced to disk
// before it returns, on every connection the program opens.
TEST(SqliteDurability, EveryConnectionIsWalWithFullSync)
{
    QTemporaryDir dir;
    auto db = data::Database::open(data::ConnectionSpec::sqlite(dir.filePath(u"d.sqlite"_s)));
    ASSERT_OK(db);
    EXPECT_EQ((*db)->scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
    EXPECT_EQ((*db)->scalar(u"PRAGMA synchronous"_s)->toInt(), 2) << "2 = FULL";
    EXPECT_EQ((*db)->scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
}

// Bulk writes: multi-row INSERTs on SQLite, COPY on PostgreSQL. Whatever a cell holds comes back
// as it went in — the characters COPY's text format escapes, NULL against the empty string —
// over more rows than one batch; ids reserved twice in one transaction never repeat.
TEST_P(TransactionTest, BatchInsertWritesEveryValueAsItIs)
{
    ASSERT_OK(db().execRaw(u"CREATE TABLE batch_probe (id BIGINT PRIMARY KEY, label TEXT, note TEXT, amount BIGINT)"_s));
    const QStringList awkward{u"tab\there"_s, u"line\nbreak"_s,      u"back\\slash \\N"_s,
                              u"return\r"_s,  u"张伟明 粤A·12345"_s, u"'; DROP TABLE customers; --"_s,
                              u"\\."_s,       QString(u""_s)};
    Transaction tx(db());
    ASSERT_OK(tx.started());
    auto first = db().reserveIds(u"customers"_s, 3);
    auto second = db().reserveIds(u"customers"_s, 2);
    ASSERT_OK(first);
    ASSERT_OK(second);
    QSet<qint64> ids(first->begin(), first->end());
    ids.unite(QSet<qint64>(second->begin(), second->end()));
    EXPECT_EQ(ids.size(), 5);
    BatchInsert batch(db(), u"batch_probe"_s, {u"id"_s, u"label"_s, u"note"_s, u"amount"_s});
    const int rows = 1500; // several SQLite statements
    for (int i = 0; i < rows; ++i)
        ASSERT_OK(batch.add({i, awkward[i % awkward.size()],
                             i % 3 == 0 ? Database::optional(QString()) : Database::text(QString()), qint64(i) * 1000000007LL}));
    ASSERT_OK(batch.flush());
    ASSERT_OK(tx.commit());
    auto q = db().exec(u"SELECT id, label, note IS NULL, note, amount FROM batch_probe ORDER BY id"_s);
    ASSERT_OK(q);
    int seen = 0;
    while (q->next()) {
        const int i = q->value(0).toInt();
        ASSERT_EQ(i, seen++);
        EXPECT_EQ(q->value(1).toString(), awkward[i % awkward.size()]) << i;
        EXPECT_EQ(q->value(2).toInt() == 1, i % 3 == 0) << i;
        if (i % 3 != 0) {
            EXPECT_EQ(q->value(3).toString(), QString(u""_s));
        }
        EXPECT_EQ(q->value(4).toLongLong(), qint64(i) * 1000000007LL);
    }
    EXPECT_EQ(seen, rows);
}

// A refused bulk write (a foreign key) is an error with the engine's code, the transaction
// rolls back whole, and the connection serves the next statement.
TEST_P(TransactionTest, ARefusedBatchRollsBackAndTheConnectionGoesOn)
{
    ASSERT_OK(addCustomer(u"张三"_s));
    {
        Transaction tx(db());
        ASSERT_OK(tx.started());
        ASSERT_OK(addCustomer(u"李四"_s));
        BatchInsert tags(db(), u"customer_tags"_s, {u"customer_id"_s, u"tag"_s});
        ASSERT_OK(tags.add({424242, u"无此客户"_s}));
        auto s = tags.flush();
        ASSERT_FALSE(s.ok());
        EXPECT_TRUE(s.error().sqlCode == u"23503"_s || s.error().sqlCode == u"787"_s) << s.error().text().toStdString();
    }
    EXPECT_EQ(customers(), 1);
    EXPECT_OK(addCustomer(u"王五"_s));
    EXPECT_EQ(customers(), 2);
}

// A bulk load's larger page cache (SQLite) lasts as long as the load and gives the session's back.
TEST_P(TransactionTest, ABulkLoadGivesTheSessionItsCacheBack)
{
    if (db().engine() != Engine::Sqlite)
        GTEST_SKIP() << "PostgreSQL's buffers are the server's";
    const qint64 session = db().scalar(u"PRAGMA cache_size"_s)->toLongLong();
    {
        const BulkCache bulk(db());
        EXPECT_EQ(db().scalar(u"PRAGMA cache_size"_s)->toLongLong(), -1048576);
    }
    EXPECT_EQ(db().scalar(u"PRAGMA cache_size"_s)->toLongLong(), session);
}
