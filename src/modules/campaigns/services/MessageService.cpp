#include "campaigns/services/MessageService.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "campaigns/data/CampaignRepository.h"
#include "core/Json.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace crm::services {
QString MessageService::paramsJson(const QVariantMap &params)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(params)).toJson(QJsonDocument::Compact));
}

QString MessageService::recentSince() const
{
    return toStoredUtc(m_ctx.clock.nowUtc().addDays(-30));
}

Result<QDateTime> MessageService::firstAllowed(const QDateTime &utc)
{
    const QString text = SettingsService(m_ctx).value(settings::kMessageQuietHours);
    const auto quiet = followups::QuietHours::parse(text);
    if (!quiet)
        return Error::invalid(tr("The messages' quiet hours setting \"%1\" cannot be read.").arg(text));
    return quiet->nextAllowed(utc.toLocalTime()).toUTC();
}

Result<QList<MessageTemplate>> MessageService::templates(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::SendMessages, tr("see message templates")));
    return m_repo.templates();
}

Status MessageService::saveTemplate(const Session &who, const MessageTemplate &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageMessages, tr("edit message templates")));
    MessageTemplate t = in;
    t.code = t.code.trimmed();
    t.title = t.title.trimmed();
    t.providerCode = t.providerCode.trimmed();
    t.signName = t.signName.trimmed();
    t.body = t.body.trimmed();
    if (t.code.isEmpty() || t.title.isEmpty())
        return Error::invalid(tr("A template needs a code and a title."));
    if (!QStringList{u"marketing"_s, u"reminder"_s, u"service"_s}.contains(t.purpose))
        return Error::invalid(tr("Purpose: marketing, reminder or service."));
    if (t.providerCode.isEmpty())
        return Error::invalid(tr("Provider template code: the code the provider approved (e.g. SMS_123456789)."));
    if (t.signName.isEmpty())
        return Error::invalid(tr("Signature: the approved signature name (签名)."));
    if (t.body.isEmpty())
        return Error::invalid(tr("Text: the approved wording, with ${name} style placeholders."));
    if (t.purpose == u"marketing"_s && !t.body.contains(u"退订"_s))
        return Error::invalid(tr("Text: a marketing message must tell how to unsubscribe (e.g. 回复TD退订)."));
    auto before = m_repo.templateOf(t.code);
    if (!before)
        return before.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_repo.saveTemplate(t, toStoredUtc(m_ctx.clock.nowUtc()), who.username));
    QVariantMap was;
    if (before->has_value())
        was = {{u"body"_s, (*before)->body}, {u"provider_code"_s, (*before)->providerCode}, {u"active"_s, (*before)->active}};
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {before->has_value() ? u"update"_s : u"create"_s,
                          u"message_templates"_s,
                          t.code,
                          was,
                          {{u"body"_s, t.body}, {u"provider_code"_s, t.providerCode}, {u"active"_s, t.active}},
                          t.title}));
    return tx.commit();
}

Result<qint64> MessageService::queueOne(const Session &who, qint64 customerId, const QString &templateCode,
                                        const QVariantMap &params, const QString &source, const QString &idemKey)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::SendMessages, tr("send messages")));
    auto t = m_repo.templateOf(templateCode);
    if (!t)
        return t.error();
    if (!t->has_value() || !(*t)->active)
        return Error::invalid(tr("Message: there is no active template %1.").arg(templateCode));
    if (const QString problem = campaigns::checkParams((*t)->body, params); !problem.isEmpty())
        return Error::invalid(tr("Message %1: %2.").arg((*t)->title, problem));
    const int cap = SettingsService(m_ctx).intValue(settings::kMessageMarketingPerMonth);
    // Everything that can refuse is checked before the transaction: a refusal inside it would
    // spoil a caller's transaction this one joins (the nightly close queues its reminders so).
    auto flags = m_repo.flags(customerId, recentSince());
    if (!flags)
        return flags.error();
    if (const QString hold = campaigns::messageHold((*t)->purpose, *flags, cap); !hold.isEmpty())
        return Error::invalid(tr("Not sent: %1.").arg(campaigns::CampaignText::exclusion(hold)));
    auto c = data::CustomerRepository(m_ctx.db).customer(customerId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return Error::notFound(tr("Customer %1 does not exist.").arg(customerId));
    const QDateTime now = m_ctx.clock.nowUtc();
    auto notBefore = firstAllowed(now);
    if (!notBefore)
        return notBefore.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    MessageRow m;
    m.idemKey = idemKey.isEmpty() ? u"%1:%2:%3"_s.arg(source).arg(customerId).arg(now.toMSecsSinceEpoch()) : idemKey;
    m.customerId = customerId;
    m.mobile = (*c)->mobile;
    m.templateCode = templateCode;
    m.params = paramsJson(params);
    m.purpose = (*t)->purpose;
    m.source = source;
    m.notBefore = *notBefore;
    m.queuedAt = now;
    m.queuedBy = who.username;
    auto added = m_repo.queue(m);
    if (!added)
        return added.error();
    if (!*added) { // this key was queued before: nothing twice
        CRM_TRY(tx.commit());
        return qint64(0);
    }
    auto id = m_repo.idOfKey(m.idemKey);
    if (!id)
        return id.error();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"queue"_s,
                          u"messages"_s,
                          QString::number(*id),
                          {},
                          {{u"customer_id"_s, customerId}, {u"template"_s, templateCode}, {u"source"_s, source}},
                          (*t)->title}));
    CRM_TRY(tx.commit());
    return *id;
}

