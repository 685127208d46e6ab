#pragma once
#include "services/Guard.h"

#include <QDateTime>
#include <QStringList>

namespace crm::services {

namespace settings {
inline const QString kBackupEveryHours = QStringLiteral("backup.every_hours"); // 0 = no scheduled backups
inline const QString kBackupKeep = QStringLiteral("backup.keep");              // newest backups kept
inline const QString kBackupFolder = QStringLiteral("backup.folder");          // empty: beside the database
} // namespace settings

struct BackupPolicy {
    QString folder;
    int everyHours = 0;
    int keep = 0;
};

// Scheduled and manual backups of a SQLite database: a consistent copy (VACUUM INTO, so other
// desks may keep writing) named DATABASE-backup-yyyyMMdd-HHmmss.sqlite in the backup folder,
// then the oldest beyond `keep` removed. The files themselves say when the last backup was
// made, so nothing else needs storing. PostgreSQL is backed up with pg_dump (README).
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::BackupService)
public:
    explicit BackupService(Context ctx) : m_ctx(ctx) {}

    bool applies() const; // SQLite only
    BackupPolicy policy();
    // The backups in the policy's folder, newest first (only files this service named).
    QStringList backups(const BackupPolicy &p) const;
    QStringList backups() { return backups(policy()); }
    // When a backup was made (local), from its name; null for a name this service did not write.
    static QDateTime timeOf(const QString &backupFile);
    // Time of the newest backup, null when there is none.
    QDateTime lastBackup();
    // How long a backup made now is kept before rotation removes it, in days (0: no scheduled
    // backups) — the delay after which an erasure has reached every backup (GB/T 35273); until
    // then a restore erases the customer again from the erasure ledger.
    int deletionDelayDays();
    // A scheduled backup is due: scheduling is on and the newest backup is that old (or missing).
    bool isDue();
    // Writes a backup now and rotates; returns its path. Needs BackUp (the scheduled backup
    // runs as the system). Audited.
    Result<QString> backUp(const Session &who);

private:
    QString baseName() const;
    Context m_ctx;
};

} // namespace crm::services
