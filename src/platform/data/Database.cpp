#include "data/Database.h"

#include "data/AuditSeal.h"

#include "core/Clock.h"
#include "core/Log.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
QAtomicInt g_serial;
constexpr int kBusyTimeoutMs = 15000;

qint64 slowStatementMs()
{
    static const qint64 ms = [] {
        bool ok = false;
        const qint64 v = qEnvironmentVariableIntValue("DEALERCRM_SLOW_STATEMENT_MS", &ok);
        return ok && v >= 0 ? v : qint64(250);
    }();
    return ms;
}
} // namespace

Database::Database(ConnectionSpec spec, QString name) : m_spec(std::move(spec)), m_dialect(m_spec.engine), m_name(std::move(name))
{
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec &spec)
{
    const QString name = u"crm-%1"_s.arg(g_serial.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(spec, name));
    if (spec.engine == Engine::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return Error::database(tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."), {});
        const QFileInfo fi(spec.sqlitePath);
        if (!QDir().mkpath(fi.absolutePath()))
            return Error::io(tr("Cannot create the folder %1 for the database.").arg(fi.absolutePath()));
        // SQLite's locking does not hold over SMB/NFS: two desks writing one file there corrupt it.
        if (const QString fs = networkFileSystem(fi.absolutePath()); !fs.isEmpty() && !spec.readOnly)
            return Error::invalid(tr("%1 is on a network share (%2). SQLite files shared over a network get corrupted when "
                                     "several desks write them: put the database on a PostgreSQL server for several desks "
                                     "(see the README), or open this file read-only to back it up.")
                                      .arg(spec.sqlitePath, fs));
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        c.setDatabaseName(spec.sqlitePath);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
        if (spec.readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        c.setConnectOptions(options);
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return Error::database(tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."), {});
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        c.setHostName(spec.host);
        c.setPort(spec.port);
        c.setUserName(spec.user);
        c.setPassword(spec.password);
        c.setDatabaseName(spec.dbName);
    }
    CRM_TRY(db->connectNow());
    // The key of the audit log's sealed values; AuditSeal checks it belongs here before use.
    if (const QString kf = spec.keyFilePath(); !kf.isEmpty() && QFileInfo::exists(kf)) {
        if (auto key = KeyFile::read(kf))
            db->setSealKey(*key, false);
        else
            log::get("db")->warn("key file not usable: {}", key.error().message.toStdString());
    }
    log::get("db")->info("opened {} database", spec.engine == Engine::Sqlite ? "sqlite" : "postgres");
    return db;
}

Database::~Database()
{
    m_cache.clear();
    {
        QSqlDatabase c = QSqlDatabase::database(m_name, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

Error Database::errorFrom(const QSqlError &e, const QString &what) const
{
    QString detail = e.databaseText().isEmpty() ? e.driverText() : e.databaseText();
    log::get("db")->warn("sql error {}: {}", e.nativeErrorCode().toStdString(), log::redacted(detail).toStdString());
    if (m_dialect.isTransient(e))
        return {Error::Kind::Conflict, tr("%1: the database is busy with another desk's work; please try again.").arg(what),
                e.nativeErrorCode()};
    return Error::database(tr("%1: %2").arg(what, detail), e.nativeErrorCode());
}

Status Database::refreshStatistics()
{
    if (engine() != Engine::Postgres)
        return {};
    return execRaw(u"ANALYZE"_s); // a utility statement: PostgreSQL cannot PREPARE it
}

Result<std::vector<qint64>> Database::reserveIds(const QString &table, qint64 n)
{
    std::vector<qint64> ids;
    if (n <= 0)
        return ids;
    ids.reserve(size_t(n));
    if (engine() == Engine::Sqlite) {
        Q_ASSERT(m_depth > 0);
        auto last = scalar(u"SELECT COALESCE(MAX(id), 0) FROM "_s + table);
        if (!last)
            return last.error();
        qint64 &upTo = m_reservedUpTo[table];
        upTo = std::max(upTo, last->toLongLong());
        for (qint64 i = 1; i <= n; ++i)
            ids.push_back(upTo + i);
        upTo += n;
        return ids;
    }
    auto q = exec(u"SELECT nextval(pg_get_serial_sequence('"_s + table + u"', 'id')) FROM generate_series(1, ?)"_s, {n});
    if (!q)
        return q.error();
    while (q->next())
        ids.push_back(q->value(0).toLongLong());
    if (qint64(ids.size()) != n)
        return Error::database(u"reserveIds: %1 of %2 ids"_s.arg(ids.size()).arg(n), {});
    return ids;
}

Status Database::copyIn(const QString &table, const QStringList &columns, const QByteArray &rows)
{
    Q_ASSERT(engine() == Engine::Postgres);
    if (m_lost)
        return unavailable();
    // Nothing of QPSQL's may be pending on the connection while libpq speaks on it directly.
    for (auto &[sql, q] : m_cache)
        q->finish();
    const QVariant handle = connection().driver()->handle();
    // Qt's metatype spells libpq's typedef by its struct name.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error::database(tr("The PostgreSQL driver gave no connection handle for COPY."), {});
    PGconn *pg = *static_cast<PGconn *const *>(handle.constData());
    auto failed = [this](PGresult *r, PGconn *c) {
        const QString code = r ? QString::fromUtf8(PQresultErrorField(r, PG_DIAG_SQLSTATE)) : QString();
        const QString text = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(c)).trimmed();
        return failure(QSqlError(QString(), text, QSqlError::StatementError, code), tr("A bulk load (COPY) failed"));
    };
    const QByteArray sql = "COPY " + table.toUtf8() + '(' + columns.join(u", "_s).toUtf8() + ") FROM STDIN";
    PGresult *start = PQexec(pg, sql.constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        Error e = failed(start, pg);
        PQclear(start);
        return e;
    }
    PQclear(start);
    std::optional<Error> error;
    if (PQputCopyData(pg, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(pg, nullptr) != 1)
        error = failed(nullptr, pg);
    // COPY answers with one result (and a failed one may leave more): read them all, so the
    // connection is idle again for QPSQL.
    while (PGresult *r = PQgetResult(pg)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !error)
            error = failed(r, pg);
        PQclear(r);
    }
    if (error)
        return *error;
    return {};
}

Status Database::run(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    QElapsedTimer timer;
    timer.start();
    if (!q.exec())
        return failure(q.lastError(), tr("A database statement failed"));
    // The first step is where an aggregate does its work: slow statements are named in the log
    // so a report that got slow on a big database can be found without a profiler.
    if (const qint64 ms = timer.elapsed(); ms >= slowStatementMs())
        log::get("db")->warn("slow statement ({} ms): {}", ms, q.lastQuery().simplified().left(240).toStdString());
    return {};
}

QVariant Database::text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant Database::optional(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Result<QSqlQuery> Database::execOnce(const QString &sql, const QVariantList &binds)
{
    CRM_TRY(ensureConnected());
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failure(q.lastError(), tr("A database statement could not be prepared"));
    CRM_TRY(run(q, binds));
    return Result<QSqlQuery>(std::move(q));
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &binds)
{
    auto r = execOnce(sql, binds);
    // A read outside a transaction meets a server that went away while the desk was idle: one
    // more try on a fresh connection hides it. Writes are never retried here — whether a lost
    // write committed is for a unit key to tell (see setUnitKey).
    if (!r && r.error().kind == Error::Kind::Unavailable && m_depth == 0 &&
        sql.trimmed().startsWith(u"SELECT"_s, Qt::CaseInsensitive)) {
        // Only a loss found by this very statement is tried again at once (failure() cleared the
        // wait); while the server stays down, the backoff decides.
        if (reconnectIfDue())
            return execOnce(sql, binds);
    }
    return r;
}

Result<QSqlQuery *> Database::execCached(const QString &sql, const QVariantList &binds)
{
    CRM_TRY(ensureConnected());
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return failure(q->lastError(), tr("A database statement could not be prepared"));
        it = m_cache.emplace(sql, std::move(q)).first;
    }
    QSqlQuery *q = it->second.get();
    q->finish();
    CRM_TRY(run(*q, binds));
    return q;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    // Read the rest so PostgreSQL's single-row mode leaves nothing pending for the next statement.
    const QVariant v = q->value(0);
    q->finish();
    return v;
}

Status Database::execRaw(const QString &sql)
{
    CRM_TRY(ensureConnected());
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return failure(q.lastError(), tr("A database statement failed"));
    return {};
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return m_lost ? Status(unavailable()) : Status();
    if (Status s = ensureConnected(); !s) {
        m_depth = 0;
        return s;
    }
    // The busy timeout covers waiting for the other writer; a few retries cover the rare
    // SQLITE_BUSY that the timeout cannot (e.g. a checkpoint racing the lock).
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(connection());
        if (q.exec(m_dialect.beginWrite()))
            break;
        if (attempt < 5 && m_dialect.isTransient(q.lastError())) {
            QThread::msleep(50 * (attempt + 1));
            continue;
        }
        m_depth = 0;
        return failure(q.lastError(), tr("Cannot start a transaction"));
    }
    if (Status s = checkUnitKey(); !s) {
        (void)rollback();
        return s;
    }
    return {};
}

Status Database::checkUnitKey()
{
    if (m_unitKey.isEmpty())
        return {};
    auto seen = scalar(u"SELECT COUNT(*) FROM applied_units WHERE unit_key = ?"_s, {m_unitKey});
    if (!seen)
        return seen.error();
    if (seen->toInt() == 0)
        return {};
    log::get("db")->info("unit tried again after its commit's answer was lost: not applied twice");
    m_unitKey.clear();
    return Error{Error::Kind::AlreadyApplied, tr("This was saved already (the server's answer had been lost on the way)."), {}};
}

Status Database::commit()
{
    if (m_depth <= 0)
        return Error::database(tr("Commit without a transaction"), {});
    if (--m_depth > 0)
        return m_lost ? Status(unavailable()) : Status();
    m_reservedUpTo.clear();
    if (m_lost)
        return unavailable();
    for (auto &[sql, q] : m_cache)
        q->finish();
    if (!m_unitKey.isEmpty()) {
        QSqlQuery k(connection());
        k.prepare(u"INSERT INTO applied_units(unit_key, applied_at) VALUES (?, ?)"_s);
        k.bindValue(0, m_unitKey);
        k.bindValue(1, toStoredUtc(QDateTime::currentDateTimeUtc()));
        // Keys are kept a week (a retry comes within minutes): the first keyed unit of a
        // connection and every 500th after it drop the older ones, so no job has to.
        QSqlQuery purge(connection());
        const bool purgeNow = m_keyedUnits++ % 500 == 0;
        if (purgeNow) {
            purge.prepare(u"DELETE FROM applied_units WHERE applied_at < ?"_s);
            purge.bindValue(0, toStoredUtc(QDateTime::currentDateTimeUtc().addDays(-7)));
        }
        if (!k.exec() || (purgeNow && !purge.exec())) {
            const Error e = failure(k.lastError().isValid() ? k.lastError() : purge.lastError(), tr("Cannot save the changes"));
            if (!m_lost) {
                QSqlQuery r(connection());
                r.exec(u"ROLLBACK"_s);
            }
            return e;
        }
    }
    QSqlQuery q(connection());
    if (!q.exec(u"COMMIT"_s)) {
        const Error e = failure(q.lastError(), tr("Cannot save the changes"));
        if (!m_lost) {
            QSqlQuery r(connection());
            r.exec(u"ROLLBACK"_s);
        }
        return e;
    }
    m_unitKey.clear();
    return {};
}

Status Database::rollback()
{
    if (m_depth <= 0)
        return {};
    m_depth = 0;
    m_reservedUpTo.clear();
    if (m_lost) // the server dropped the transaction with the connection
        return {};
    for (auto &[sql, q] : m_cache)
        q->finish();
    QSqlQuery q(connection());
    if (!q.exec(u"ROLLBACK"_s))
        return failure(q.lastError(), tr("Cannot undo the changes"));
    return {};
}

} // namespace crm::data
