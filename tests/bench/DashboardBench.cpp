// Board refresh and drill-down timings (Google Benchmark; not part of the test run).
//   DEALERCRM_BENCH_DB         an existing database to measure (SQLite file or postgresql:// URL);
//                              else a temporary SQLite file is seeded
//   DEALERCRM_BENCH_CUSTOMERS  customers (with vehicles and visits) to seed (default 100000)
#include "core/Clock.h"
#include "core/Log.h"
#include "dashboard/services/DashboardService.h"
#include "data/Database.h"
#include "data/Migrator.h"
#include "seed/SeedService.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace crm;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    crm::pinLocalTimeZone();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    log::setup(QString(), u"bench"_s);
    QTemporaryDir dir;
    QString target = qEnvironmentVariable("DEALERCRM_BENCH_DB");
    const bool seed = target.isEmpty();
    if (seed)
        target = dir.filePath(u"bench.sqlite"_s);
    auto spec = data::ConnectionSpec::parse(target);
    if (!spec) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(spec.error().text()));
        return 1;
    }
    auto db = data::Database::open(*spec);
    if (!db || !data::Migrator(**db).migrate()) {
        std::fprintf(stderr, "bench: cannot open %s\n", qPrintable(target));
        return 1;
    }
    const services::Session who = services::Session::system(u"bench"_s);
    const Clock &clock = Clock::system();
    services::Context ctx{**db, clock};
    if (seed) {
        const qint64 customers = qEnvironmentVariableIsSet("DEALERCRM_BENCH_CUSTOMERS")
                                     ? qEnvironmentVariable("DEALERCRM_BENCH_CUSTOMERS").toLongLong()
                                     : 100000;
        QElapsedTimer t;
        t.start();
        if (auto s = services::SeedService(ctx).seedCustomers(who, customers, 7); !s) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(s.error().text()));
            return 1;
        }
        std::printf("seeded %lld customers in %.1f s\n", customers, t.elapsed() / 1000.0);
    }
    const QDate today = clock.nowUtc().toLocalTime().date();
    using dashboard::Period;
    // The manager's whole board: every tile for the period and the previous one, 12 periods of trends.
    for (auto [name, kind] : {std::pair{"board/month", Period::Kind::Month}, std::pair{"board/week", Period::Kind::Week}}) {
        benchmark::RegisterBenchmark(name, [&ctx, who, today, kind = kind](benchmark::State &state) {
            const Period p = Period::containing(kind, today);
            for (auto _ : state) {
                auto b = services::DashboardService(ctx).board(who, p);
                if (!b)
                    state.SkipWithError(qPrintable(b.error().text()));
                benchmark::DoNotOptimize(b);
            }
        })->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark("drill/at_risk", [&ctx, who, today](benchmark::State &state) {
        for (auto _ : state) {
            auto r = services::DashboardService(ctx).records(who, services::Drill{u"at_risk"_s, {}, today, today});
            if (!r)
                state.SkipWithError(qPrintable(r.error().text()));
            benchmark::DoNotOptimize(r);
        }
    })->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
