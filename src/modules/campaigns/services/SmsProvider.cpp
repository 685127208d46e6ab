#include "campaigns/services/SmsProvider.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::services {

QString SmsAccountStore::path()
{
    const QString env = qEnvironmentVariable("DEALERCRM_SMS_ACCOUNT");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/sms-account.json"_s;
}

Result<SmsAccount> SmsAccountStore::load()
{
    QFile f(path());
    if (!f.exists())
        return SmsAccount{};
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the message provider's account (%1): %2").arg(f.fileName(), f.errorString()));
    QJsonParseError parsed;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(
            tr("The message provider's account file %1 is damaged (%2); enter the account again under "
               "Campaigns, Messages, Provider account.")
                .arg(f.fileName(), parsed.error != QJsonParseError::NoError ? parsed.errorString() : tr("not a JSON object")));
    const QJsonObject o = doc.object();
    SmsAccount a;
    a.provider = o.value(u"provider"_s).toString(a.provider);
    a.endpoint = o.value(u"endpoint"_s).toString(a.endpoint);
    a.accessKeyId = o.value(u"access_key_id"_s).toString();
    a.secret = o.value(u"secret"_s).toString();
    a.region = o.value(u"region"_s).toString(a.region);
    a.timeoutMs = o.value(u"timeout_ms"_s).toInt(a.timeoutMs);
    return a;
}

