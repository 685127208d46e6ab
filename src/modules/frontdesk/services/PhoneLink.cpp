#include "frontdesk/services/PhoneLink.h"

#include "core/Log.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace crm::services {
PhoneSettings PhoneSettings::load()
{
    QSettings s;
    s.beginGroup(u"deskPhone"_s);
    PhoneSettings p;
    p.listenPort = s.value(u"listenPort"_s, 0).toInt();
    p.token = s.value(u"token"_s).toString();
    p.phoneAddress = s.value(u"phoneAddress"_s).toString();
    p.dialUrl = s.value(u"dialUrl"_s, p.dialUrl).toString();
    p.user = s.value(u"user"_s).toString();
    p.password = s.value(u"password"_s).toString();
    return p;
}

void PhoneSettings::save() const
{
    QSettings s;
    s.beginGroup(u"deskPhone"_s);
    s.setValue(u"listenPort"_s, listenPort);
    s.setValue(u"token"_s, token);
    s.setValue(u"phoneAddress"_s, phoneAddress);
    s.setValue(u"dialUrl"_s, dialUrl);
    s.setValue(u"user"_s, user);
    s.setValue(u"password"_s, password);
}

PhoneListener::PhoneListener(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

Status PhoneListener::start(const PhoneSettings &settings, bool anyPort)
{
    m_settings = settings;
    m_server->close();
    if (!anyPort && !settings.callerIdOn())
        return Error::invalid(tr("Caller ID needs a port, the phone's address and a token."));
    if (!m_server->listen(QHostAddress::Any, anyPort ? 0 : quint16(settings.listenPort)))
        return Error::io(tr("Cannot listen for the phone on port %1: %2").arg(settings.listenPort).arg(m_server->errorString()));
    log::get("phone")->info("listening for the desk phone on port {}", m_server->serverPort());
    return {};
}

quint16 PhoneListener::port() const
{
    return m_server->serverPort();
}

QString PhoneListener::callerNumber(const QString &raw)
{
    QString n = raw.trimmed();
    if (n.startsWith(u"sip:"_s, Qt::CaseInsensitive) || n.startsWith(u"tel:"_s, Qt::CaseInsensitive))
        n = n.mid(4);
    n = n.section(u'@', 0, 0);
    n.remove(QRegularExpression(u"[^0-9+]"_s));
    if (n.startsWith(u"+86"_s))
        n = n.mid(3);
    else if (n.startsWith(u"0086"_s))
        n = n.mid(4);
    return n;
}

void PhoneListener::answer(QTcpSocket *socket)
{
    // One request line is all a phone's notification needs; the rest of the headers are not read.
    if (!socket->canReadLine())
        return;
    const QString line = QString::fromLatin1(socket->readLine()).trimmed();
    const QStringList parts = line.split(u' ');
    auto reply = [socket](int code, const QByteArray &text) {
        socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + text +
                      "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " + QByteArray::number(text.size()) +
                      "\r\n\r\n" + text);
        socket->disconnectFromHost();
    };
    const QHostAddress peer(socket->peerAddress().toIPv4Address());
    if (!m_settings.phoneAddress.isEmpty() && !QHostAddress(m_settings.phoneAddress).isEqual(socket->peerAddress()) &&
        !QHostAddress(m_settings.phoneAddress).isEqual(peer)) {
        log::get("phone")->warn("refused a notification from {} (not the desk's phone)",
                                socket->peerAddress().toString().toStdString());
        emit refused(
            tr("A notification from %1 was refused: it is not this desk's phone.").arg(socket->peerAddress().toString()));
        reply(403, "Forbidden");
        return;
    }
    const QUrl url(parts.value(1));
    const QUrlQuery query(url);
    if (parts.value(0) != u"GET"_s || query.queryItemValue(u"token"_s) != m_settings.token || m_settings.token.isEmpty()) {
        log::get("phone")->warn("refused a notification with a wrong token from {}",
                                socket->peerAddress().toString().toStdString());
        emit refused(tr("A notification with a wrong token was refused."));
        reply(403, "Forbidden");
        return;
    }
    const QString number = callerNumber(query.queryItemValue(u"number"_s, QUrl::FullyDecoded));
    reply(200, "OK");
    if (!number.isEmpty())
        emit incomingCall(number);
}

void dialOnPhone(QNetworkAccessManager &net, const PhoneSettings &settings, const QString &number,
                 std::function<void(Status)> done)
{
    if (!settings.dialOn()) {
        done(Error::invalid(PhoneListener::tr("Set the desk phone's address and dial URL first (File ▸ Desk phone).")));
        return;
    }
    QString target = settings.dialUrl;
    target.replace(u"{phone}"_s, settings.phoneAddress)
        .replace(u"{number}"_s, QString::fromLatin1(QUrl::toPercentEncoding(number)));
    QNetworkRequest request{QUrl(target)};
    if (!settings.user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (settings.user + u':' + settings.password).toUtf8().toBase64());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = net.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
        reply->deleteLater();
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && code >= 200 && code < 300) {
            done({});
            return;
        }
        if (code == 401 || code == 403)
            done(Error::auth(
                PhoneListener::tr("The phone refused the dial request (%1): check its user and password and that it allows "
                                  "this desk (Action URI allow list).")
                    .arg(code)));
        else
            done(Error::io(PhoneListener::tr("The phone did not dial: %1").arg(reply->errorString())));
    });
}

} // namespace crm::services
