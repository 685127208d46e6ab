// dealercrm-cli report: the weekly and monthly reports (PDF, XLSX).
#include "cli/Cli.h"

#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "archives/services/ExportService.h"
#include "archives/services/ImportService.h"
#include "complaints/services/ComplaintService.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Version.h"
#include "data/Database.h"
#include "data/Migrator.h"
#include "followups/services/FollowupService.h"
#include "seed/SeedService.h"
#include "services/UserService.h"
#include "surveys/services/SurveyService.h"

#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "core/Translations.h"
#include "dashboard/services/DashboardService.h"
#include "dashboard/services/ReportService.h"
#include "leads/services/LeadService.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cmath>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace crm::cli {

// The night counts the board's kept figures so the morning's first look reads them.
int Cli::prepareBoard(const QCommandLineParser &p)
{
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    QElapsedTimer t;
    t.start();
    if (auto done = services::DashboardService({**db}).countKeptFigures(actor(), QDate::currentDate()); !done)
        return fail(done.error());
    out(tr("report board: this month's and this week's boards counted, with their trends (%1 s).")
            .arg(QString::number(t.elapsed() / 1000.0, 'f', 1)));
    return 0;
}

int Cli::cmdReport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"kind"_s, tr("weekly | monthly | board"));
    p.addOption({u"period"_s, tr("The week (2026-W47) or month (2026-10); the last whole one when left out."), tr("PERIOD")});
    p.addOption({u"out"_s, tr("The file to write: .pdf or .xlsx."), tr("FILE")});
    int code = 0;
    if (!parse(p, args, tr("The weekly or monthly report (KPIs, charts, complaints, follow-ups, club) as PDF or XLSX."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{u"board"_s})
        return prepareBoard(p);
    const QString usage = tr("report: use: report weekly|monthly --period 2026-W47|2026-10 --out FILE.(pdf|xlsx)");
    if (pos.size() != 1 || (pos.first() != u"weekly"_s && pos.first() != u"monthly"_s) || !p.isSet(u"out"_s))
        return fail(usage, 2);
    const auto kind = pos.first() == u"weekly"_s ? dashboard::Period::Kind::Week : dashboard::Period::Kind::Month;
    std::optional<dashboard::Period> period;
    if (p.isSet(u"period"_s)) {
        period = dashboard::Period::parse(p.value(u"period"_s));
        if (!period || period->kind != kind)
            return fail(
                tr("report: “%1” is not a %2 period (e.g. %3).")
                    .arg(p.value(u"period"_s), pos.first(), kind == dashboard::Period::Kind::Week ? u"2026-W47"_s : u"2026-10"_s),
                2);
    } else {
        period = dashboard::Period::containing(kind, QDate::currentDate()).previous();
    }
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::ReportService reports({**db});
    auto r = reports.build(actor(), *period);
    if (!r)
        return fail(r.error());
    if (auto w = reports.write(actor(), *r, p.value(u"out"_s)); !w)
        return fail(w.error());
    out(tr("%1 (%2 to %3) → %4")
            .arg(r->title(), period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate), p.value(u"out"_s)));
    return 0;
}

} // namespace crm::cli
