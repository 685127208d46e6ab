// Two desks on one SQLite file (and on one PostgreSQL database) writing at the same time:
// every write lands, and no "database is locked" reaches anyone.
#include "TestDatabase.h"

#include "data/CustomerRepository.h"

#include <QProcess>

using namespace crm;
using namespace Qt::StringLiterals;

class ConcurrencyTest : public test::DbTest {};

TEST_P(ConcurrencyTest, TwoProcessesWriteAtOnceWithoutErrors)
{
    const QString target = GetParam() == data::Engine::Sqlite
                               ? testDb().spec.sqlitePath
                               : u"postgresql://%1@%2:%3/%4"_s.arg(testDb().spec.user, testDb().spec.host)
                                     .arg(testDb().spec.port)
                                     .arg(testDb().spec.dbName);
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

CRM_INSTANTIATE_ENGINES(ConcurrencyTest);
