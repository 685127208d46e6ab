// What durability costs a desk (issue 10): one points earning and one complaint registration,
// each a whole transaction through the services, on a SQLite file in WAL mode with
// synchronous=NORMAL and with synchronous=FULL (an fsync of the WAL at every commit).
// Google Benchmark; not part of the test run. DEALERCRM_BENCH_DIR: where the file goes
// (default: a temporary folder; put it on the disk the desks use).
#include "club/services/ClubService.h"
#include "complaints/services/ComplaintService.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "data/Migrator.h"
#include "seed/SeedService.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace crm;
using namespace Qt::StringLiterals;

namespace {
data::Database *g_db = nullptr;
qint64 g_member = 0, g_customer = 0, g_vehicle = 0;

void setSynchronous(benchmark::State &state)
{
    const bool full = state.range(0) == 1;
    (void)g_db->exec(full ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s);
    state.SetLabel(full ? "synchronous=FULL" : "synchronous=NORMAL");
}

void BM_EarnPoints(benchmark::State &state)
{
    setSynchronous(state);
    services::ClubService club({*g_db});
    const auto sys = services::Session::system(u"bench"_s);
    for (auto _ : state) {
        auto r = club.earn(sys, g_member, 10, u"bench"_s);
        if (!r)
            state.SkipWithError(qPrintable(r.error().text()));
    }
}

void BM_RegisterComplaint(benchmark::State &state)
{
    setSynchronous(state);
    services::ComplaintService complaints({*g_db});
    const auto sys = services::Session::system(u"bench"_s);
    services::ComplaintInput in;
    in.customerId = g_customer;
    in.vehicleId = g_vehicle;
    in.channel = complaints::ComplaintText::channels().first();
    in.category = complaints::ComplaintText::categories().first();
    in.description = u"bench"_s;
    for (auto _ : state) {
        auto r = complaints.registerComplaint(sys, in);
        if (!r)
            state.SkipWithError(qPrintable(r.error().text()));
    }
}

BENCHMARK(BM_EarnPoints)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2);
BENCHMARK(BM_RegisterComplaint)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->MinTime(2);
} // namespace

int main(int argc, char **argv)
{
    crm::pinLocalTimeZone();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    log::setup(QString(), u"bench"_s);
    const QString where = qEnvironmentVariable("DEALERCRM_BENCH_DIR");
    QTemporaryDir dir(where.isEmpty() ? QDir::tempPath() + u"/dealercrm-durability-XXXXXX"_s
                                      : where + u"/dealercrm-durability-XXXXXX"_s);
    auto db = data::Database::open(data::ConnectionSpec::sqlite(dir.filePath(u"durability.sqlite"_s)));
    if (!db || !data::Migrator(**db).migrate()) {
        std::fputs("bench: cannot create the database\n", stderr);
        return 1;
    }
    g_db = db->get();
    const auto sys = services::Session::system(u"bench"_s);
    if (!services::SeedService({*g_db}).seedDemo(sys)) {
        std::fputs("bench: cannot seed\n", stderr);
        return 1;
    }
    auto q = g_db->exec(u"SELECT m.id, v.customer_id, v.id FROM club_members m JOIN vehicles v ON v.customer_id = m.customer_id "
                        "JOIN club_cards c ON c.member_id = m.id AND c.status = 'active' WHERE m.status = 'active' LIMIT 1"_s);
    if (!q || !q->next()) {
        std::fputs("bench: the demo has no active member with a vehicle\n", stderr);
        return 1;
    }
    g_member = q->value(0).toLongLong();
    g_customer = q->value(1).toLongLong();
    g_vehicle = q->value(2).toLongLong();
    q->finish();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
