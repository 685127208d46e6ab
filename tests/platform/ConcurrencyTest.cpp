// Two desks on one SQLite file (and on one PostgreSQL database) writing at the same time:
// every write lands, and no "database is locked" reaches anyone.
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

// The desks' day at full speed: N processes (crm_test_soak) registering complaints, redeeming
// and earning points and logging calls on one seeded database for DEALERCRM_SOAK_SECONDS each
// (8 in the suite; scripts/soak.sh runs a minute). Every process must end without an error; the
// database must hold exactly what the processes say they wrote, with unique complaint numbers,
// no negative balance and the books agreeing.
class SoakTest : public test::DbTest {
protected:
    struct Done {
        qint64 complaints = 0, earned = 0, spent = 0, calls = 0, refused = 0;
    };

    void soak(int desks)
    {
        const services::Session sys = services::Session::system(u"test"_s);
        services::SeedService seed(ctx());
        ASSERT_OK(seed.seedCustomers(sys, 300, 17, {}, nullptr, 100));
        ASSERT_OK(seed.seedActivity(sys, 17));
        auto count = [&](const QString &sql) { return db().scalar(sql)->toLongLong(); };
        const qint64 complaintsBefore = count(u"SELECT COUNT(*) FROM complaints"_s);
        const qint64 callsBefore = count(u"SELECT COUNT(*) FROM followup_calls"_s);
        const QString auditedSql = u"SELECT COUNT(*) FROM audit_log WHERE entity = 'complaints' AND action = 'create'"_s;
        const qint64 auditedBefore = count(auditedSql);

        const QString seconds = qEnvironmentVariable("DEALERCRM_SOAK_SECONDS", u"8"_s);
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < desks; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(CRM_SOAK_PATH), {test::connectionUrl(testDb()), seconds, u"desk%1"_s.arg(i)});
            procs.push_back(std::move(p));
        }
        Done total;
        static const QRegularExpression line(u"complaints=(\\d+) earned=(\\d+) spent=(\\d+) calls=(\\d+) refused=(\\d+)"_s);
        for (auto &p : procs) {
            ASSERT_TRUE(p->waitForFinished(int(seconds.toDouble() * 1000) + 120000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
            const auto m = line.match(out);
            ASSERT_TRUE(m.hasMatch()) << out.toStdString();
            total.complaints += m.captured(1).toLongLong();
            total.earned += m.captured(2).toLongLong();
            total.spent += m.captured(3).toLongLong();
            total.calls += m.captured(4).toLongLong();
            total.refused += m.captured(5).toLongLong();
        }
        // Something of each kind happened, and every write the desks were told of is there.
        EXPECT_GT(total.complaints, 0);
        EXPECT_GT(total.calls, 0);
        EXPECT_GT(total.spent, 0);
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM complaints"_s) - complaintsBefore, total.complaints);
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM complaints WHERE description LIKE 'soak %'"_s), total.complaints);
        EXPECT_EQ(count(u"SELECT COUNT(*) - COUNT(DISTINCT number) FROM complaints"_s), 0);
        EXPECT_EQ(count(auditedSql) - auditedBefore, total.complaints);
        EXPECT_EQ(count(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE reason LIKE 'soak earn %'"_s), total.earned);
        EXPECT_EQ(count(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE reason LIKE 'soak spend %'"_s), -total.spent);
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls"_s) - callsBefore, total.calls);
        EXPECT_EQ(count(u"SELECT COUNT(*) FROM followup_calls WHERE notes LIKE 'soak %'"_s), total.calls);
        test::expectBooksAgree(db());
        std::printf("%d desks: %lld complaints, %lld calls, %lld points earned, %lld redeemed, %lld refusals\n", desks,
                    total.complaints, total.calls, total.earned, total.spent, total.refused);
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
