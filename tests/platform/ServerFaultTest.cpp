// A PostgreSQL server shared by several desks, and what goes wrong with it: sessions killed, the
// server restarted or stopped under the desks, a bulk import cut off half-way, a desk's role
// trying what only the owner may, TLS to the wrong host. Each test runs its own private server
// (support/PrivateServer.h), since these faults would break the tests sharing the suite's server.
#include "PrivateServer.h"
#include "SoakRun.h"
#include "TestDatabase.h"

#include "complaints/core/ComplaintRules.h"
#include "complaints/services/ComplaintService.h"
#include "data/ServerAccess.h"
#include "data/SettingsRepository.h"
#include "data/Transaction.h"
#include "seed/SeedService.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <thread>

using namespace crm;
using namespace crm::data;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Database> openUrl(const QString &url)
{
    auto spec = ConnectionSpec::parse(url);
    EXPECT_TRUE(spec.ok()) << url.toStdString();
    if (!spec)
        return {};
    auto db = Database::open(*spec);
    EXPECT_TRUE(db.ok()) << db.error().text().toStdString();
    return db ? std::move(*db) : nullptr;
}

qint64 count(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    EXPECT_TRUE(v.ok()) << v.error().text().toStdString();
    return v ? v->toLongLong() : -1;
}

Status setSetting(Database &db, const QString &key)
{
    return SettingsRepository(db).set(key, u"x"_s, u"2026-11-22T09:30:00Z"_s, std::nullopt);
}

