// dealercrm-cli campaigns and messages: the manufacturer's recall file, a campaign's results,
// and the nightly send of queued messages.
#include "cli/Cli.h"

#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdCampaigns(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("import-vins FILE | results NAME"));
    p.addOption({u"campaign"_s, tr("import-vins: the campaign the list is for."), tr("NAME")});
    p.addOption({u"json"_s, tr("results: one JSON object.")});
    int code = 0;
    if (!parse(p, args, tr("Campaigns: import the manufacturer's VIN list into a campaign, or print its results."), &code))
        return code;
    const QString usage = tr("campaigns: use: campaigns import-vins FILE --campaign NAME | campaigns results NAME [--json]");
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || (pos.first() != u"import-vins"_s && pos.first() != u"results"_s))
        return fail(usage, 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::CampaignService campaigns({**db});
    if (pos.first() == u"import-vins"_s) {
        if (!p.isSet(u"campaign"_s))
            return fail(usage, 2);
        auto c = campaigns.campaignNamed(actor(), p.value(u"campaign"_s));
        if (!c)
            return fail(c.error());
        auto r = campaigns.importVins(actor(), c->id, pos[1]);
        if (!r)
            return fail(r.error());
        for (const auto &rej : r->rejected)
            err(tr("line %1: %2").arg(rej.line).arg(rej.reason));
        out(tr("found %1, not found %2, excluded %3, rejected %4")
                .arg(r->found)
                .arg(r->notFound)
                .arg(r->excluded)
                .arg(r->rejected.size()));
        return 0;
    }
    auto c = campaigns.campaignNamed(actor(), pos[1]);
    if (!c)
        return fail(c.error());
    auto r = campaigns.results(actor(), c->id);
    if (!r)
        return fail(r.error());
    const campaigns::Funnel &f = r->funnel;
    if (p.isSet(u"json"_s)) {
        QJsonObject answers;
        for (auto it = f.byResponse.cbegin(); it != f.byResponse.cend(); ++it)
            answers.insert(it.key(), it.value());
        QJsonObject o{{u"campaign"_s, c->name},          {u"kind"_s, c->kind},
                      {u"targeted"_s, f.targeted},       {u"called"_s, f.called},
                      {u"reached"_s, f.reached},         {u"accepted"_s, f.accepted},
                      {u"booked"_s, f.booked},           {u"arrived"_s, f.arrived},
                      {u"visits"_s, f.visits},           {u"amount_fen"_s, f.amountFen},
                      {u"window_days"_s, r->windowDays}, {u"answers"_s, answers}};
        if (c->kind == u"recall"_s)
            o.insert(u"recall"_s, QJsonObject{{u"listed"_s, r->recall.listed},
                                              {u"not_found"_s, r->recall.notFound},
                                              {u"done_here"_s, r->recall.doneHere},
                                              {u"done_elsewhere"_s, r->recall.doneElsewhere},
                                              {u"not_applicable"_s, r->recall.notApplicable},
                                              {u"open"_s, r->recall.open},
                                              {u"completion_percent"_s, r->recallCompletion}});
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return 0;
    }
    out(tr("%1: targeted %2, called %3, reached %4, accepted %5, booked %6, arrived %7, came for service %8 (%9 yuan)")
            .arg(c->name)
            .arg(f.targeted)
            .arg(f.called)
            .arg(f.reached)
            .arg(f.accepted)
            .arg(f.booked)
            .arg(f.arrived)
            .arg(f.visits)
            .arg(double(f.amountFen) / 100.0, 0, 'f', 2));
    if (c->kind == u"recall"_s)
        out(tr("recall: %1 listed, %2 done here, %3 done elsewhere, %4 not applicable, %5 open, completion %6 %")
                .arg(r->recall.listed)
                .arg(r->recall.doneHere)
                .arg(r->recall.doneElsewhere)
                .arg(r->recall.notApplicable)
                .arg(r->recall.open)
                .arg(r->recallCompletion, 0, 'f', 1));
    return 0;
}

int Cli::cmdMessages(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("send-due | receipts"));
    int code = 0;
    if (!parse(p, args, tr("Messages: send the queued messages that are due (in the allowed hours), or read receipts."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos.first() != u"send-due"_s && pos.first() != u"receipts"_s))
        return fail(tr("messages: use: messages send-due | messages receipts"), 2);
    auto account = services::SmsAccountStore::load();
    if (!account)
        return fail(account.error());
    if (!account->isSet())
        return fail(tr("messages: no provider account on this machine (%1); enter it in the program under Campaigns, "
                       "Messages, Provider account.")
                        .arg(services::SmsAccountStore::path()));
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto provider = services::makeSmsProvider(*account, Clock::system());
    if (!provider)
        return fail(tr("messages: unknown provider \"%1\".").arg(account->provider));
    services::MessageService messages({**db});
    if (pos.first() == u"receipts"_s) {
        auto n = messages.pullReceipts(actor(), *provider);
        if (!n)
            return fail(n.error());
        out(tr("%1 receipt(s) recorded").arg(*n));
        return 0;
    }
    auto r = messages.sendDue(actor(), *provider);
    if (!r)
        return fail(r.error());
    out(tr("sent %1, rejected %2, still queued %3, cancelled %4, unknown %5")
            .arg(r->sent)
            .arg(r->rejected)
            .arg(r->deferred)
            .arg(r->cancelled)
            .arg(r->unknown));
    if (r->stopped)
        err(r->why);
    return 0;
}

} // namespace crm::cli
