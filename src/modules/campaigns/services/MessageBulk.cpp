// MessageService: the bulk writers of the queue — a campaign's invitations, the follow-up rules'
// reminders beside their calls. Each checks every recipient with campaigns::messageHold.
#include "campaigns/services/MessageService.h"

#include "campaigns/data/CampaignRepository.h"
#include "core/Json.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Result<QueueResult> MessageService::queueCampaign(const Session &who, qint64 campaignId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageMessages, tr("send campaign messages")));
    auto c = data::CampaignRepository(m_ctx.db).campaign(campaignId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("Campaign %1 does not exist.").arg(campaignId));
    const data::CampaignRow campaign = **c;
    if (campaign.messageTemplate.isEmpty())
        return Error::invalid(tr("%1 has no message template: choose one first.").arg(campaign.name));
    auto t = m_repo.templateOf(campaign.messageTemplate);
    if (!t)
        return t.error();
    if (!t->has_value() || !(*t)->active)
        return Error::invalid(tr("Message: there is no active template %1.").arg(campaign.messageTemplate));
    const MessageTemplate tpl = **t;
    const QStringList known{u"name"_s, u"campaign"_s, u"phone"_s, u"vin"_s, u"plate"_s, u"model"_s, u"dealer"_s};
    QStringList unknown;
    for (const QString &p : campaigns::placeholdersOf(tpl.body))
        if (!known.contains(p))
            unknown << p;
    if (!unknown.isEmpty())
        return Error::invalid(tr("The template %1 asks for %2, which a campaign cannot fill (it fills %3).")
                                  .arg(tpl.title, unknown.join(u", "_s), known.join(u", "_s)));
    // A recall notice is a service message; every other campaign's message is marketing.
    const QString purpose = campaign.kind == u"recall"_s ? tpl.purpose : u"marketing"_s;
    SettingsService settings(m_ctx);
    const int cap = settings.intValue(settings::kMessageMarketingPerMonth);
    const QString phone = settings.value(settings::kMessageDealerPhone);
    const QString dealer = settings.value(settings::kDealerName);
    const QStringList wanted = campaigns::placeholdersOf(tpl.body);
    if (wanted.contains(u"phone"_s) && phone.trimmed().isEmpty())
        return Error::invalid(tr("The template gives the service phone: set it first (Settings, Campaigns and messages)."));
    if (wanted.contains(u"dealer"_s) && dealer.trimmed().isEmpty())
        return Error::invalid(tr("The template gives the dealer's name: set it first (Settings)."));
    const QDateTime now = m_ctx.clock.nowUtc();
    auto notBefore = firstAllowed(now);
    if (!notBefore)
        return notBefore.error();

    QueueResult result;
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto people = m_repo.campaignRecipients(campaignId, recentSince());
    if (!people)
        return people.error();
    QList<MessageRow> rows;
    QHash<qint64, int> queuedNow; // one customer twice on a list counts against the cap twice
    for (const data::Recipient &p : *people) {
        if (p.queuedBefore) {
            ++result.alreadyQueued;
            continue;
        }
        campaigns::ContactFlags f = p.flags;
        f.marketingRecent += queuedNow.value(p.customerId);
        if (const QString hold = campaigns::messageHold(purpose, f, cap); !hold.isEmpty()) {
            ++result.held[hold];
            continue;
        }
        QVariantMap all{{u"name"_s, p.name},   {u"campaign"_s, campaign.name}, {u"phone"_s, phone},  {u"vin"_s, p.vin},
                        {u"plate"_s, p.plate}, {u"model"_s, p.model},          {u"dealer"_s, dealer}};
        QVariantMap params;
        for (const QString &key : campaigns::placeholdersOf(tpl.body))
            params.insert(key, all.value(key));
        if (const QString problem = campaigns::checkParams(tpl.body, params); !problem.isEmpty()) {
            ++result.held[u"missing_value"_s];
            continue;
        }
        MessageRow m;
        m.idemKey = u"campaign:%1:%2"_s.arg(campaignId).arg(p.targetId);
        m.customerId = p.customerId;
        m.mobile = p.mobile;
        m.templateCode = tpl.code;
        m.params = paramsJson(params);
        m.purpose = purpose;
        m.source = u"campaign:%1"_s.arg(campaignId);
        m.notBefore = *notBefore;
        m.queuedAt = now;
        m.queuedBy = who.username;
        rows << m;
        if (purpose == u"marketing"_s)
            ++queuedNow[p.customerId];
    }
    CRM_TRY(m_repo.queueMany(rows));
    result.queued = int(rows.size());
    QVariantMap held;
    for (auto it = result.held.cbegin(); it != result.held.cend(); ++it)
        held.insert(it.key(), it.value());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"queue"_s,
                          u"campaigns"_s,
                          QString::number(campaignId),
                          {},
                          {{u"queued"_s, result.queued}, {u"already"_s, result.alreadyQueued}, {u"held"_s, toJson(held)}},
                          campaign.name}));
    CRM_TRY(tx.commit());
    return result;
}

