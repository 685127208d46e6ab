#include "data/ConnectionSpec.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace crm::data {

ConnectionSpec ConnectionSpec::sqlite(const QString &path)
{
    ConnectionSpec s;
    s.engine = Engine::Sqlite;
    s.sqlitePath = path;
    return s;
}

QString ConnectionSpec::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/dealercrm.sqlite"_s;
}

QString ConnectionSpec::keyFilePath() const
{
    if (!keyFile.isEmpty())
        return keyFile;
    // A server's data moved to another port or host (a restore, the benchmark's private server)
    // keeps its key file where DEALERCRM_KEY_FILE says.
    if (const QString env = qEnvironmentVariable("DEALERCRM_KEY_FILE"); !env.isEmpty())
        return env;
    if (engine == Engine::Sqlite)
        return sqlitePath == u":memory:"_s ? QString() : sqlitePath + u".key"_s;
    const QString name = u"%1-%2-%3.key"_s.arg(host).arg(port).arg(dbName);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/DealerCRM/keys/"_s +
           QString(name).replace(u'/', u'_');
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &arg)
{
    const QString a = arg.trimmed();
    if (a.isEmpty())
        return Error::invalid(tr("No database was given."));
    if (a.startsWith(u"postgresql://"_s) || a.startsWith(u"postgres://"_s)) {
        const QUrl url(a, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error::invalid(tr("\"%1\" is not a valid PostgreSQL address; use postgresql://user@host:port/dbname.").arg(a));
        ConnectionSpec s;
        s.engine = Engine::Postgres;
        s.host = url.host();
        s.port = url.port(5432);
        s.user = url.userName();
        s.password = url.password();
        s.dbName = url.path().mid(1);
        if (s.dbName.isEmpty())
            return Error::invalid(tr("The PostgreSQL address \"%1\" names no database; add /dbname at the end.")
                                      .arg(url.toDisplayString(QUrl::RemovePassword)));
        static const QStringList modes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == u"sslmode"_s && modes.contains(value))
                s.sslMode = value;
            else if (key == u"sslrootcert"_s && !value.isEmpty())
                s.sslRootCert = value;
            else
                return Error::invalid(tr("The PostgreSQL address has an unknown setting \"%1=%2\"; known are sslmode (%3) and "
                                         "sslrootcert (the CA file).")
                                          .arg(key, value, modes.join(u", "_s)));
        }
        if ((s.sslMode == u"verify-ca"_s || s.sslMode == u"verify-full"_s) && s.sslRootCert.isEmpty())
            return Error::invalid(
                tr("sslmode=%1 needs sslrootcert=FILE: the CA certificate that signed the server's.").arg(s.sslMode));
        return s;
    }
    if (a.contains(u"://"_s))
        return Error::invalid(tr("Unknown database address \"%1\": give a SQLite file or a postgresql:// address.").arg(a));
    return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(a)));
}

QString ConnectionSpec::display() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    QString d = u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(dbName);
    if (!sslMode.isEmpty())
        d += u"?sslmode="_s + sslMode;
    return d;
}

} // namespace crm::data