int runCli(const QStringList &args, QString *output, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(CRM_CLI_PATH), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

// The desk's own connection: killed by the server, the server restarted, the server stopped for
// a while. Reads carry on; a transaction that met the loss is gone whole and says so; a unit tried
// through applyOnce lands once the server is back.
TEST(ServerFault, AConnectionLostIsFoundAgainAndNothingHalfWrittenStays)
{
    test::PrivateServer server;
    CRM_START_PRIVATE_SERVER(server, {});
    QString error;
    const QString url = server.createDatabase(u"crm_faults"_s, &error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    auto db = openUrl(url);
    ASSERT_TRUE(db);
    QStringList events;
    db->setStateListener([&](bool up, const QString &detail) { events << (up ? u"up"_s : u"lost: "_s + detail); });
    ASSERT_OK(db->setApplicationUser(u"victim"_s));
    const QString kill = u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE '%victim@%'"_s;
    QString out;
    ASSERT_TRUE(server.psql(u"crm_faults"_s, u"SELECT application_name FROM pg_stat_activity"_s, &out));
    EXPECT_TRUE(out.contains(u"victim@"_s)) << "the server shows who is connected: " << out.toStdString();

    // Killed while idle: the next read reconnects and answers.
    ASSERT_TRUE(server.psql(u"crm_faults"_s, kill));
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'fault.%'"_s), 0);
    ASSERT_EQ(events.size(), 2) << events.join(u" | "_s).toStdString();
    EXPECT_TRUE(events[0].startsWith(u"lost: "_s));
    EXPECT_EQ(events[1], u"up"_s);
    EXPECT_TRUE(db->connected());

    // Killed inside a transaction: the statement after it fails as Unavailable, so does the commit,
    // and nothing of the transaction is on the server.
    {
        Transaction tx(*db);
        ASSERT_OK(tx.started());
        ASSERT_OK(setSetting(*db, u"fault.one"_s));
        ASSERT_TRUE(server.psql(u"crm_faults"_s, kill));
        const Status second = setSetting(*db, u"fault.two"_s);
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.error().kind, Error::Kind::Unavailable);
        EXPECT_TRUE(second.error().message.contains(u"Nothing of this step was saved"_s)) << second.error().text().toStdString();
        EXPECT_FALSE(tx.commit().ok());
    }
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'fault.%'"_s), 0);

    // A restart while the desk is idle (-m immediate: the desk gets no goodbye).
    ASSERT_TRUE(server.restart(true));
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'fault.%'"_s), 0);

    // The server away for a while: a unit waits for it and lands once, and the desk's
    // application_name comes back with the reconnection.
    ASSERT_TRUE(server.stop());
    const auto away = db->scalar(u"SELECT 1"_s);
    ASSERT_FALSE(away.ok());
    EXPECT_EQ(away.error().kind, Error::Kind::Unavailable);
    EXPECT_FALSE(db->connected());
    // While it stays away, reads fail at once without knocking on the server each time: the
    // backoff (0.25 s first) holds the attempts down, at most one more falls due meanwhile.
    const int knocked = db->reconnectAttempts();
    EXPECT_EQ(knocked, 1);
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(db->scalar(u"SELECT 1"_s).error().kind, Error::Kind::Unavailable);
    EXPECT_LE(db->reconnectAttempts(), knocked + 1);
    std::thread starter([&] {
        QThread::msleep(1500);
        EXPECT_TRUE(server.startAgain());
    });
    const Status landed = applyOnce(*db, u"fault-unit-1"_s, [&]() -> Status {
        Transaction tx(*db);
        CRM_TRY(tx.started());
        CRM_TRY(setSetting(*db, u"fault.three"_s));
        return tx.commit();
    });
    starter.join();
    EXPECT_OK(landed);
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'fault.%'"_s), 1);
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM applied_units WHERE unit_key = 'fault-unit-1'"_s), 1);
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name LIKE '%victim@%'"_s), 1);
}

// The four desks' soak while the server is restarted twice (-m immediate) and one desk's session
// is killed: every desk finishes its planned work, nothing is lost, nothing is applied twice, the
// books agree.
TEST(ServerFault, FourDesksKeepTheirBooksThroughRestartsAndAKilledSession)
{
    test::PrivateServer server;
    CRM_START_PRIVATE_SERVER(server, {u"max_connections=50"_s});
    QString error;
    const QString url = server.createDatabase(u"crm_soak"_s, &error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    auto db = openUrl(url);
    ASSERT_TRUE(db);
    const double seconds = std::max(10.0, qEnvironmentVariable("DEALERCRM_SOAK_SECONDS", u"12"_s).toDouble());
    int restarts = 0, kills = 0;
    const test::SoakTotals t = test::soakAndCheck(*db, url, 4, seconds, [&] {
        QThread::msleep(2000);
        restarts += server.restart(true);
        QThread::msleep(2000);
        kills +=
            server.psql(u"crm_soak"_s,
                        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE '%soak-desk1@%'"_s);
        QThread::msleep(2000);
        restarts += server.restart(true);
    });
    EXPECT_EQ(restarts, 2);
    EXPECT_EQ(kills, 1);
    std::printf("server restarted %d times, one desk's session killed %d time; %lld units recognised as applied on a retry\n",
                restarts, kills, t.again);
}

// An import cut off by a restart commits nothing (it is one transaction) and says why; run
// again, it imports every row.
TEST(ServerFault, AnImportCutByARestartCommitsNothingAndTheRerunCompletes)
{
    test::PrivateServer server;
    CRM_START_PRIVATE_SERVER(server, {});
    QString error;
    const QString url = server.createDatabase(u"crm_import"_s, &error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(u"dms.csv"_s);
    constexpr int kRows = 40000;
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray text = "姓名,手机,地址,城市,标签\r\n";
        for (int i = 0; i < kRows; ++i)
            text += u"客户%1,139%2,北京市朝阳区%1号,北京,\r\n"_s.arg(i).arg(10000000 + i, 8, 10, QChar(u'0')).toUtf8();
        f.write(text);
    }
    QProcess import;
    import.setProcessChannelMode(QProcess::MergedChannels);
    import.start(QStringLiteral(CRM_CLI_PATH), {u"-d"_s, url, u"import"_s, u"customers"_s, file});
    ASSERT_TRUE(import.waitForStarted());
    // Restart once the import's transaction is open on the server.
    QString open;
    for (int i = 0; i < 1200 && open.toInt() == 0 && import.state() == QProcess::Running; ++i) {
        QThread::msleep(25);
        server.psql(
            u"crm_import"_s,
            u"SELECT COUNT(*) FROM pg_stat_activity WHERE application_name LIKE 'dealercrm-cli %' AND xact_start IS NOT NULL "
            "AND state <> 'idle'"_s,
            &open);
    }
    ASSERT_GT(open.toInt(), 0) << "the import finished before it could be cut: " << import.readAll().toStdString();
    ASSERT_TRUE(server.restart(true));
    ASSERT_TRUE(import.waitForFinished(300000));
    const QString said = QString::fromUtf8(import.readAll());
    EXPECT_NE(import.exitCode(), 0) << said.toStdString();
    EXPECT_TRUE(said.contains(u"connection to the database server was lost"_s)) << said.toStdString();
    auto db = openUrl(url);
    ASSERT_TRUE(db);
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM customers"_s), 0);

    QString again;
    EXPECT_EQ(runCli({u"-d"_s, url, u"import"_s, u"customers"_s, file}, &again), 0) << again.toStdString();
    EXPECT_EQ(count(*db, u"SELECT COUNT(*) FROM customers"_s), kRows);
}

// The desks' login role: works with the program's tables, cannot edit or delete the audit log,
// drop a trigger, truncate a table or change the schema; a table a later migrate adds reaches it.
TEST(ServerFault, ADeskRoleCannotTouchTheAuditLogOrTheSchema)
{
    test::PrivateServer server;
    CRM_START_PRIVATE_SERVER(server, {});
    QString error;
    const QString url = server.createDatabase(u"crm_roles"_s, &error);
    ASSERT_FALSE(url.isEmpty()) << error.toStdString();
    QString out;
    EXPECT_NE(runCli({u"-d"_s, url, u"setup-server"_s, u"--desk-role"_s, u"crm_desk"_s}, &out, "short\n"), 0);
    EXPECT_TRUE(out.contains(u"8"_s)) << out.toStdString();
    ASSERT_EQ(runCli({u"-d"_s, url, u"setup-server"_s, u"--desk-role"_s, u"crm_desk"_s}, &out, "desk-secret-1\n"), 0)
        << out.toStdString();

    const QString deskUrl = u"postgresql://crm_desk:desk-secret-1@127.0.0.1:%1/crm_roles"_s.arg(server.port());
    auto desk = openUrl(deskUrl);
    ASSERT_TRUE(desk);
    EXPECT_EQ(count(*desk, u"SELECT current_user = 'crm_desk'"_s), 1);

    // The day's work through the services.
    const services::Session sys = services::Session::system(u"test"_s);
    services::SeedService seed(services::Context{*desk});
    ASSERT_OK(seed.seedCustomers(sys, 30, 5, {}, nullptr, 30));
    const qint64 vehicle = count(*desk, u"SELECT MIN(id) FROM vehicles"_s);
    services::ComplaintService complaints(services::Context{*desk});
    services::ComplaintInput in;
    in.vehicleId = vehicle;
    in.customerId = count(*desk, u"SELECT customer_id FROM vehicles WHERE id = %1"_s.arg(vehicle));
    in.channel = complaints::ComplaintText::channels().first();
    in.category = complaints::ComplaintText::categories().first();
    in.description = u"the desk role registers a complaint"_s;
    ASSERT_OK(complaints.registerComplaint(sys, in));
    EXPECT_GT(count(*desk, u"SELECT COUNT(*) FROM audit_log"_s), 0);

    // What only the owner may.
    for (const QString &sql :
         {u"DELETE FROM audit_log"_s, u"UPDATE audit_log SET action = 'x'"_s, u"TRUNCATE audit_log"_s, u"TRUNCATE customers"_s,
          u"DROP TRIGGER audit_log_no_update ON audit_log"_s, u"ALTER TABLE customers ADD COLUMN spy TEXT"_s,
          u"CREATE TABLE spy (id INTEGER)"_s, u"DROP TABLE complaints"_s, u"DELETE FROM schema_version"_s}) {
        const Status s = desk->execRaw(sql);
        ASSERT_FALSE(s.ok()) << sql.toStdString() << " was allowed";
        EXPECT_EQ(s.error().sqlCode, u"42501"_s) << sql.toStdString() << ": " << s.error().text().toStdString();
    }
    const Status owner = ServerAccess(*desk).requireOwner();
    ASSERT_FALSE(owner.ok());
    EXPECT_EQ(owner.error().kind, Error::Kind::PermissionDenied);
    EXPECT_TRUE(owner.error().message.contains(u"postgres"_s)) << owner.error().message.toStdString();

    // A table a later migration adds: the desk reaches it once migrate has granted again.
    ASSERT_TRUE(server.psql(u"crm_roles"_s, u"CREATE TABLE later_table (id INTEGER)"_s));
    EXPECT_FALSE(desk->exec(u"SELECT COUNT(*) FROM later_table"_s).ok());
    auto admin = openUrl(url);
    ASSERT_TRUE(admin);
    ASSERT_OK(ServerAccess(*admin).grantDeskRoles());
    EXPECT_EQ(count(*desk, u"SELECT COUNT(*) FROM later_table"_s), 0);

    auto desks = ServerAccess(*admin).connectedDesks();
    ASSERT_OK(desks);
    EXPECT_TRUE(std::any_of(desks->begin(), desks->end(), [](const ConnectedDesk &d) { return d.role == u"crm_desk"_s; }));
    // The same list from the command line, for the administrator at the server.
    QString listed;
    EXPECT_EQ(runCli({u"-d"_s, url, u"desks"_s, u"--json"_s}, &listed), 0) << listed.toStdString();
    EXPECT_TRUE(listed.contains(u"\"crm_desk\""_s)) << listed.toStdString();
}

// Encrypted connections: verify-full against the CA that signed the server's certificate works
// and is encrypted; the same to a host name the certificate does not carry is refused, and so is
// a server signed by another CA.
TEST(ServerFault, VerifyFullRefusesTheWrongHostName)
{
    QTemporaryDir certs;
    ASSERT_TRUE(certs.isValid());
    QFile::setPermissions(certs.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther);
    const QString script =
        u"set -e; cd \"$0\"; "
        "openssl req -new -x509 -days 2 -nodes -subj '/CN=DealerCRM test CA' -keyout ca.key -out ca.pem 2>/dev/null; "
        "openssl req -new -x509 -days 2 -nodes -subj '/CN=Another CA' -keyout other.key -out other.pem 2>/dev/null; "
        "openssl req -new -nodes -subj '/CN=localhost' -keyout server.key -out server.csr 2>/dev/null; "
        "printf 'subjectAltName=DNS:localhost\\n' > san.ext; "
        "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.crt "
        "2>/dev/null; chmod 600 server.key; if [ \"$(id -u)\" = 0 ]; then chown postgres server.key server.crt; fi"_s;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"bash"_s, {u"-c"_s, script, certs.path()});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAll().toStdString();

    test::PrivateServer server;
    CRM_START_PRIVATE_SERVER(server, {u"ssl=on"_s, u"ssl_cert_file="_s + certs.filePath(u"server.crt"_s),
                                      u"ssl_key_file="_s + certs.filePath(u"server.key"_s)});
    const QString ca = certs.filePath(u"ca.pem"_s);
    auto good =
        openUrl(u"postgresql://postgres@localhost:%1/postgres?sslmode=verify-full&sslrootcert=%2"_s.arg(server.port()).arg(ca));
    ASSERT_TRUE(good);
    EXPECT_EQ(count(*good, u"SELECT COUNT(*) FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl"_s), 1);

    auto spec = ConnectionSpec::parse(
        u"postgresql://postgres@127.0.0.1:%1/postgres?sslmode=verify-full&sslrootcert=%2"_s.arg(server.port()).arg(ca));
    ASSERT_OK(spec);
    auto wrongHost = Database::open(*spec);
    ASSERT_FALSE(wrongHost.ok());
    EXPECT_TRUE(wrongHost.error().message.contains(u"does not match host name"_s)) << wrongHost.error().text().toStdString();

    spec = ConnectionSpec::parse(
        u"postgresql://postgres@localhost:%1/postgres?sslmode=verify-full&sslrootcert=%2"_s.arg(server.port())
            .arg(certs.filePath(u"other.pem"_s)));
    ASSERT_OK(spec);
    auto otherCa = Database::open(*spec);
    ASSERT_FALSE(otherCa.ok());
    EXPECT_TRUE(otherCa.error().message.contains(u"certificate verify failed"_s)) << otherCa.error().text().toStdString();
}
