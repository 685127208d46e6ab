#pragma once
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <memory>

namespace crm::services {

// One message as a provider takes it: an approved template, its signature, the parameters.
struct SmsRequest {
    QString mobile;
    QString signName;
    QString templateCode;
    QString paramsJson;
    QString outId; // ours, echoed in the provider's receipts
};

struct SmsAnswer {
    // Sent: the provider took it. Throttled / NotSent: it did not; try later. Rejected: it never will
    // (bad number, template, signature). Unknown: the request left and no answer came — it may have
    // been sent, so it is not sent again by itself.
    enum class Kind { Sent, Throttled, NotSent, Rejected, Unknown } kind = Kind::Unknown;
    QString requestId;
    QString bizId;
    QString code;
    QString message;
};

struct SmsReceipt {
    QString outId;
    QString bizId;
    QString status; // delivered, failed, pending
    QString code;
    QDateTime at; // UTC
};

// The provider behind the message queue: a second provider is one more class of this shape.
class SmsProvider {
public:
    virtual ~SmsProvider() = default;
    virtual SmsAnswer send(const SmsRequest &r) = 0;
    // Receipts of the messages sent to `mobile` on `day` (the provider's calendar day).
    virtual Result<QList<SmsReceipt>> receipts(const QString &mobile, const QDate &day) = 0;
};

// The dealer's provider account. Kept in an owner-only file on the machine that sends, never in
// the shared database: whoever reads the database does not get the key.
struct SmsAccount {
    QString provider = QStringLiteral("aliyun");
    QString endpoint = QStringLiteral("https://dysmsapi.aliyuncs.com/");
    QString accessKeyId;
    QString secret;
    QString region = QStringLiteral("cn-hangzhou");
    int timeoutMs = 15000;
    bool isSet() const { return !accessKeyId.isEmpty() && !secret.isEmpty(); }
};

class SmsAccountStore {
    Q_DECLARE_TR_FUNCTIONS(crm::services::SmsAccountStore)
public:
    // $DEALERCRM_SMS_ACCOUNT, or sms-account.json in the user's configuration folder.
    static QString path();
    static Result<SmsAccount> load();
    // Written owner-only (0600) through a temporary file.
    static Status save(const SmsAccount &a);
};

// Alibaba Cloud SMS (dysmsapi 2017-05-25): SendSms and QuerySendDetails as RPC GET requests
// signed with HMAC-SHA1 over the sorted, percent-encoded parameters (signature version 1.0).
class AliyunSms : public SmsProvider {
    Q_DECLARE_TR_FUNCTIONS(crm::services::AliyunSms)
public:
    AliyunSms(SmsAccount account, const Clock &clock) : m_account(std::move(account)), m_clock(clock) {}
    SmsAnswer send(const SmsRequest &r) override;
    Result<QList<SmsReceipt>> receipts(const QString &mobile, const QDate &day) override;

    // RFC 3986 as Alibaba Cloud documents it: unreserved characters kept, everything else %XY
    // (space %20, * %2A, ~ kept).
    static QString percentEncode(const QString &s);
    // Base64(HMAC-SHA1(secret + "&", "GET&%2F&" + percentEncode(sorted canonical query))).
    static QString signature(QList<QPair<QString, QString>> params, const QString &secret);
    // The signed query of an action with its parameters (common parameters added).
    QString signedQuery(const QString &action, QList<QPair<QString, QString>> params, const QString &nonce) const;

private:
    struct Http {
        int status = 0;
        QByteArray body;
        bool sent = false;    // the request left this machine
        QString networkError; // empty: an answer came
    };
    Http get(const QString &query) const;
    SmsAccount m_account;
    const Clock &m_clock;
};

std::unique_ptr<SmsProvider> makeSmsProvider(const SmsAccount &a, const Clock &clock);

} // namespace crm::services