Result<SendResult> MessageService::sendDue(const Session &who, SmsProvider &provider, const Progress &progress,
                                           const std::atomic<bool> *cancel, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::SendMessages, tr("send messages")));
    SendResult out;
    const QDateTime start = m_ctx.clock.nowUtc();
    // A run that died between taking a message and hearing the provider left it 'sending'.
    auto stale = m_repo.markInterrupted(toStoredUtc(start.addSecs(-15 * 60)));
    if (!stale)
        return stale.error();
    out.interrupted = *stale;
    out.unknown += *stale;
    auto allowed = firstAllowed(start);
    if (!allowed)
        return allowed.error();
    auto due = m_repo.due(toStoredUtc(start), limit);
    if (!due)
        return due.error();
    if (*allowed > start) {
        // Quiet hours now: everything due waits for the first allowed minute.
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const MessageRow &m : *due)
            CRM_TRY(m_repo.deferTo(m.id, toStoredUtc(*allowed)));
        CRM_TRY(tx.commit());
        out.deferred = int(due->size());
        out.stopped = !due->isEmpty();
        out.why = tr("Quiet hours: messages wait until %1.").arg(allowed->toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        return out;
    }
    auto templates = m_repo.templates();
    if (!templates)
        return templates.error();
    QHash<QString, MessageTemplate> byCode;
    for (const MessageTemplate &t : *templates)
        byCode.insert(t.code, t);
    const int cap = std::numeric_limits<int>::max(); // the cap was applied when queued
    int notSentInARow = 0;
    const int total = int(due->size());
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            out.stopped = true;
            out.why = tr("Stopped; the rest stay queued.");
            break;
        }
        const MessageRow &m = (*due)[i];
        if (progress)
            progress(i, total);
        const QString now = toStoredUtc(m_ctx.clock.nowUtc());
        // Take it (committed) only while the customer still may be texted: consent withdrawn or
        // an opt-out since it was queued cancels it.
        {
            data::Transaction tx(m_ctx.db);
            CRM_TRY(tx.started());
            auto flags = m_repo.flags(m.customerId, recentSince());
            if (!flags)
                return flags.error();
            const QString hold = m.customerId ? campaigns::messageHold(m.purpose, *flags, cap) : QString();
            if (!hold.isEmpty() || !byCode.contains(m.templateCode)) {
                CRM_TRY(m_repo.cancel(m.id, hold.isEmpty() ? u"no_template"_s : hold));
                CRM_TRY(tx.commit());
                ++out.cancelled;
                continue;
            }
            auto taken = m_repo.take(m.id, now);
            if (!taken)
                return taken.error();
            CRM_TRY(tx.commit());
            if (!*taken)
                continue; // another desk's run has it
        }
        const MessageTemplate &t = byCode[m.templateCode];
        const SmsAnswer a = provider.send({m.mobile, t.signName, t.providerCode, m.params, QString::number(m.id)});
        const QString done = toStoredUtc(m_ctx.clock.nowUtc());
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        switch (a.kind) {
        case SmsAnswer::Kind::Sent:
            CRM_TRY(m_repo.finish(m.id, u"sent"_s, a.requestId, a.bizId, {}, {}, done));
            ++out.sent;
            notSentInARow = 0;
            break;
        case SmsAnswer::Kind::Rejected:
            CRM_TRY(m_repo.finish(m.id, u"failed"_s, a.requestId, {}, a.code, a.message, done));
            ++out.rejected;
            break;
        case SmsAnswer::Kind::Unknown:
            CRM_TRY(m_repo.finish(m.id, u"unknown"_s, a.requestId, {}, a.code, a.message, done));
            ++out.unknown;
            break;
        case SmsAnswer::Kind::Throttled:
        case SmsAnswer::Kind::NotSent:
            CRM_TRY(m_repo.putBack(m.id, toStoredUtc(m_ctx.clock.nowUtc().addSecs(60)), a.code, a.message));
            ++out.deferred;
            break;
        }
        CRM_TRY(tx.commit());
        if (a.kind == SmsAnswer::Kind::Throttled) {
            // The provider asks us to slow down: the rest wait for the next run.
            out.stopped = true;
            out.why = tr("The provider is throttling (%1); the rest stay queued.").arg(a.code);
            out.deferred += total - i - 1;
            break;
        }
        if (a.kind == SmsAnswer::Kind::NotSent && ++notSentInARow >= 3) {
            out.stopped = true;
            out.why = tr("The provider cannot be reached (%1); the rest stay queued.").arg(a.message);
            out.deferred += total - i - 1;
            break;
        }
    }
    if (progress)
        progress(total, total);
    log::get("messages")
        ->info("send run: {} sent, {} rejected, {} deferred, {} cancelled, {} unknown", out.sent, out.rejected, out.deferred,
               out.cancelled, out.unknown);
    if (out.sent + out.rejected + out.unknown + out.cancelled > 0) {
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"send"_s,
                              u"messages"_s,
                              {},
                              {},
                              {{u"sent"_s, out.sent},
                               {u"rejected"_s, out.rejected},
                               {u"cancelled"_s, out.cancelled},
                               {u"unknown"_s, out.unknown},
                               {u"deferred"_s, out.deferred}},
                              {}}));
        CRM_TRY(tx.commit());
    }
    return out;
}

