#pragma once
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace crm::data {

enum class Engine { Sqlite, Postgres };

// What --database names: a SQLite file path, or postgresql://user[:password]@host[:port]/dbname.
struct ConnectionSpec {
    Q_DECLARE_TR_FUNCTIONS(crm::data::ConnectionSpec)
public:
    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host, user, password, dbName;
    int port = 5432;

    static Result<ConnectionSpec> parse(const QString &arg);
    static ConnectionSpec sqlite(const QString &path);
    static QString defaultSqlitePath(); // in the user's data directory
    QString display() const;            // for status bars and logs: never the password
};

} // namespace crm::data
