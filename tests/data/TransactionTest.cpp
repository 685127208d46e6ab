#include "TestDatabase.h"

#include "data/CustomerRepository.h"
#include "data/Transaction.h"

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
        v.customerId = 999999;   // no such customer: the foreign key refuses it
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
            ASSERT_OK(inner.commit());   // joins; nothing is written yet
        }
        EXPECT_EQ(db().transactionDepth(), 1);
    }   // outer rolls back
    EXPECT_EQ(customers(), 0);

    {
        Transaction outer(db());
        {
            Transaction inner(db());
            ASSERT_OK(addCustomer(u"孙八"_s));
        }   // inner fails → the whole unit is rolled back …
        EXPECT_FALSE(outer.commit().ok());   // … and the outer commit says so
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
        EXPECT_EQ(r.error().sqlCode, u"42P01"_s);   // undefined_table
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
