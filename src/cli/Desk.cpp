// dealercrm-cli followups, complaints, surveys: the nightly desk jobs and their registers.
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

int Cli::cmdFollowups(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("generate"));
    p.addOption({u"date"_s, tr("Generate as of this day (default: today), YYYY-MM-DD."), tr("YYYY-MM-DD")});
    int code = 0;
    if (!parse(p, args, tr("Follow-up calls: generate today's tasks from the rules (for a nightly job)."), &code))
        return code;
    if (p.positionalArguments() != QStringList{u"generate"_s})
        return fail(tr("followups: use: followups generate [--date YYYY-MM-DD]"), 2);
    const QDate date = p.isSet(u"date"_s) ? QDate::fromString(p.value(u"date"_s), Qt::ISODate) : QDate::currentDate();
    if (!date.isValid())
        return fail(tr("followups: --date must be YYYY-MM-DD."), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto r = services::FollowupService({**db}).generate(actor(), date);
    if (!r)
        return fail(r.error());
    QStringList parts;
    for (auto it = r->created.cbegin(); it != r->created.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
    out(tr("created %1 tasks for %2 (%3); skipped: %4 opted out, %5 without marketing consent, %6 surveyed recently")
            .arg(r->total())
            .arg(date.toString(Qt::ISODate), parts.join(u", "_s))
            .arg(r->skippedOptOut)
            .arg(r->skippedConsent)
            .arg(r->skippedFatigue));
    return 0;
}

int Cli::cmdComplaints(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("register | overdue"));
    p.addOption({u"month"_s, tr("register: the month of registration, YYYY-MM."), tr("YYYY-MM")});
    p.addOption({u"out"_s, tr("register: the file to write (.xlsx or .csv)."), tr("FILE")});
    p.addOption({u"json"_s, tr("overdue: one JSON object per line.")});
    int code = 0;
    if (!parse(p, args, tr("Complaints: the monthly register, and the overdue chase for a nightly job."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{u"register"_s}) {
        const QDate month = QDate::fromString(p.value(u"month"_s) + u"-01"_s, u"yyyy-MM-dd"_s);
        if (!month.isValid() || !p.isSet(u"out"_s))
            return fail(tr("complaints: use: complaints register --month YYYY-MM --out FILE.(xlsx|csv)"), 2);
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        data::ComplaintFilter f;
        f.from = month;
        f.to = month.addMonths(1).addDays(-1);
        services::ComplaintService s({**db});
        if (auto r = s.exportRegister(actor(), f, p.value(u"out"_s)); !r)
            return fail(r.error());
        auto stats = s.statistics(actor(), f.from, f.to, u"category"_s);
        if (!stats)
            return fail(stats.error());
        out(tr("%1: %2 complaints, %3 closed (%4 on time), %5 open → %6")
                .arg(month.toString(u"yyyy-MM"_s))
                .arg(stats->total.count)
                .arg(stats->total.closed)
                .arg(stats->total.closedOnTime)
                .arg(stats->total.open)
                .arg(p.value(u"out"_s)));
        return 0;
    }
    if (pos == QStringList{u"overdue"_s}) {
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        services::ComplaintService s({**db});
        auto raised = s.raiseReminders(actor());
        if (!raised)
            return fail(raised.error());
        auto rows = s.needsAttention(actor());
        if (!rows)
            return fail(rows.error());
        for (const services::AttentionRow &a : *rows) {
            const bool overdue = a.worst.state == complaints::Deadline::State::Overdue;
            if (p.isSet(u"json"_s)) {
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"number"_s, a.row.number},
                                                                {u"customer"_s, a.row.customerName},
                                                                {u"level"_s, a.row.level},
                                                                {u"status"_s, a.row.status},
                                                                {u"deadline"_s, complaints::deadlineId(a.worst.kind)},
                                                                {u"state"_s, overdue ? u"overdue"_s : u"warning"_s},
                                                                {u"due"_s, a.worst.dueAt.toString(Qt::ISODate)},
                                                                {u"responsible"_s, a.row.responsible}})
                                          .toJson(QJsonDocument::Compact)));
            } else {
                out(u"%1  %2  %3  %4 %5 %6"_s.arg(
                    a.row.number, a.row.customerName, complaints::ComplaintText::status(a.row.status),
                    complaints::ComplaintText::deadline(a.worst.kind), complaints::ComplaintText::deadlineState(a.worst.state),
                    a.worst.dueAt.toString(u"yyyy-MM-dd HH:mm"_s)));
            }
        }
        if (!p.isSet(u"json"_s))
            out(tr("%n case(s) need attention; %1 new reminder(s) raised.", nullptr, int(rows->size())).arg(*raised));
        return 0;
    }
    return fail(tr("complaints: use: complaints register --month YYYY-MM --out FILE | complaints overdue [--json]"), 2);
}

int Cli::cmdSurveys(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("scores"));
    p.addOption({u"from"_s, tr("First day, YYYY-MM-DD."), tr("DATE")});
    p.addOption({u"to"_s, tr("Last day, YYYY-MM-DD."), tr("DATE")});
    p.addOption({u"by"_s, tr("advisor (service), consultant (sales), model, question, template, month, week."), tr("GROUP")});
    p.addOption({u"json"_s, tr("One JSON object per line.")});
    int code = 0;
    if (!parse(p, args, tr("Satisfaction surveys: index (of 1000), NPS and CSAT for a period."), &code))
        return code;
    const QDate from = QDate::fromString(p.value(u"from"_s), u"yyyy-MM-dd"_s);
    const QDate to = QDate::fromString(p.value(u"to"_s), u"yyyy-MM-dd"_s);
    if (p.positionalArguments() != QStringList{u"scores"_s} || !from.isValid() || !to.isValid())
        return fail(tr("surveys: use: surveys scores --from YYYY-MM-DD --to YYYY-MM-DD [--by advisor|consultant|model|question] "
                       "[--json]"),
                    2);
    QString by = p.value(u"by"_s);
    QString purpose;
    if (by == u"advisor"_s) {
        by = u"staff"_s;
        purpose = u"service"_s;
    } else if (by == u"consultant"_s) {
        by = u"staff"_s;
        purpose = u"sales"_s;
    } else if (by.isEmpty()) {
        by = u"total"_s;
    }
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto rows = services::SurveyService({**db}).scores(actor(), from, to, by, purpose);
    if (!rows)
        return fail(rows.error());
    auto num = [](const std::optional<double> &v) { return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue(); };
    for (const services::SurveyScore &r : *rows) {
        if (p.isSet(u"json"_s))
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"group"_s, r.label},
                                                            {u"responses"_s, r.responses},
                                                            {u"index"_s, num(r.index())},
                                                            {u"nps"_s, num(r.nps())},
                                                            {u"csat"_s, num(r.csat())}})
                                      .toJson(QJsonDocument::Compact)));
        else
            out(tr("%1: %2 responses, index %3, NPS %4, CSAT %5 %")
                    .arg(r.label.isEmpty() ? tr("all") : r.label)
                    .arg(r.responses)
                    .arg(r.index() ? QString::number(*r.index(), 'f', 0) : u"-"_s,
                         r.nps() ? QString::number(*r.nps(), 'f', 1) : u"-"_s,
                         r.csat() ? QString::number(*r.csat(), 'f', 1) : u"-"_s));
    }
    return 0;
}

} // namespace crm::cli
