// dealercrm-cli import, export, search, churn: the customer archives.
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

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"what"_s, tr("customers"));
    p.addPositionalArgument(u"file"_s, tr("CSV (UTF-8 or GB18030) or XLSX with Chinese or English headers."));
    p.addOption({u"report"_s, tr("Write the rejected rows, with line and reason, to this CSV file."), tr("FILE")});
    int code = 0;
    if (!parse(p, args, tr("Import customers, vehicles and service visits."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != u"customers"_s)
        return fail(tr("import: use: import customers FILE [--report REJECTS.csv]"), 2);
    auto table = services::ImportService::readFile(pos.at(1));
    if (!table)
        return fail(table.error());
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::ImportService importer({**db});
    const auto mapping = services::ImportService::guessMapping(table->headers);
    auto result = importer.importCustomers(actor(), *table, mapping, QFileInfo(pos.at(1)).fileName(), [](int done, int total) {
        if (done > 0 && done % 100000 == 0)
            QTextStream(stderr) << tr("%1 of %2 rows").arg(done).arg(total) << Qt::endl;
    });
    if (!result)
        return fail(result.error());
    if (p.isSet(u"report"_s)) {
        if (Status s = services::ImportService::writeRejections(p.value(u"report"_s), *table, *result); !s)
            return fail(s.error());
    } else {
        for (const services::ImportRejection &r : result->rejected)
            QTextStream(stderr) << tr("line %1: %2").arg(r.line).arg(r.reason) << Qt::endl;
    }
    // The line scripts read: the file was processed, even when some rows were rejected.
    out(u"imported %1, updated %2, rejected %3"_s.arg(result->imported).arg(result->updated).arg(result->rejected.size()));
    return 0;
}

int Cli::cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"what"_s, tr("customers"));
    p.addPositionalArgument(u"file"_s, tr("FILE.csv or FILE.xlsx"));
    int code = 0;
    if (!parse(p, args, tr("Export the customer archives."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != u"customers"_s)
        return fail(tr("export: use: export customers FILE.csv|FILE.xlsx"), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto n = services::ExportService({**db}).exportCustomers(actor(), {}, QDir::current().absoluteFilePath(pos.at(1)));
    if (!n)
        return fail(n.error());
    out(tr("Exported %1 customers to %2.").arg(*n).arg(pos.at(1)));
    return 0;
}

int Cli::cmdSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        u"text"_s,
        tr("Name or part of it, pinyin initials, mobile or its last 4, plate, VIN or any tail of it (6 or more characters)."));
    p.addOption({u"limit"_s, tr("At most N results."), u"N"_s, u"20"_s});
    p.addOption({u"json"_s, tr("Print JSON.")});
    int code = 0;
    if (!parse(p, args, tr("Find customers."), &code))
        return code;
    if (p.positionalArguments().isEmpty())
        return fail(tr("search: give the text to search for."), 2);
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    auto rows =
        services::CustomerService({**db}).search(actor(), p.positionalArguments().join(u' '), p.value(u"limit"_s).toInt());
    if (!rows)
        return fail(rows.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const data::CustomerListRow &r : *rows)
            a << QJsonObject{{u"id"_s, r.id},     {u"name"_s, r.name},     {u"mobile"_s, r.mobile},
                             {u"city"_s, r.city}, {u"models"_s, r.models}, {u"plates"_s, r.plates}};
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const data::CustomerListRow &r : *rows)
        out(u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(r.id).arg(r.name, r.mobile, r.city, r.models, r.plates));
    return 0;
}

int Cli::cmdChurn(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"month"_s, tr("The month to report, YYYY-MM."), tr("YYYY-MM")});
    p.addOption({u"by"_s, tr("Group by model or advisor."), u"model|advisor"_s});
    p.addOption({u"json"_s, tr("Print JSON.")});
    int code = 0;
    if (!parse(p, args, tr("Churn: vehicle states and the monthly cohort churn rate."), &code))
        return code;
    const QDate month = QDate::fromString(p.value(u"month"_s) + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!month.isValid())
        return fail(tr("churn: give --month YYYY-MM."), 2);
    const QString by = p.value(u"by"_s);
    if (!by.isEmpty() && by != u"model"_s && by != u"advisor"_s)
        return fail(tr("churn: --by is model or advisor."), 2);
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    services::ChurnService churn({**db});
    const QDate asOf = qMin(month.addMonths(1).addDays(-1), QDate::currentDate());
    auto states = churn.states(actor(), asOf);
    if (!states)
        return fail(states.error());
    auto rows = churn.cohort(actor(), month,
                             by == u"model"_s     ? services::ChurnService::GroupBy::Model
                             : by == u"advisor"_s ? services::ChurnService::GroupBy::Advisor
                                                  : services::ChurnService::GroupBy::None);
    if (!rows)
        return fail(rows.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const services::CohortRow &r : *rows)
            a << QJsonObject{{u"group"_s, r.group}, {u"cohort"_s, r.cohort}, {u"churned"_s, r.churned}, {u"rate"_s, r.rate()}};
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"month"_s, month.toString(u"yyyy-MM"_s)},
                                                        {u"active"_s, states->active},
                                                        {u"at_risk"_s, states->atRisk},
                                                        {u"lost"_s, states->lost},
                                                        {u"excluded"_s, states->excluded},
                                                        {u"cohorts"_s, a}})
                                  .toJson(QJsonDocument::Compact)));
        return 0;
    }
    out(tr("Vehicles on %1: active %2, at risk %3, lost %4, excluded (sold/scrapped/moved) %5")
            .arg(asOf.toString(Qt::ISODate))
            .arg(states->active)
            .arg(states->atRisk)
            .arg(states->lost)
            .arg(states->excluded));
    for (const services::CohortRow &r : *rows)
        out(tr("%1cohort %2, churned %3, churn rate %4 %")
                .arg(r.group.isEmpty() ? QString() : r.group + u": "_s)
                .arg(r.cohort)
                .arg(r.churned)
                .arg(r.rate() * 100, 0, 'f', 1));
    return 0;
}

} // namespace crm::cli
