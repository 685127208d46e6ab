#pragma once
#include "core/Result.h"

#include <QHostAddress>
#include <QObject>
#include <functional>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace crm::services {

// The agent's own desk phone (a SIP desk phone such as a Yealink, or a softphone): its settings
// belong to this workstation, not to the shared database (each desk has its own phone).
struct PhoneSettings {
    int listenPort = 0;   // where the phone's Action URL reaches this desk; 0 = caller ID off
    QString token;        // shared with the phone's Action URL (…&token=…)
    QString phoneAddress; // the phone's IP: notifications only from there, dial requests to there
    QString dialUrl = QStringLiteral("http://{phone}/servlet?key=number={number}"); // Yealink Action URI
    QString user, password; // the phone's web login, for the dial request (HTTP basic)

    bool callerIdOn() const { return listenPort > 0 && !token.isEmpty() && !phoneAddress.isEmpty(); }
    bool dialOn() const { return !phoneAddress.isEmpty() && dialUrl.contains(QStringLiteral("{number}")); }
    static PhoneSettings load(); // QSettings of this workstation
    void save() const;
};

// Listens for the phone's incoming-call notification, an HTTP GET the phone sends when it
// rings (Yealink "Action URL" for an incoming call, e.g.
// http://DESK:PORT/incoming?token=T&number=$remote). Only from the phone's address and with the
// token; anything else is refused with 403 and logged (without the number).
class PhoneListener final : public QObject {
    Q_OBJECT
public:
    explicit PhoneListener(QObject *parent = nullptr);
    // Listens on `settings.listenPort` (0 in tests: any free port; see port()).
    Status start(const PhoneSettings &settings, bool anyPort = false);
    quint16 port() const;
    // "sip:13800138000@10.0.0.1", "+86 138-0013-8000", "13800138000" → the digits a lookup takes.
    static QString callerNumber(const QString &raw);

signals:
    void incomingCall(const QString &number);
    void refused(const QString &why);

private:
    void answer(QTcpSocket *socket);
    QTcpServer *m_server;
    PhoneSettings m_settings;
};

// Asks the phone to dial: a GET to the dial URL with {phone} and {number} filled in. `done` gets
// the outcome (a refusal by the phone, a wrong password, no answer in 5 s: each says so).
void dialOnPhone(QNetworkAccessManager &net, const PhoneSettings &settings, const QString &number,
                 std::function<void(Status)> done);

} // namespace crm::services