QString MessageService::templateForTask(const QString &kind)
{
    if (kind == u"first_maintenance"_s || kind == u"routine_maintenance"_s)
        return u"maintenance_reminder"_s;
    if (kind == u"insurance_renewal"_s)
        return u"insurance_reminder"_s;
    if (kind == u"birthday_care"_s)
        return u"birthday_greeting"_s;
    return {};
}

Result<int> MessageService::queueTaskReminders(const Session &who, const QDate &day)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::SendMessages, tr("send messages")));
    SettingsService settings(m_ctx);
    QStringList kinds;
    for (const QString &k : settings.value(settings::kMessageReminderKinds).split(u',', Qt::SkipEmptyParts))
        if (!templateForTask(k.trimmed()).isEmpty())
            kinds << k.trimmed();
    if (kinds.isEmpty())
        return 0;
    auto templates = m_repo.templates();
    if (!templates)
        return templates.error();
    QHash<QString, MessageTemplate> byCode;
    for (const MessageTemplate &t : *templates)
        if (t.active)
            byCode.insert(t.code, t);
    const int cap = settings.intValue(settings::kMessageMarketingPerMonth);
    const QVariantMap fixed{{u"phone"_s, settings.value(settings::kMessageDealerPhone)},
                            {u"dealer"_s, settings.value(settings::kDealerName)}};
    const QDateTime now = m_ctx.clock.nowUtc();
    auto notBefore = firstAllowed(now);
    if (!notBefore)
        return notBefore.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto people = m_repo.taskRecipients(kinds, day, recentSince());
    if (!people)
        return people.error();
    QList<MessageRow> rows;
    QHash<qint64, int> queuedNow;
    for (const data::Recipient &p : *people) {
        const auto t = byCode.constFind(templateForTask(p.taskKind));
        if (t == byCode.cend())
            continue;
        campaigns::ContactFlags f = p.flags;
        f.marketingRecent += queuedNow.value(p.customerId);
        if (!campaigns::messageHold(t->purpose, f, cap).isEmpty())
            continue; // no consent, opted out, the cap: the call goes ahead alone
        QVariantMap all = fixed;
        all.insert(u"name"_s, p.name);
        all.insert(u"plate"_s, p.plate);
        all.insert(u"model"_s, p.model);
        all.insert(u"date"_s, p.due.toString(u"M月d日"_s));
        QVariantMap params;
        for (const QString &key : campaigns::placeholdersOf(t->body))
            params.insert(key, all.value(key));
        if (!campaigns::checkParams(t->body, params).isEmpty())
            continue; // a value the wording needs is missing (no plate, no service phone set)
        MessageRow m;
        m.idemKey = u"task:%1:sms"_s.arg(p.taskId);
        m.customerId = p.customerId;
        m.mobile = p.mobile;
        m.templateCode = t->code;
        m.params = paramsJson(params);
        m.purpose = t->purpose;
        m.source = u"task:%1"_s.arg(p.taskKind);
        m.notBefore = *notBefore;
        m.queuedAt = now;
        m.queuedBy = who.username;
        rows << m;
        if (t->purpose == u"marketing"_s)
            ++queuedNow[p.customerId];
    }
    CRM_TRY(m_repo.queueMany(rows));
    if (!rows.isEmpty())
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"queue"_s,
                              u"messages"_s,
                              {},
                              {},
                              {{u"reminders"_s, int(rows.size())}, {u"date"_s, day.toString(Qt::ISODate)}},
                              kinds.join(u", "_s)}));
    CRM_TRY(tx.commit());
    return int(rows.size());
}

} // namespace crm::services
