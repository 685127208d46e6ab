// What sealing the audit log costs (issue 30): an existing log of N entries about N/10 customers
// sealed by the one-time set-up (the upgrade's progress dialog), then chained, verified, a page
// read through the program (every value opened) and one customer's key destroyed. Plain timings,
// printed; not part of the test run. Usage: crm_audit_seal_bench DATABASE [ROWS] — a new SQLite
// file or an empty PostgreSQL database (postgresql://…); the key file goes beside a file, or to
// DATABASE's key path on a server.
#include "core/Clock.h"
#include "data/AuditChain.h"
#include "data/AuditRepository.h"
#include "data/AuditSeal.h"
#include "data/BatchInsert.h"
#include "data/Migrator.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>
#include <cstdio>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
void line(const char *what, qint64 ms, const QString &note = {})
{
    std::printf("| %-44s | %10.1f s | %s\n", what, ms / 1000.0, qPrintable(note));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: crm_audit_seal_bench DATABASE [ROWS]\n");
        return 2;
    }
    const qint64 rows = args.size() > 2 ? args[2].toLongLong() : 1000000;
    const qint64 customers = std::max<qint64>(1, rows / 10);
    auto spec = data::ConnectionSpec::parse(args[1]);
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().message));
        return 2;
    }
    auto db = data::Database::open(*spec);
    if (!db || !data::Migrator(**db).migrate()) {
        std::fprintf(stderr, "cannot open or migrate %s\n", qPrintable(args[1]));
        return 1;
    }
    data::Database &d = **db;
    QElapsedTimer t;
    t.start();
    {
        // Entries as an earlier version wrote them: clear values about customers.
        data::Transaction tx(d);
        data::BatchInsert insert(
            d, u"audit_log"_s,
            {u"at"_s, u"username"_s, u"action"_s, u"entity"_s, u"entity_id"_s, u"before_json"_s, u"after_json"_s});
        for (qint64 i = 0; i < rows; ++i) {
            const qint64 c = i % customers + 1;
            const QString at = toStoredUtc(QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(i * 60));
            if (!insert.add({at, u"agent"_s, u"update"_s, u"customers"_s, QString::number(c),
                             u"{\"name\":\"客户%1\",\"address\":\"和平路%1号\"}"_s.arg(c),
                             u"{\"name\":\"客户%1\",\"address\":\"解放路%1号\",\"city\":\"成都\"}"_s.arg(c)})) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
        }
        if (!insert.flush() || !tx.commit()) {
            std::fprintf(stderr, "insert failed\n");
            return 1;
        }
    }
    std::printf("audit log: %lld entries about %lld customers (%s)\n\n", rows, customers,
                d.engine() == data::Engine::Sqlite ? "SQLite" : "PostgreSQL");
    std::printf("| step | time | note |\n|---|---|---|\n");
    line("writing the entries (bulk, for the bench)", t.restart());
    qint64 reported = 0;
    if (Status s = data::AuditSeal(d).setUp([&](qint64 done, qint64) {
            reported = done;
            return true;
        });
        !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().text()));
        return 1;
    }
    line("sealing them (the upgrade's one-time set-up)", t.restart(),
         u"%1 sealed, %2 customer keys"_s.arg(reported).arg(customers));
    auto chained = data::AuditChain(d).extend(toStoredUtc(QDateTime::currentDateTimeUtc()));
    if (!chained)
        return 1;
    line("chaining them (first extend)", t.restart(), u"%1 links"_s.arg(*chained));
    auto report = data::AuditChain(d).verify();
    if (!report || !report->intact())
        return 1;
    line("verifying the chain (privacy verify-audit)", t.restart(), u"%1 entries intact"_s.arg(report->entries));
    QElapsedTimer page;
    page.start();
    auto newest = data::AuditRepository(d).page({}, 0, 200);
    if (!newest || newest->isEmpty() || newest->first().values != data::AuditEntry::Values::Opened)
        return 1;
    std::printf("| %-44s | %8.1f ms | %s\n", "the audit page's first 200 entries, opened", page.nsecsElapsed() / 1e6, "");
    t.restart();
    {
        data::Transaction tx(d);
        if (!data::AuditSeal(d).forget(1) || !tx.commit())
            return 1;
    }
    std::printf("| %-44s | %8.1f ms | %s\n", "an erasure's key deletion", t.nsecsElapsed() / 1e6, "");
    return 0;
}
