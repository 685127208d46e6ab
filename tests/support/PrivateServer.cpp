#include "PrivateServer.h"

#include "data/Database.h"
#include "data/Migrator.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace crm::test {
namespace {
// initdb and pg_ctl refuse root: run them as postgres, as scripts/private-pg.sh does.
QStringList asServerUser(const QStringList &command)
{
    return geteuid() == 0 ? QStringList{u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s} + command : command;
}

bool run(const QStringList &command, QString *output, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    const bool finished = p.waitForStarted() && p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

PrivateServer::~PrivateServer()
{
    if (m_dir.isEmpty())
        return;
    pgCtl({u"-m"_s, u"immediate"_s, u"stop"_s});
    QDir(m_dir).removeRecursively();
}

bool PrivateServer::start(const QStringList &options, QString *error)
{
    QStringList args{u"-c"_s,
                     u"source \"$0\"; start_private_pg \"$@\" || exit 1; echo \"URL=$PG_URL\"; echo \"DIR=$PG_DIR\"; "
                     "echo \"BIN=$PG_BIN\""_s,
                     QStringLiteral(CRM_SOURCE_DIR "/scripts/private-pg.sh")};
    m_options = QStringList{u"fsync=off"_s} + options;
    args << m_options;
    QString out;
    if (!run(QStringList{u"bash"_s} + args, &out)) {
        *error = out.trimmed();
        return false;
    }
    static const QRegularExpression url(u"^URL=(.*)$"_s, QRegularExpression::MultilineOption),
        dir(u"^DIR=(.*)$"_s, QRegularExpression::MultilineOption), bin(u"^BIN=(.*)$"_s, QRegularExpression::MultilineOption);
    m_url = url.match(out).captured(1).trimmed();
    m_dir = dir.match(out).captured(1).trimmed();
    m_bin = bin.match(out).captured(1).trimmed();
    m_port = m_url.section(u':', 2).section(u'/', 0, 0).toInt();
    if (m_url.isEmpty() || m_dir.isEmpty() || m_bin.isEmpty()) {
        *error = out.trimmed();
        return false;
    }
    return true;
}

bool PrivateServer::pgCtl(const QStringList &args)
{
    QString out;
    const bool ok =
        run(asServerUser(QStringList{m_bin + u"/pg_ctl"_s, u"-D"_s, m_dir + u"/data"_s, u"-w"_s, u"-t"_s, u"60"_s} + args), &out);
    if (!ok)
        qWarning("pg_ctl %s: %s", qPrintable(args.join(u' ')), qPrintable(out));
    return ok;
}

bool PrivateServer::restart(bool immediate)
{
    return pgCtl({u"-m"_s, immediate ? u"immediate"_s : u"fast"_s, u"restart"_s});
}

bool PrivateServer::stop()
{
    return pgCtl({u"-m"_s, u"fast"_s, u"stop"_s});
}

bool PrivateServer::startAgain()
{
    QString opts = u"-p %1 -k %2 -c listen_addresses=127.0.0.1"_s.arg(m_port).arg(m_dir);
    for (const QString &o : m_options)
        opts += u" -c "_s + o;
    return pgCtl({u"-l"_s, m_dir + u"/server.log"_s, u"-o"_s, opts, u"start"_s});
}

bool PrivateServer::psql(const QString &db, const QString &sql, QString *output)
{
    QString out;
    const bool ok = run({QStringLiteral("psql"), u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-At"_s, u"-h"_s, u"127.0.0.1"_s,
                         u"-p"_s, QString::number(m_port), u"-U"_s, u"postgres"_s, u"-d"_s, db, u"-c"_s, sql},
                        &out);
    if (output)
        *output = out.trimmed();
    return ok;
}

QString PrivateServer::createDatabase(const QString &name, QString *error)
{
    if (!psql(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name), error))
        return {};
    const QString url = u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
    auto spec = data::ConnectionSpec::parse(url);
    auto db = data::Database::open(*spec);
    if (!db) {
        *error = db.error().text();
        return {};
    }
    data::Migrator m(**db);
    if (auto r = m.migrate(); !r) {
        *error = r.error().text();
        return {};
    }
    return url;
}

} // namespace crm::test
