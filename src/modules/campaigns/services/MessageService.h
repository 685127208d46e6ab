#pragma once
#include "campaigns/core/Campaigns.h"
#include "campaigns/data/MessageRepository.h"
#include "campaigns/services/SmsProvider.h"
#include "services/Guard.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

namespace crm::services {

namespace settings {
inline const QString kMessageQuietHours = QStringLiteral("messages.quiet_hours");
inline const QString kMessageMarketingPerMonth = QStringLiteral("messages.marketing_per_month");
inline const QString kMessageDealerPhone = QStringLiteral("messages.dealer_phone");
inline const QString kMessageAppointmentReminders = QStringLiteral("messages.appointment_reminders"); // 0 off, 1 on
// Follow-up rules whose task also sends a message: "first_maintenance, insurance_renewal, …".
inline const QString kMessageReminderKinds = QStringLiteral("messages.reminder_kinds");
} // namespace settings

using data::MessageRow;
using data::MessageTemplate;

struct QueueResult {
    int queued = 0;
    int alreadyQueued = 0;
    QMap<QString, int> held; // not queued, by reason (campaigns::CampaignText::exclusion)
};

struct SendResult {
    int sent = 0;
    int rejected = 0;     // the provider refused them for good (bad number, template)
    int deferred = 0;     // quiet hours, throttling, provider unreachable: still queued
    int cancelled = 0;    // consent withdrawn or opted out since they were queued
    int unknown = 0;      // left without an answer: not sent again by themselves
    int interrupted = 0;  // found 'sending' from a run that did not finish
    bool stopped = false; // cancelled, paused, throttled or the provider unreachable
    QString why;
};

// Messages (短信): one queue every module writes to, sent through the dealer's provider account.
// Never to the wrong person — consent, do-not-disturb and opt-outs are checked when a message is
// queued and again just before it goes — and never twice: each message has an idempotency key,
// and is taken queued → sending (committed) before the provider is called.
class MessageService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::MessageService)
public:
    explicit MessageService(Context ctx) : m_ctx(ctx), m_repo(ctx.db) {}

    Result<QList<MessageTemplate>> templates(const Session &who);
    Status saveTemplate(const Session &who, const MessageTemplate &t);

    // A one-off message from the customer's card (or a reminder raised by another module). 0: a
    // message with this idempotency key was queued before, so nothing is queued again.
    Result<qint64> queueOne(const Session &who, qint64 customerId, const QString &templateCode, const QVariantMap &params,
                            const QString &source, const QString &idemKey = {});
    // The campaign's message to every target who may be texted for it.
    Result<QueueResult> queueCampaign(const Session &who, qint64 campaignId);
    // A message beside each follow-up task of the kinds the setting names that opened on `day`
    // (maintenance, insurance, birthday), once per task; returns how many were queued.
    Result<int> queueTaskReminders(const Session &who, const QDate &day);
    // The template a follow-up task kind's message uses ('' = none).
    static QString templateForTask(const QString &kind);
    // Sends what is due, in the allowed hours; `progress(done, total)`; stops when `cancel` is set
    // (what is left stays queued: a later run goes on where this one stopped).
    using Progress = std::function<void(int done, int total)>;
    Result<SendResult> sendDue(const Session &who, SmsProvider &provider, const Progress &progress = {},
                               const std::atomic<bool> *cancel = nullptr, int limit = 100000);
    // Receipts of the messages sent in the last `days` days.
    Result<int> pullReceipts(const Session &who, SmsProvider &provider, int days = 3);
    // A reply from a customer's mobile as the provider reports it; 回复TD退订 withdraws SMS consent
    // and opts the customer out of marketing, at once. Returns the customers it applied to.
    Result<int> recordReply(const Session &who, const QString &mobile, const QString &text);
    // An 'unknown' message a person has checked with the provider: sent again, or cancelled.
    Status resolveUnknown(const Session &who, qint64 messageId, bool sendAgain);
    Result<QList<MessageRow>> messages(const Session &who, const QString &status, qint64 customerId, qint64 afterId, int limit);

private:
    static QString paramsJson(const QVariantMap &params);
    Result<QDateTime> firstAllowed(const QDateTime &utc);
    QString recentSince() const;
    Context m_ctx;
    data::MessageRepository m_repo;
};

} // namespace crm::services