Result<int> MessageService::pullReceipts(const Session &who, SmsProvider &provider, int days)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::SendMessages, tr("read message receipts")));
    auto waiting = m_repo.awaitingReceipt(toStoredUtc(m_ctx.clock.nowUtc().addDays(-days)), 5000);
    if (!waiting)
        return waiting.error();
    // The provider answers per number and day: ask once per pair.
    QHash<QString, QList<MessageRow>> byKey;
    for (const MessageRow &m : *waiting)
        if (!m.mobile.isEmpty())
            byKey[m.mobile + u'|' + m.queuedAt.toTimeZone(QTimeZone(8 * 3600)).date().toString(Qt::ISODate)] << m;
    int updated = 0;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QString mobile = it.key().section(u'|', 0, 0);
        const QDate day = QDate::fromString(it.key().section(u'|', 1, 1), Qt::ISODate);
        auto receipts = provider.receipts(mobile, day);
        if (!receipts)
            return receipts.error();
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        for (const MessageRow &m : it.value())
            for (const SmsReceipt &r : *receipts)
                if (r.outId == QString::number(m.id) && r.status != u"pending"_s) {
                    CRM_TRY(m_repo.delivered(m.id, r.status == u"delivered"_s ? u"delivered"_s : u"failed"_s, r.code,
                                             toStoredUtc(r.at.isValid() ? r.at : m_ctx.clock.nowUtc())));
                    ++updated;
                }
        CRM_TRY(tx.commit());
    }
    return updated;
}

Result<int> MessageService::recordReply(const Session &who, const QString &mobile, const QString &text)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("record message replies")));
    if (!campaigns::isUnsubscribeReply(text))
        return 0;
    auto customers = m_repo.customersWithMobile(mobile.trimmed());
    if (!customers)
        return customers.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (qint64 id : *customers) {
        CRM_TRY(CustomerService(m_ctx).setConsent(who, id, u"sms"_s, false, u"online"_s));
        CRM_TRY(FollowupService(m_ctx).optOut(who, id, u"marketing"_s, tr("Replied %1 to a message").arg(text.trimmed())));
        auto queued = m_repo.list(u"queued"_s, id, 0, 1000);
        if (!queued)
            return queued.error();
        for (const MessageRow &m : *queued)
            CRM_TRY(m_repo.cancel(m.id, u"opted_out"_s));
    }
    CRM_TRY(tx.commit());
    return int(customers->size());
}

Status MessageService::resolveUnknown(const Session &who, qint64 messageId, bool sendAgain)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageMessages, tr("resolve interrupted messages")));
    auto m = m_repo.message(messageId);
    if (!m)
        return m.error();
    if (!m->has_value() || (*m)->status != u"unknown"_s)
        return Error::invalid(tr("Only a message whose sending was interrupted is resolved by hand."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (sendAgain)
        CRM_TRY(m_repo.requeue(messageId, toStoredUtc(m_ctx.clock.nowUtc())));
    else
        CRM_TRY(m_repo.cancel(messageId, u"checked"_s));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {sendAgain ? u"resend"_s : u"cancel"_s, u"messages"_s, QString::number(messageId), {}, {}, {}}));
    return tx.commit();
}

Result<QList<MessageRow>> MessageService::messages(const Session &who, const QString &status, qint64 customerId, qint64 afterId,
                                                   int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::SendMessages, tr("see messages")));
    return m_repo.list(status, customerId, afterId, limit);
}

} // namespace crm::services
