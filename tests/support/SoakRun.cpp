#include "SoakRun.h"

#include "seed/SeedService.h"

#include <QProcess>
#include <QRegularExpression>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace crm::test {

SoakTotals soakAndCheck(data::Database &db, const QString &url, int desks, double seconds,
                        const std::function<void()> &whileRunning)
{
    SoakTotals total;
    const services::Session sys = services::Session::system(u"test"_s);
    services::SeedService seed(services::Context{db});
    EXPECT_OK(seed.seedCustomers(sys, 300, 17, {}, nullptr, 100));
    EXPECT_OK(seed.seedActivity(sys, 17));
    auto count = [&](const QString &sql) {
        auto v = db.scalar(sql);
        EXPECT_TRUE(v.ok()) << sql.toStdString();
        return v ? v->toLongLong() : -1;
    };
    const qint64 complaintsBefore = count(u"SELECT COUNT(*) FROM complaints"_s);
    const qint64 callsBefore = count(u"SELECT COUNT(*) FROM followup_calls"_s);
    const QString auditedSql = u"SELECT COUNT(*) FROM audit_log WHERE entity = 'complaints' AND action = 'create'"_s;
    const qint64 auditedBefore = count(auditedSql);

    std::vector<std::unique_ptr<QProcess>> procs;
    for (int i = 0; i < desks; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(CRM_SOAK_PATH), {url, QString::number(seconds), u"desk%1"_s.arg(i)});
        EXPECT_TRUE(p->waitForStarted());
        procs.push_back(std::move(p));
    }
    if (whileRunning)
        whileRunning();
    static const QRegularExpression line(
        u"complaints=(\\d+) earned=(\\d+) spent=(\\d+) calls=(\\d+) refused=(\\d+) again=(\\d+)"_s);
    for (auto &p : procs) {
        EXPECT_TRUE(p->waitForFinished(int(seconds * 1000) + 180000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        EXPECT_EQ(p->exitStatus(), QProcess::NormalExit) << "a desk crashed";
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        const auto m = line.match(out);
        EXPECT_TRUE(m.hasMatch()) << out.toStdString();
        if (!m.hasMatch())
            continue;
        total.complaints += m.captured(1).toLongLong();
        total.earned += m.captured(2).toLongLong();
        total.spent += m.captured(3).toLongLong();
        total.calls += m.captured(4).toLongLong();
        total.refused += m.captured(5).toLongLong();
        total.again += m.captured(6).toLongLong();
    }
    // Something of each kind happened, and every write the desks were told of is there, once.
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
    expectBooksAgree(db);
    std::printf("%d desks: %lld complaints, %lld calls, %lld points earned, %lld redeemed, %lld refusals, %lld units "
                "recognised as applied on a retry\n",
                desks, total.complaints, total.calls, total.earned, total.spent, total.refused, total.again);
    return total;
}

} // namespace crm::test
