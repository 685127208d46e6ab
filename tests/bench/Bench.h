#pragma once
// Shared by the scale benchmark's files: the result table, timing, percentiles, and the parts.
#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "archives/services/ImportService.h"
#include "archives/ui/CustomerListModel.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/SearchKeys.h"
#include "core/TextCodec.h"
#include "dashboard/services/DashboardService.h"
#include "data/BatchInsert.h"
#include "data/Database.h"
#include "data/Migrator.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "seed/Names.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <vector>

using namespace crm;
using namespace Qt::StringLiterals;

namespace bench {

struct Line {
    QString what;
    double value = -1; // ms unless unit says otherwise
    double limit = -1; // the engine's own best on the same data, same unit
    QString unit;
    QString target;
};
inline QList<Line> g_lines;

inline double msOf(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

inline void report(const QString &what, double value, double limit, const QString &unit, const QString &target)
{
    g_lines << Line{what, value, limit, unit, target};
    std::printf("  %-58s %10.2f %-4s%s\n", qPrintable(what), value, qPrintable(unit),
                limit >= 0 ? qPrintable(u"   (engine: %1)"_s.arg(limit, 0, 'f', 2)) : "");
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::exit(1);
}

template <typename T> T must(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromUtf8(what) + u": "_s + r.error().text());
    return std::move(*r);
}

inline void must(const Status &s, const char *what)
{
    if (!s)
        die(QString::fromUtf8(what) + u": "_s + s.error().text());
}

// Search as you type: the service the search box calls, and the bare index range scan beside it.

// ScaleBench.cpp
void searchBench(services::Context &ctx, const services::Session &who);
void listAndCardBench(services::Context &ctx, const services::Session &who);
void followupBench(services::Context &ctx, const services::Session &admin);
void dashboardBench(services::Context &ctx, const services::Session &who);
// ScaleBenchLoad.cpp
QString writeDmsExport(const QString &path, qint64 rows);
void importBench(const QString &dir, qint64 rows);
void copyBench(data::Database &db, const QString &url, qint64 rows, const QString &dir);
qint64 residentKb();
void listModelBench(services::Context &ctx, const services::Session &who);
void startupBench(const QString &target);
// ScaleBenchFrontdesk.cpp
void frontdeskBench(services::Context &ctx, const services::Session &who);
void campaignsBench(services::Context &ctx, const services::Session &who);
void feedbackBench(services::Context &ctx, const services::Session &who);
// ScaleBenchOem.cpp
void oemBench(services::Context &ctx, const services::Session &who);

} // namespace bench
