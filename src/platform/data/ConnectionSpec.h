#pragma once
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace crm::data {

enum class Engine { Sqlite, Postgres };

// What --database names: a SQLite file path, or
// postgresql://user[:password]@host[:port]/dbname[?sslmode=verify-full&sslrootcert=/path/ca.pem]
// (libpq's own URI parameters for encrypted connections; verify-full is the one to use on a LAN).
struct ConnectionSpec {
    Q_DECLARE_TR_FUNCTIONS(crm::data::ConnectionSpec)
public:
    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host, user, password, dbName;
    int port = 5432;
    QString sslMode;     // libpq sslmode; empty = libpq's default (prefer)
    QString sslRootCert; // CA file that signed the server's certificate (verify-ca / verify-full)
    // SQLite: open without writing (a backup taken from a file on a network share, where a
    // writing open is refused).
    bool readOnly = false;
    // The key file of the audit log's sealed values (data/AuditSeal.h). Empty: keyFilePath()'s
    // default — beside a SQLite file ("crm.sqlite.key"), or for a server in the user's data folder
    // (DealerCRM/keys/HOST-PORT-DATABASE.key), where each desk keeps its copy; $DEALERCRM_KEY_FILE
    // names another.
    QString keyFile;
    QString keyFilePath() const;

    static Result<ConnectionSpec> parse(const QString &arg);
    static ConnectionSpec sqlite(const QString &path);
    static QString defaultSqlitePath(); // in the user's data directory
    QString display() const;            // for status bars and logs: never the password
};

} // namespace crm::data
