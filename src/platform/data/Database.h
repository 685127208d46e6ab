#pragma once
#include "core/Result.h"
#include "data/ConnectionSpec.h"
#include "data/Dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace crm::data {

// The one entry point to the database. Owns a named QSqlDatabase connection for the
// thread that opened it. Repositories run every statement through exec(): prepared,
// bound, checked, with failures turned into Error values carrying the engine's code.
class Database {
    Q_DECLARE_TR_FUNCTIONS(crm::data::Database)
public:
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec &spec);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_spec.engine; }
    const ConnectionSpec &spec() const { return m_spec; }
    const Dialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    // Same, reusing one prepared statement per SQL text — for bulk loops. The query stays
    // owned by the cache and is valid until the same SQL text runs again.
    Result<QSqlQuery *> execCached(const QString &sql, const QVariantList &binds = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});
    // After a bulk load: fresh planner statistics, so the next queries plan for the new sizes.
    // PostgreSQL: ANALYZE (autovacuum gets there too, but minutes later). SQLite: nothing — its
    // plans come from the indexes, and ANALYZE of a multi-GB file would take longer than it saves.
    Status refreshStatistics();
    // Ids for n rows a bulk load is about to insert into `table` (a constant of the caller, whose
    // primary key is `id`), so rows that refer to each other can be written in batches without
    // reading ids back. Call inside the write transaction. SQLite: the n after the largest id or
    // the last id reserved in this transaction — BEGIN IMMEDIATE keeps every other writer out
    // until commit, and ids reserved but not used cost nothing. PostgreSQL: n values from the
    // identity sequence, which other desks' inserts can interleave with but never repeat (ids
    // reserved but not used stay gaps, so reserve what is about to be used).
    Result<std::vector<qint64>> reserveIds(const QString &table, qint64 n);
    // PostgreSQL only: rows into `table` by COPY … FROM STDIN through libpq on QPSQL's own
    // connection (QPSQL has no COPY API; a bulk load runs ~10× faster than multi-row INSERTs).
    // `rows` is COPY's text format (BatchInsert writes it). Part of the current transaction;
    // triggers and constraints apply as for INSERT.
    Status copyIn(const QString &table, const QStringList &columns, const QByteArray &rows);
    // Unprepared statement without parameters: migrations and PRAGMAs only.
    Status execRaw(const QString &sql);

    // Used by Transaction; nesting is counted so only the outermost guard commits.
    Status begin();
    Status commit();
    Status rollback();
    int transactionDepth() const { return m_depth; }

    Error errorFrom(const QSqlError &e, const QString &what) const;

    // --- A server that goes away (PostgreSQL: a restart, a dropped network, an idle kill) ---
    // The statement that meets a lost connection fails with Error::Kind::Unavailable; a
    // transaction open on it is gone (every statement of it fails the same way until its guards
    // roll back, so nothing of it runs as autocommit). The next statement outside a transaction
    // reconnects — at once the first time, then with backoff (0.25 s doubling to 8 s) while the
    // server stays away; a SELECT outside a transaction is tried once more on the new connection.
    bool connected() const { return !m_lost; }
    // Tries now when the backoff allows (the status bar's timer calls it while the desk waits).
    Status reconnectIfDue();
    // Connection attempts made since the loss (what the backoff holds down; tests read it).
    int reconnectAttempts() const { return m_attempts; }
    // Told of each change: lost (with the engine's message) and back again.
    using StateListener = std::function<void(bool connected, const QString &detail)>;
    void setStateListener(StateListener listener) { m_listener = std::move(listener); }
    // Who the server's pg_stat_activity shows (application_name "program user@host"): the OS
    // user until someone signs in.
    Status setApplicationUser(const QString &user);
    QString applicationName() const;

    // --- Units applied once ---
    // The next outermost transaction is the unit `key` (a UUID the caller keeps while it retries):
    // its begin refuses with Error::Kind::AlreadyApplied when a unit of that key committed
    // already (the answer to its COMMIT was lost), and its commit records the key in
    // applied_units in the same transaction. Consumed by that commit. See data::UnitKey.
    void setUnitKey(const QString &key) { m_unitKey = key; }
    const QString &unitKey() const { return m_unitKey; }

    // --- The key of audited personal values ---
    // The database's own key, read by open() from its key file (spec().keyFile(), see
    // data/AuditSeal.h): it unwraps the per-customer keys that seal personal values in the audit
    // log. Empty when there is no key file; AuditSeal checks it against the database once.
    void setSealKey(const QByteArray &key, bool checked)
    {
        m_sealKey = key;
        m_sealChecked = checked;
    }
    const QByteArray &sealKey() const { return m_sealKey; }
    bool sealKeyChecked() const { return m_sealChecked; }

    // Qt binds a null QString as SQL NULL. Say which one is meant:
    static QVariant text(const QString &s);     // never NULL ("" for a null string)
    static QVariant optional(const QString &s); // NULL when empty

private:
    Database(ConnectionSpec spec, QString name);
    Status run(QSqlQuery &q, const QVariantList &binds);
    Result<QSqlQuery> execOnce(const QString &sql, const QVariantList &binds);
    Status connectNow();
    Status ensureConnected();
    bool linkBroken() const;
    // errorFrom, and when the link is gone: the state above and an Unavailable error.
    Error failure(const QSqlError &e, const QString &what);
    Error unavailable() const;
    Status checkUnitKey();

    ConnectionSpec m_spec;
    Dialect m_dialect;
    QString m_name;
    int m_depth = 0;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_cache;
    std::map<QString, qint64> m_reservedUpTo; // SQLite, this transaction: table → last id reserved
    bool m_lost = false;
    QString m_lostDetail;
    qint64 m_backoffMs = 0;
    qint64 m_nextTryAtMs = 0; // monotonic ms
    int m_attempts = 0;
    StateListener m_listener;
    QString m_appUser;
    QString m_unitKey;
    qint64 m_keyedUnits = 0;
    QByteArray m_sealKey;
    bool m_sealChecked = false;
};

// The network file system a path is on ("nfs", "smb"…), empty when it is a local one.
QString networkFileSystem(const QString &path);
QString networkFileSystemName(qint64 statfsType); // statfs(2)'s f_type

} // namespace crm::data
