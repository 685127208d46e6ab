#include "data/ConnectionSpec.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

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
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(dbName);
}

} // namespace crm::data