Status SmsAccountStore::save(const SmsAccount &a)
{
    const QString p = path();
    QDir().mkpath(QFileInfo(p).absolutePath());
    QSaveFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(p, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o{{u"provider"_s, a.provider}, {u"endpoint"_s, a.endpoint}, {u"access_key_id"_s, a.accessKeyId},
                        {u"secret"_s, a.secret},     {u"region"_s, a.region},     {u"timeout_ms"_s, a.timeoutMs}};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return Error::io(tr("Cannot write %1: %2").arg(p, f.errorString()));
    QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QString AliyunSms::percentEncode(const QString &s)
{
    // QByteArray::toPercentEncoding keeps exactly RFC 3986's unreserved set (A–Z a–z 0–9 - . _ ~).
    return QString::fromLatin1(s.toUtf8().toPercentEncoding());
}

QString AliyunSms::signature(QList<QPair<QString, QString>> params, const QString &secret)
{
    std::sort(params.begin(), params.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList canonical;
    for (const auto &[k, v] : params)
        canonical << percentEncode(k) + u'=' + percentEncode(v);
    const QString toSign = u"GET&"_s + percentEncode(u"/"_s) + u'&' + percentEncode(canonical.join(u'&'));
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(toSign.toUtf8(), (secret + u'&').toUtf8(), QCryptographicHash::Sha1).toBase64());
}

QString AliyunSms::signedQuery(const QString &action, QList<QPair<QString, QString>> params, const QString &nonce) const
{
    params << qMakePair(u"AccessKeyId"_s, m_account.accessKeyId) << qMakePair(u"Action"_s, action)
           << qMakePair(u"Format"_s, u"JSON"_s) << qMakePair(u"RegionId"_s, m_account.region)
           << qMakePair(u"SignatureMethod"_s, u"HMAC-SHA1"_s) << qMakePair(u"SignatureNonce"_s, nonce)
           << qMakePair(u"SignatureVersion"_s, u"1.0"_s)
           << qMakePair(u"Timestamp"_s, m_clock.nowUtc().toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s))
           << qMakePair(u"Version"_s, u"2017-05-25"_s);
    const QString sig = signature(params, m_account.secret);
    QStringList parts{u"Signature="_s + percentEncode(sig)};
    for (const auto &[k, v] : params)
        parts << percentEncode(k) + u'=' + percentEncode(v);
    return parts.join(u'&');
}

AliyunSms::Http AliyunSms::get(const QString &query) const
{
    Http out;
    QNetworkAccessManager nam;
    QString base = m_account.endpoint;
    if (!base.endsWith(u'/'))
        base += u'/';
    QNetworkRequest request(QUrl(base + u'?' + query, QUrl::StrictMode));
    request.setTransferTimeout(m_account.timeoutMs);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    const auto error = reply->error();
    // Refused, no such host, TLS failed: the request never reached the provider.
    out.sent = !(error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
                 error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::NetworkSessionFailedError ||
                 error == QNetworkReply::UnknownNetworkError || error == QNetworkReply::ProxyConnectionRefusedError);
    if (error != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

SmsAnswer AliyunSms::send(const SmsRequest &r)
{
    const QString query = signedQuery(u"SendSms"_s,
                                      {{u"PhoneNumbers"_s, r.mobile},
                                       {u"SignName"_s, r.signName},
                                       {u"TemplateCode"_s, r.templateCode},
                                       {u"TemplateParam"_s, r.paramsJson},
                                       {u"OutId"_s, r.outId}},
                                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    const Http http = get(query);
    SmsAnswer a;
    if (!http.networkError.isEmpty()) {
        a.kind = http.sent ? SmsAnswer::Kind::Unknown : SmsAnswer::Kind::NotSent;
        a.code = u"network"_s;
        a.message = http.networkError;
        return a;
    }
    const QJsonObject o = QJsonDocument::fromJson(http.body).object();
    a.requestId = o.value(u"RequestId"_s).toString();
    a.bizId = o.value(u"BizId"_s).toString();
    a.code = o.value(u"Code"_s).toString();
    a.message = o.value(u"Message"_s).toString();
    if (a.code == u"OK"_s)
        a.kind = SmsAnswer::Kind::Sent;
    else if (a.code.startsWith(u"Throttling"_s) || a.code == u"isv.BUSINESS_LIMIT_CONTROL"_s || http.status == 429)
        a.kind = SmsAnswer::Kind::Throttled;
    else if (http.status >= 500 || a.code.isEmpty())
        a.kind = SmsAnswer::Kind::Unknown; // the provider failed while handling it: it may have gone out
    else
        a.kind = SmsAnswer::Kind::Rejected;
    if (a.code.isEmpty())
        a.code = u"http_%1"_s.arg(http.status);
    return a;
}

Result<QList<SmsReceipt>> AliyunSms::receipts(const QString &mobile, const QDate &day)
{
    QList<SmsReceipt> out;
    for (int page = 1; page <= 20; ++page) {
        const QString query = signedQuery(u"QuerySendDetails"_s,
                                          {{u"PhoneNumber"_s, mobile},
                                           {u"SendDate"_s, day.toString(u"yyyyMMdd"_s)},
                                           {u"PageSize"_s, u"50"_s},
                                           {u"CurrentPage"_s, QString::number(page)}},
                                          QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Http http = get(query);
        if (!http.networkError.isEmpty())
            return Error::io(tr("The message provider did not answer: %1").arg(http.networkError));
        const QJsonObject o = QJsonDocument::fromJson(http.body).object();
        if (o.value(u"Code"_s).toString() != u"OK"_s)
            return Error::io(tr("The message provider refused the receipt query: %1 %2")
                                 .arg(o.value(u"Code"_s).toString(), o.value(u"Message"_s).toString()));
        const QJsonArray rows = o.value(u"SmsSendDetailDTOs"_s).toObject().value(u"SmsSendDetailDTO"_s).toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject d = v.toObject();
            SmsReceipt r;
            r.outId = d.value(u"OutId"_s).toString();
            r.bizId = d.value(u"BizId"_s).toString();
            const int status = d.value(u"SendStatus"_s).toInt();
            r.status = status == 3 ? u"delivered"_s : status == 2 ? u"failed"_s : u"pending"_s;
            r.code = d.value(u"ErrCode"_s).toString();
            // ReceiveDate is Beijing time, "2019-01-08 16:44:13".
            QDateTime at = QDateTime::fromString(d.value(u"ReceiveDate"_s).toString(), u"yyyy-MM-dd HH:mm:ss"_s);
            if (at.isValid()) {
                at.setTimeZone(QTimeZone(8 * 3600));
                r.at = at.toUTC();
            }
            out << r;
        }
        if (rows.size() < 50 || o.value(u"TotalCount"_s).toVariant().toLongLong() <= qint64(page) * 50)
            break;
    }
    return out;
}

std::unique_ptr<SmsProvider> makeSmsProvider(const SmsAccount &a, const Clock &clock)
{
    if (a.provider == u"aliyun"_s)
        return std::make_unique<AliyunSms>(a, clock);
    return nullptr;
}

} // namespace crm::services
