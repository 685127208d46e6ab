#pragma once
// The erasure ledger (GB/T 35273: erasure reaches the backups within a stated time). A backup
// made before an erasure still holds the person; the ledger — a file kept beside the key file,
// outside the database and its backups — lists every erased customer, and a database opened
// after a restore erases again whoever the ledger lists and it still holds. The erased_customers
// table (same transaction as the erasure) makes the file whole when an append was cut off, and
// lets each desk's ledger on a server learn the erasures other desks made.
#include "data/Database.h"

#include <QCoreApplication>
#include <QSet>

namespace crm::data {

struct LedgerEntry {
    qint64 customerId = 0;
    QString createdAt; // the customer's creation time: an id a restore gave to someone new is not theirs
    QString erasedAt;
};

class ErasureLedger {
    Q_DECLARE_TR_FUNCTIONS(crm::data::ErasureLedger)
public:
    // `backupFolder`: where the backups are (SQLite), which keeps a copy of the ledger, so a backup
    // restored into a new file (restoreSqlite) finds it there.
    explicit ErasureLedger(Database &db, const QString &backupFolder = {}) : m_db(db), m_backupFolder(backupFolder) {}

    // "crm.sqlite.erased" beside a SQLite file; "HOST-PORT-DATABASE.erased" beside a server's key file.
    static QString path(const ConnectionSpec &spec);

    // Inside the erasure's transaction (before the customer's row is anonymised).
    Status record(qint64 customerId, const QString &erasedAt);
    // After the commit: the erasures the file does not list yet appended (and synced) — just
    // `customerId`'s when given (one erasure), else every one missing (at open).
    Status writeFile(qint64 customerId = 0);
    // The customers the file lists that this database holds and has not erased (a restore).
    Result<QList<qint64>> toErase();

private:
    QStringList files() const; // the ledger and its copy beside the backups
    Result<QList<LedgerEntry>> fileEntries(const QString &file);
    Status writeFile(const QString &file, qint64 customerId);
    Database &m_db;
    QString m_backupFolder;
};

} // namespace crm::data
