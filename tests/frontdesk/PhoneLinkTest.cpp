// The desk phone: its incoming-call notification (Yealink Action URL) taken only from the phone
// with the token, and a dial request sent the way the phone's Action URI expects it — each
// against a local peer playing the other side of the protocol.
#include "frontdesk/services/PhoneLink.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

namespace {
// Sends one GET as the phone does and returns the status line of the answer.
QString notify(quint16 port, const QByteArray &target)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(3000))
        return u"no connection"_s;
    s.write("GET " + target + " HTTP/1.1\r\nHost: desk\r\nUser-Agent: Yealink SIP-T46U\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
        [&] {
            answer += s.readAll();
            return answer.contains("\r\n\r\n") || s.state() == QAbstractSocket::UnconnectedState;
        },
        3000);
    return QString::fromLatin1(answer.left(answer.indexOf('\r')));
}

PhoneSettings settings()
{
    PhoneSettings p;
    p.listenPort = 1; // any: the test listens on a free port
    p.token = u"s3cret"_s;
    p.phoneAddress = u"127.0.0.1"_s;
    return p;
}
} // namespace

TEST(PhoneLink, TheDesksPhoneNotifiesAnIncomingCallWithItsToken)
{
    PhoneListener listener;
    ASSERT_TRUE(listener.start(settings(), true).ok());
    QSignalSpy calls(&listener, &PhoneListener::incomingCall), refusals(&listener, &PhoneListener::refused);
    EXPECT_EQ(notify(listener.port(), "/incoming?token=s3cret&number=sip%3A13800138000%40192.168.1.20"), u"HTTP/1.1 200 OK"_s);
    ASSERT_TRUE(calls.size() == 1 || calls.wait(1000));
    EXPECT_EQ(calls.first().first().toString(), u"13800138000"_s);
    // A wrong token, or no token: refused and said so.
    EXPECT_EQ(notify(listener.port(), "/incoming?token=guess&number=13900000000"), u"HTTP/1.1 403 Forbidden"_s);
    EXPECT_EQ(notify(listener.port(), "/incoming?number=13900000000"), u"HTTP/1.1 403 Forbidden"_s);
    EXPECT_EQ(calls.size(), 1);
    EXPECT_EQ(refusals.size(), 2);
    // From another address than the phone's: refused before anything is read.
    PhoneSettings elsewhere = settings();
    elsewhere.phoneAddress = u"10.9.9.9"_s;
    ASSERT_TRUE(listener.start(elsewhere, true).ok());
    EXPECT_EQ(notify(listener.port(), "/incoming?token=s3cret&number=13800138000"), u"HTTP/1.1 403 Forbidden"_s);
    EXPECT_EQ(calls.size(), 1);
    EXPECT_TRUE(refusals.last().first().toString().contains(u"127.0.0.1"_s));
    EXPECT_EQ(PhoneListener::callerNumber(u"+86 138-0013-8000"_s), u"13800138000"_s);
    EXPECT_EQ(PhoneListener::callerNumber(u"tel:020-88886666"_s), u"02088886666"_s);
}

TEST(PhoneLink, ADialRequestReachesThePhoneAsItsActionUri)
{
    // The phone: checks the path and the login, answers 200 or 401.
    QTcpServer phone;
    ASSERT_TRUE(phone.listen(QHostAddress::LocalHost));
    QByteArray seen;
    QObject::connect(&phone, &QTcpServer::newConnection, [&] {
        QTcpSocket *s = phone.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, [&, s] {
            seen += s->readAll();
            if (!seen.contains("\r\n\r\n"))
                return;
            const bool authorised = seen.contains("Authorization: Basic " + QByteArray("admin:pw").toBase64());
            s->write(authorised ? "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                                : "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    PhoneSettings p = settings();
    p.phoneAddress = u"127.0.0.1:%1"_s.arg(phone.serverPort());
    p.user = u"admin"_s;
    p.password = u"pw"_s;
    QNetworkAccessManager net;
    std::optional<Status> outcome;
    dialOnPhone(net, p, u"13800138000"_s, [&](Status s) { outcome = s; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    EXPECT_TRUE(outcome->ok()) << outcome->error().text().toStdString();
    EXPECT_TRUE(seen.startsWith("GET /servlet?key=number=13800138000 HTTP/1.1")) << seen.toStdString();
    // A wrong password: the phone's refusal, in words.
    seen.clear();
    outcome.reset();
    p.password = u"wrong"_s;
    dialOnPhone(net, p, u"13800138000"_s, [&](Status s) { outcome = s; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return outcome.has_value(); }, 5000));
    ASSERT_FALSE(outcome->ok());
    EXPECT_EQ(outcome->error().kind, Error::Kind::Auth);
    // No phone set: nothing is sent.
    outcome.reset();
    dialOnPhone(net, PhoneSettings{}, u"13800138000"_s, [&](Status s) { outcome = s; });
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->ok());
}
