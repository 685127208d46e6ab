// dealercrm-cli oem: the manufacturer's uploads for a nightly job (templates, one file made from
// a template, changes since the last upload or everything); usage: the department's own use.
#include "cli/Cli.h"

#include "admin/services/UsageService.h"
#include "oem/services/OemService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdOem(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("templates | export TEMPLATE | import surveys|complaints FILE"));
    p.addOption(
        {u"report"_s, tr("import: write the rejected and not-found rows, with their reasons, to this CSV file."), tr("FILE")});
    p.addOption({u"out"_s, tr("export: the file to write."), tr("FILE")});
    p.addOption({u"since-last"_s, tr("export: what is new or changed since the template's last upload (the default).")});
    p.addOption({u"all"_s, tr("export: everything.")});
    p.addOption({u"month"_s, tr("export: the month of a KPI pack or club report, YYYY-MM."), tr("YYYY-MM")});
    int code = 0;
    if (!parse(p, args, tr("The manufacturer's uploads: the templates, and a file made from one."), &code))
        return code;
    const QString usage = tr("oem: use: oem templates | oem export TEMPLATE --out FILE [--since-last|--all|--month YYYY-MM] | "
                             "oem import surveys|complaints FILE [--report REJECTS.csv]");
    const QStringList pos = p.positionalArguments();
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::OemService s({**db});
    if (pos == QStringList{u"templates"_s}) {
        auto list = s.templates(actor());
        if (!list)
            return fail(list.error());
        for (const oem::Template &t : *list)
            out(u"%1\t%2"_s.arg(t.name, oem::dataSetId(t.dataSet)));
        return 0;
    }
    if (pos.size() == 2 && pos.first() == u"export"_s) {
        if (!p.isSet(u"out"_s))
            return fail(usage, 2);
        auto t = s.templateByName(actor(), pos.at(1));
        if (!t)
            return fail(t.error());
        if (!*t)
            return fail(tr("no upload template named %1 (dealercrm-cli oem templates lists them).").arg(pos.at(1)));
        services::UploadRequest r;
        r.templateId = (*t)->id;
        r.path = p.value(u"out"_s);
        if (p.isSet(u"month"_s)) {
            r.mode = services::UploadMode::Month;
            r.month = QDate::fromString(p.value(u"month"_s) + u"-01"_s, u"yyyy-MM-dd"_s);
            if (!r.month.isValid())
                return fail(usage, 2);
        } else if (p.isSet(u"all"_s)) {
            r.mode = services::UploadMode::All;
        }
        auto done = s.generate(actor(), r);
        if (!done)
            return fail(done.error());
        out(tr("batch %1: %n row(s) written to %2, SHA-256 %3", nullptr, done->rows)
                .arg(done->batchId)
                .arg(done->path, done->sha256));
        return 0;
    }
    if (pos.size() == 3 && pos.first() == u"import"_s && (pos.at(1) == u"surveys"_s || pos.at(1) == u"complaints"_s)) {
        const auto kind = pos.at(1) == u"surveys"_s ? oem::ImportKind::Surveys : oem::ImportKind::Tickets;
        auto table = services::ImportService::readFile(pos.at(2));
        if (!table)
            return fail(table.error());
        const QStringList mapping = oem::guessImportMapping(kind, table->headers);
        auto r = s.importFile(actor(), kind, *table, mapping);
        if (!r)
            return fail(r.error());
        if (p.isSet(u"report"_s))
            if (auto w = services::OemService::writeImportReport(p.value(u"report"_s), *table, *r); !w)
                return fail(w.error());
        out(tr("imported %1, matched %2, not found %3, rejected %4")
                .arg(r->imported)
                .arg(r->matched)
                .arg(r->notFound.size())
                .arg(r->rejected.size()));
        return 0;
    }
    return fail(usage, 2);
}

int Cli::cmdUsage(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("report"));
    p.addOption({u"from"_s, tr("The first day, YYYY-MM-DD."), tr("DATE")});
    p.addOption({u"to"_s, tr("The last day, YYYY-MM-DD."), tr("DATE")});
    p.addOption({u"json"_s, tr("One JSON object.")});
    int code = 0;
    if (!parse(p, args, tr("The department's own use: per person, the anomalies, the inactive accounts."), &code))
        return code;
    const QDate from = QDate::fromString(p.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(u"to"_s), Qt::ISODate);
    if (p.positionalArguments() != QStringList{u"report"_s} || !from.isValid() || !to.isValid())
        return fail(tr("usage: use: usage report --from YYYY-MM-DD --to YYYY-MM-DD [--json]"), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto r = services::UsageService({**db}).report(actor(), from, to, services::UsageGrain::Month);
    if (!r)
        return fail(r.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray people, anomalies, inactive;
        for (const services::UsageRow &x : r->rows)
            people << QJsonObject{{u"person"_s, x.person},
                                  {u"period"_s, x.bucket},
                                  {u"sign_ins"_s, x.signIns},
                                  {u"active_seconds"_s, x.activeSeconds},
                                  {u"calls"_s, x.calls},
                                  {u"short_calls"_s, x.shortCalls},
                                  {u"tasks_closed"_s, x.tasksClosed},
                                  {u"created"_s, x.created},
                                  {u"edited"_s, x.edited},
                                  {u"imports"_s, x.imports},
                                  {u"exports"_s, x.exports},
                                  {u"exported_rows"_s, x.exportedRows},
                                  {u"reveals"_s, x.reveals}};
        for (const services::UsageAnomaly &a : r->anomalies)
            anomalies << QJsonObject{
                {u"kind"_s, a.kind}, {u"person"_s, a.person}, {u"day"_s, a.day.toString(Qt::ISODate)}, {u"detail"_s, a.detail}};
        for (const services::InactiveAccount &i : r->inactive)
            inactive << QJsonObject{{u"account"_s, i.username}, {u"person"_s, i.person}, {u"days"_s, i.days}};
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"people"_s, people}, {u"anomalies"_s, anomalies}, {u"inactive_accounts"_s, inactive}})
                .toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const services::UsageRow &x : r->rows)
        out(tr("%1  %2  sign-ins %3, active %4 h, calls %5 (%6 short), tasks closed %7, created %8, edited %9, "
               "exports %10 (%11 rows), reveals %12")
                .arg(x.person, x.bucket)
                .arg(x.signIns)
                .arg(double(x.activeSeconds) / 3600.0, 0, 'f', 1)
                .arg(x.calls)
                .arg(x.shortCalls)
                .arg(x.tasksClosed)
                .arg(x.created)
                .arg(x.edited)
                .arg(x.exports)
                .arg(x.exportedRows)
                .arg(x.reveals));
    for (const services::UsageAnomaly &a : r->anomalies)
        out(tr("! %1  %2  %3: %4")
                .arg(a.day.toString(Qt::ISODate), a.person, services::UsageService::anomalyTitle(a.kind), a.detail));
    for (const services::InactiveAccount &i : r->inactive)
        out(tr("inactive  %1 (%2): %n day(s) without a sign-in", nullptr, i.days).arg(i.username, i.person));
    return 0;
}

} // namespace crm::cli
