#pragma once
#include "campaigns/core/Campaigns.h"
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

struct MessageTemplate {
    QString code;
    QString title;
    QString purpose; // marketing, reminder, service
    QString providerCode;
    QString signName;
    QString body; // the approved text, ${name} placeholders
    bool active = true;
};

struct MessageRow {
    qint64 id = 0;
    QString idemKey;
    qint64 customerId = 0;
    QString mobile;
    QString templateCode;
    QString params; // JSON object
    QString purpose;
    QString source; // campaign:<id>, appointment:<id>, card
    QString status = QStringLiteral("queued");
    QDateTime notBefore; // UTC
    int attempts = 0;
    QString requestId, bizId, errorCode, errorText;
    QDateTime queuedAt;
    QString queuedBy;
    QDateTime sentAt, deliveredAt;
    // read only
    QString customerName;
};

// A campaign target that could be texted, with what the archive says about texting them.
struct Recipient {
    qint64 targetId = 0;
    qint64 customerId = 0;
    QString name;
    QString mobile;
    QString vin;
    QString plate;
    QString model;
    campaigns::ContactFlags flags;
    bool queuedBefore = false; // this campaign already queued them
    // A follow-up task's recipient (taskRecipients)
    qint64 taskId = 0;
    QString taskKind;
    QDate due;
};

// The message queue and the provider's templates (one aggregate: a message refers to its template).
class MessageRepository {
public:
    explicit MessageRepository(Database &db) : m_db(db) {}

    Result<QList<MessageTemplate>> templates();
    Result<std::optional<MessageTemplate>> templateOf(const QString &code);
    Status saveTemplate(const MessageTemplate &t, const QString &at, const QString &by);

    Result<campaigns::ContactFlags> flags(qint64 customerId, const QString &recentSince);
    Result<QList<Recipient>> campaignRecipients(qint64 campaignId, const QString &recentSince);
    // Open tasks of these kinds that opened on `day` and have no message yet (key task:<id>:sms).
    Result<QList<Recipient>> taskRecipients(const QStringList &kinds, const QDate &day, const QString &recentSince);

    // false: a message with this key is already there (nothing queued twice).
    Result<bool> queue(const MessageRow &m);
    Status queueMany(const QList<MessageRow> &rows);
    Result<QList<MessageRow>> due(const QString &nowUtc, int limit);
    Result<QList<MessageRow>> list(const QString &status, qint64 customerId, qint64 afterId, int limit);
    Result<std::optional<MessageRow>> message(qint64 id);
    // queued → sending, attempts + 1; false when another sender took it first.
    Result<bool> take(qint64 id, const QString &at);
    Status finish(qint64 id, const QString &status, const QString &requestId, const QString &bizId, const QString &code,
                  const QString &text, const QString &at);
    Status putBack(qint64 id, const QString &notBefore, const QString &code, const QString &text);
    Status deferTo(qint64 id, const QString &notBefore);
    Status cancel(qint64 id, const QString &reason);
    Status delivered(qint64 id, const QString &status, const QString &code, const QString &at);
    // Messages left 'sending' by a crash (taken before `takenBefore`, longer than any request
    // lasts): the provider may have them; they become 'unknown'.
    Result<int> markInterrupted(const QString &takenBefore);
    Result<QList<MessageRow>> awaitingReceipt(const QString &sinceUtc, int limit);
    Result<QMap<QString, qint64>> countBySource(const QString &source);
    Result<QList<qint64>> customersWithMobile(const QString &mobile);
    Result<qint64> idOfKey(const QString &idemKey);
    // An 'unknown' message a person checked: queued again.
    Status requeue(qint64 id, const QString &notBefore);

private:
    Database &m_db;
};

} // namespace crm::data
