// dealercrm-cli club, leads: statements, the nightly points run, lead imports.
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

int Cli::cmdClub(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("statement CARD | expire"));
    p.addOption({u"json"_s, tr("statement: one JSON object per ledger line.")});
    p.addOption({u"date"_s, tr("expire: the day to run for (default today)."), tr("YYYY-MM-DD")});
    int code = 0;
    if (!parse(p, args, tr("Owners' club: a member's statement, and the nightly run (expiry, birthday points, tier review)."),
               &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() == 2 && pos.first() == u"statement"_s) {
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        services::ClubService club({**db});
        auto memberId = club.memberOfCard(pos[1]);
        if (!memberId)
            return fail(memberId.error());
        auto member = club.member(actor(), *memberId);
        if (!member)
            return fail(member.error());
        auto lines = club.statement(actor(), *memberId);
        if (!lines)
            return fail(lines.error());
        const bool json = p.isSet(u"json"_s);
        if (!json)
            out(tr("%1 · card %2 · %3 · %4 points available")
                    .arg(member->customerName, pos[1], club::ClubText::tier(member->tier))
                    .arg(member->available));
        for (const services::StatementLine &l : *lines) {
            if (json)
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"at"_s, l.at.toString(Qt::ISODate)},
                                                                {u"kind"_s, l.kind},
                                                                {u"points"_s, l.points},
                                                                {u"balance"_s, l.balance},
                                                                {u"reason"_s, l.reason},
                                                                {u"card"_s, l.cardNumber},
                                                                {u"by"_s, l.by}})
                                          .toJson(QJsonDocument::Compact)));
            else
                out(u"%1  %2  %3  %4  %5"_s
                        .arg(l.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), club::ClubText::ledgerKind(l.kind))
                        .arg(l.points, 8)
                        .arg(l.balance, 8)
                        .arg(l.reason));
        }
        return 0;
    }
    if (pos == QStringList{u"expire"_s}) {
        const QDate day = p.isSet(u"date"_s) ? QDate::fromString(p.value(u"date"_s), u"yyyy-MM-dd"_s) : QDate::currentDate();
        if (!day.isValid())
            return fail(tr("club: --date must be YYYY-MM-DD."), 2);
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        auto run = services::ClubService({**db}).runDaily(actor(), day);
        if (!run)
            return fail(run.error());
        out(tr("%1: %2 points expired, %3 birthday award(s), %4 tier change(s).")
                .arg(day.toString(Qt::ISODate))
                .arg(run->pointsExpired)
                .arg(run->birthdaysAwarded)
                .arg(run->tiersChanged));
        return 0;
    }
    return fail(tr("club: use: club statement CARD [--json] | club expire [--date YYYY-MM-DD]"), 2);
}

int Cli::cmdLeads(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("import FILE"));
    p.addOption({u"consultant"_s, tr("The sales consultant for rows that name none."), tr("NAME")});
    int code = 0;
    if (!parse(p, args, tr("Leads: import a web platform's export (CSV or XLSX with a header row)."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != u"import"_s)
        return fail(tr("leads: use: leads import FILE.csv|FILE.xlsx [--consultant NAME]"), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto r = services::LeadService({**db}).importFile(actor(), pos[1], p.value(u"consultant"_s));
    if (!r)
        return fail(r.error());
    for (const auto &rej : r->rejected)
        QTextStream(stderr) << tr("line %1: %2").arg(rej.line).arg(rej.reason) << Qt::endl;
    out(tr("%n lead(s) added, %1 already there, %2 rejected.", nullptr, int(r->added))
            .arg(r->alreadyThere)
            .arg(r->rejected.size()));
    return r->rejected.isEmpty() ? 0 : 3;
}

} // namespace crm::cli
