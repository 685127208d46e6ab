// Two desks on one SQLite file (and on one PostgreSQL database) writing at the same time:
// every write lands, and no "database is locked" reaches anyone.
#include "SoakRun.h"
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "seed/SeedService.h"

#include <QProcess>
#include <QRegularExpression>

using namespace crm;
using namespace Qt::StringLiterals;

class ConcurrencyTest : public test::DbTest {};

TEST_P(ConcurrencyTest, TwoProcessesWriteAtOnceWithoutErrors)
{
    const QString target = test::connectionUrl(testDb());
    constexpr int kWrites = 150;
    QProcess a, b;
    a.setProcessChannelMode(QProcess::MergedChannels);
    b.setProcessChannelMode(QProcess::MergedChannels);
    a.start(QStringLiteral(CRM_WRITER_PATH), {target, QString::number(kWrites), u"A"_s});
    b.start(QStringLiteral(CRM_WRITER_PATH), {target, QString::number(kWrites), u"B"_s});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAll().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAll().toStdString();
    EXPECT_EQ(*data::CustomerRepository(db()).countCustomers(), 2 * kWrites);
    auto audited = db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND entity = 'customers'"_s);
    ASSERT_OK(audited);
    EXPECT_EQ(audited->toInt(), 2 * kWrites);
}

// The desks' day at full speed (support/SoakRun.h): 8 seconds each in the suite; scripts/soak.sh
// runs a minute.
class SoakTest : public test::DbTest {
protected:
    void soak(int desks)
    {
        test::soakAndCheck(db(), test::connectionUrl(testDb()), desks,
                           qEnvironmentVariable("DEALERCRM_SOAK_SECONDS", u"8"_s).toDouble());
    }
};

TEST_P(SoakTest, TwoDesksForAWhile)
{
    soak(2);
}
TEST_P(SoakTest, FourDesksForAWhile)
{
    soak(4);
}

CRM_INSTANTIATE_ENGINES(ConcurrencyTest);
CRM_INSTANTIATE_ENGINES(SoakTest);
