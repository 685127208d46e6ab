#pragma once
#include "data/Database.h"

#include <QCoreApplication>
#include <functional>

namespace crm::data {

struct Migration {
    int version = 0;
    QString name;
    QString commonSql; // NNNN_name.sql
    QString engineSql; // NNNN_name.<engine>.sql, may be empty
};

// Numbered migrations from :/db/migrations, each run in its own transaction and recorded
// in schema_version. Refuses a database newer than the program; backs a SQLite file up
// before changing a schema that already had data.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(crm::data::Migrator)
public:
    using Progress = std::function<void(int done, int total, const QString &name)>;

    explicit Migrator(Database &db, QString resourceDir = QStringLiteral(":/db/migrations"));

    QList<Migration> available() const;
    int latestVersion() const;
    Result<int> currentVersion();
    // The DealerCRM version that applied the newest migration (empty before that was recorded).
    Result<QString> upgradedBy();
    // SQLite: PRAGMA quick_check ("ok" when the file is sound). PostgreSQL: the server's version.
    Result<QString> health();
    // Returns the path of the backup made, or empty when none was needed.
    Result<QString> migrate(const Progress &progress = {});

private:
    Status ensureVersionTable();
    Database &m_db;
    QString m_dir;
};

// Consistent copy of a live SQLite database (VACUUM INTO): safe while others write.
Status backupSqlite(Database &db, const QString &targetFile);

// Restores a SQLite backup into a new file: the backup is copied (never opened for writing), the
// copy must pass PRAGMA integrity_check and carry a schema this program understands (a backup
// from a newer version is refused); only then does it appear under `targetFile`. Returns the
// schema version of the restored copy (older ones are upgraded when the program opens them).
Result<int> restoreSqlite(const QString &backupFile, const QString &targetFile);

} // namespace crm::data
