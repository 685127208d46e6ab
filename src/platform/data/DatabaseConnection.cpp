// Database's connection to its server: opening and re-opening it, noticing that it was lost,
// backing off while the server is away, and who the server sees (application_name). The
// statements themselves are in Database.cpp.
#include "data/Database.h"

#include "core/Log.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSysInfo>
#include <libpq-fe.h>
#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// A value in libpq's conninfo string, which QPSQL builds by joining the connect options with spaces.
QString conninfoQuoted(QString v)
{
    v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + v + u'\'';
}
} // namespace

QString Database::applicationName() const
{
    // The executable's name tells the desk (dealercrm) from a nightly job (dealercrm-cli).
    const QString program =
        QCoreApplication::instance() ? QFileInfo(QCoreApplication::applicationFilePath()).fileName() : u"dealercrm"_s;
    const QString user = m_appUser.isEmpty() ? qEnvironmentVariable("USER", u"?"_s) : m_appUser;
    return u"%1 %2@%3"_s.arg(program, user, QSysInfo::machineHostName()).left(63); // NAMEDATALEN - 1
}

Status Database::connectNow()
{
    m_cache.clear();
    QSqlDatabase c = connection();
    if (c.isOpen())
        c.close();
    if (engine() == Engine::Postgres) {
        // keepalives and tcp_user_timeout: a desk whose network dropped learns it within ~20 s
        // on its next statement instead of waiting for TCP's retransmissions (~15 min).
        QStringList o{u"connect_timeout=10"_s,     u"keepalives_idle=30"_s,
                      u"keepalives_interval=10"_s, u"keepalives_count=3"_s,
                      u"tcp_user_timeout=20000"_s, u"application_name="_s + conninfoQuoted(applicationName())};
        if (!m_spec.sslMode.isEmpty())
            o << u"sslmode="_s + m_spec.sslMode;
        if (!m_spec.sslRootCert.isEmpty())
            o << u"sslrootcert="_s + conninfoQuoted(m_spec.sslRootCert);
        c.setConnectOptions(o.join(u';'));
    }
    if (!c.open())
        return errorFrom(c.lastError(), tr("Cannot open the database %1").arg(m_spec.display()));
    // Straight on the connection, not through execRaw: a reconnection runs this while the
    // database still counts as lost.
    for (const QString &s : m_dialect.sessionSetup()) {
        QSqlQuery q(c);
        if (!q.exec(s) && !m_spec.readOnly)
            return errorFrom(q.lastError(), tr("Cannot set up the connection to %1").arg(m_spec.display()));
    }
    return {};
}

bool Database::linkBroken() const
{
    if (engine() != Engine::Postgres)
        return false;
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return true;
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    return !pg || PQstatus(pg) != CONNECTION_OK;
}

Error Database::unavailable() const
{
    return {Error::Kind::Unavailable,
            tr("The connection to the database server was lost (%1). Nothing of this step was saved; the desk is reconnecting — "
               "try again in a moment.")
                .arg(m_lostDetail),
            {}};
}

Error Database::failure(const QSqlError &e, const QString &what)
{
    if (engine() != Engine::Postgres || !(m_dialect.isConnectionLost(e) || linkBroken()))
        return errorFrom(e, what);
    const QString detail = (e.databaseText().isEmpty() ? e.driverText() : e.databaseText()).simplified();
    log::get("db")->warn("connection to the server lost ({}): {}", e.nativeErrorCode().toStdString(),
                         log::redacted(detail).toStdString());
    const bool wasUp = !m_lost;
    m_lost = true;
    m_lostDetail = detail.isEmpty() ? tr("no answer") : detail;
    m_reservedUpTo.clear();
    if (wasUp) {
        m_backoffMs = 0;
        m_nextTryAtMs = 0;
        m_attempts = 0;
        if (m_listener)
            m_listener(false, m_lostDetail);
    }
    return unavailable();
}

Status Database::reconnectIfDue()
{
    if (!m_lost)
        return {};
    if (m_depth > 0) // the transaction that met the loss has not been rolled back by its guards yet
        return unavailable();
    if (monotonicMs() < m_nextTryAtMs)
        return unavailable();
    ++m_attempts;
    if (Status s = connectNow(); !s) {
        m_backoffMs = m_backoffMs == 0 ? 250 : std::min<qint64>(m_backoffMs * 2, 8000);
        m_nextTryAtMs = monotonicMs() + m_backoffMs;
        log::get("db")->warn("reconnect failed, next try in {} ms: {}", m_backoffMs,
                             log::redacted(s.error().message).toStdString());
        return unavailable();
    }
    m_lost = false;
    log::get("db")->info("reconnected to the server");
    if (m_listener)
        m_listener(true, {});
    return {};
}

Status Database::ensureConnected()
{
    return m_lost ? reconnectIfDue() : Status();
}

Status Database::setApplicationUser(const QString &user)
{
    m_appUser = user;
    if (engine() != Engine::Postgres)
        return {};
    return statusOf(scalar(u"SELECT set_config('application_name', ?, false)"_s, {applicationName()}));
}

QString networkFileSystemName(qint64 type)
{
    // statfs(2) magic numbers of the file systems that reach over the network.
    switch (quint32(type)) {
    case 0x6969:
        return u"nfs"_s;
    case 0x517B:
        return u"smb"_s;
    case 0xFF534D42:
        return u"cifs"_s;
    case 0xFE534D42:
        return u"smb2"_s;
    case 0x5346414F:
        return u"afs"_s;
    case 0x73757245:
        return u"coda"_s;
    case 0x564C:
        return u"ncp"_s;
    case 0x01021997:
        return u"9p"_s;
    case 0x00C36400:
        return u"ceph"_s;
    default:
        return {};
    }
}

QString networkFileSystem(const QString &path)
{
    struct statfs st {};
    if (statfs(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return networkFileSystemName(qint64(st.f_type));
}

} // namespace crm::data
