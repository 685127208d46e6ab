#include "data/Migrator.h"

#include "data/DeferredIndexes.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/Version.h"
#include "data/ServerAccess.h"
#include "data/SqlScript.h"
#include "data/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
// A migration by name: the program's own set has it, another set (tests) may not.
const Migration *named(const QList<Migration> &all, const QString &name)
{
    const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Migration &m) { return m.name == name; });
    return it == all.cend() ? nullptr : &*it;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

Migrator::Migrator(Database &db, QString resourceDir) : m_db(db), m_dir(std::move(resourceDir)) {}

QList<Migration> Migrator::available() const
{
    static const QRegularExpression re(u"^(\\d{4})_([a-z0-9_]+)(?:\\.(sqlite|postgres))?\\.sql$"_s);
    std::map<int, Migration> byVersion;
    const QString suffix = m_db.dialect().migrationSuffix();
    for (const QString &file : QDir(m_dir).entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(file);
        if (!m.hasMatch())
            continue;
        Migration &mig = byVersion[m.captured(1).toInt()];
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        const QString engine = m.captured(3);
        if (engine.isEmpty())
            mig.commonSql = readText(m_dir + u'/' + file);
        else if (engine == suffix)
            mig.engineSql = readText(m_dir + u'/' + file);
    }
    QList<Migration> out;
    for (auto &[v, mig] : byVersion)
        out << mig;
    return out;
}

int Migrator::latestVersion() const
{
    const auto all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::ensureVersionTable()
{
    // Looked up first: a desk role may not CREATE, not even IF NOT EXISTS over an existing table.
    auto exists = m_db.scalar(
        m_db.engine() == Engine::Sqlite
            ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s
            : u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'"_s);
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return {};
    return m_db.execRaw(
        u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s);
}

Result<int> Migrator::currentVersion()
{
    CRM_TRY(ensureVersionTable());
    auto v = m_db.scalar(u"SELECT MAX(version) FROM schema_version"_s);
    if (!v)
        return v.error();
    return v->isNull() ? 0 : v->toInt();
}

Result<QString> Migrator::upgradedBy()
{
    auto v = currentVersion();
    if (!v)
        return v.error();
    const QList<Migration> all = available();
    const Migration *column = named(all, u"program_version"_s);
    if (!column || *v < column->version)
        return QString();
    auto p = m_db.scalar(u"SELECT program FROM schema_version WHERE version = ?"_s, {*v});
    if (!p)
        return p.error();
    return p->toString();
}

Result<QString> Migrator::health()
{
    auto q = m_db.scalar(m_db.engine() == Engine::Sqlite ? u"PRAGMA quick_check"_s : u"SELECT version()"_s);
    if (!q)
        return q.error();
    return q->toString();
}

Result<QString> Migrator::migrate(const Progress &progress)
{
    auto cur = currentVersion();
    if (!cur)
        return cur.error();
    const QList<Migration> all = available();
    const int latest = all.isEmpty() ? 0 : all.last().version;
    if (*cur > latest)
        return Error::invalid(tr("This database has schema version %1, but this DealerCRM understands only up to version %2. "
                                 "Install the newer DealerCRM that created it.")
                                  .arg(*cur)
                                  .arg(latest));
    QList<Migration> pending;
    for (const Migration &m : all)
        if (m.version > *cur)
            pending << m;
    // Indexes an interrupted bulk load dropped are built before anyone works on the database (a
    // schema from another migration set, as in tests, has no such table).
    const bool deferring = named(all, u"deferred_indexes"_s) != nullptr;
    if (pending.isEmpty()) {
        if (deferring)
            if (Status s = DeferredIndexes::restorePending(m_db); !s) {
                // A desk role may not build indexes: it works on (slower) until the owner's migrate does.
                if (s.error().sqlCode != u"42501"_s || m_db.engine() != Engine::Postgres)
                    return s.error();
                log::get("db")->warn("indexes of an interrupted bulk load wait for the owner's migrate");
            }
        return QString();
    }
    ServerAccess server(m_db);
    CRM_TRY(server.requireOwner());

    QString backup;
    if (m_db.engine() == Engine::Sqlite && *cur > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        backup = m_db.spec().sqlitePath + u".v%1-%2.bak"_s.arg(*cur).arg(stamp);
        CRM_TRY(backupSqlite(m_db, backup));
        log::get("db")->info("backed up schema v{} before migrating", *cur);
    }

    int done = 0;
    for (const Migration &m : pending) {
        if (progress)
            progress(done, int(pending.size()), m.name);
        Transaction tx(m_db);
        CRM_TRY(tx.started());
        const QStringList statements =
            splitSqlScript(m_db.dialect().translate(m.commonSql)) + splitSqlScript(m_db.dialect().translate(m.engineSql));
        for (const QString &s : statements) {
            if (Status st = m_db.execRaw(s); !st) {
                Error e = st.error();
                e.message = tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, e.message);
                return e;
            }
        }
        CRM_TRY(m_db.exec(u"INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)"_s,
                          {m.version, m.name, toStoredUtc(QDateTime::currentDateTimeUtc())}));
        CRM_TRY(tx.commit());
        log::get("db")->info("applied migration {} {}", m.version, m.name.toStdString());
        ++done;
    }
    if (named(all, u"program_version"_s))
        CRM_TRY(m_db.exec(u"UPDATE schema_version SET program = ? WHERE version > ?"_s, {QString::fromLatin1(kVersion), *cur}));
    // The tables this upgrade added reach the desks' roles.
    CRM_TRY(server.grantDeskRoles());
    if (deferring)
        CRM_TRY(DeferredIndexes::restorePending(m_db));
    if (progress)
        progress(done, int(pending.size()), QString());
    return backup;
}

Status backupSqlite(Database &db, const QString &targetFile)
{
    if (db.engine() != Engine::Sqlite)
        return Error::invalid(Migrator::tr("Back up a PostgreSQL database with pg_dump; see the README."));
    if (QFileInfo::exists(targetFile))
        return Error::io(Migrator::tr("%1 exists already; choose a new file for the backup.").arg(targetFile));
    QDir().mkpath(QFileInfo(targetFile).absolutePath());
    CRM_TRY(db.exec(u"VACUUM INTO ?"_s, {targetFile}));
    return {};
}

Result<int> restoreSqlite(const QString &backupFile, const QString &targetFile)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::notFound(Migrator::tr("There is no backup file %1.").arg(backupFile));
    if (QFileInfo::exists(targetFile))
        return Error::io(Migrator::tr("%1 exists already; restore into a new file.").arg(targetFile));
    QDir().mkpath(QFileInfo(targetFile).absolutePath());
    const QString part = targetFile + u".restoring"_s;
    QFile::remove(part);
    if (!QFile::copy(backupFile, part))
        return Error::io(Migrator::tr("Could not copy %1 to %2.").arg(backupFile, part));
    auto check = [&]() -> Result<int> {
        auto db = Database::open(ConnectionSpec::sqlite(part));
        if (!db)
            return db.error();
        auto ok = (*db)->scalar(u"PRAGMA integrity_check"_s);
        if (!ok)
            return Error::invalid(Migrator::tr("%1 is not a readable SQLite database: %2").arg(backupFile, ok.error().message));
        if (ok->toString() != u"ok"_s)
            return Error::invalid(
                Migrator::tr("The backup %1 is damaged (integrity check: %2).").arg(backupFile, ok->toString()));
        auto hasVersion = (*db)->scalar(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s);
        if (!hasVersion)
            return hasVersion.error();
        if (hasVersion->toInt() == 0)
            return Error::invalid(Migrator::tr("%1 is not a DealerCRM backup (it has no schema version).").arg(backupFile));
        Migrator m(**db);
        auto v = m.currentVersion();
        if (!v)
            return v.error();
        if (*v > m.latestVersion())
            return Error::invalid(Migrator::tr("The backup %1 has schema version %2, newer than this DealerCRM understands (%3). "
                                               "Restore it with the newer DealerCRM that wrote it.")
                                      .arg(backupFile)
                                      .arg(*v)
                                      .arg(m.latestVersion()));
        return *v;
    };
    Result<int> v = check();
    // The connection is closed here; its WAL files are checkpointed away with it.
    QFile::remove(part + u"-wal"_s);
    QFile::remove(part + u"-shm"_s);
    if (!v) {
        QFile::remove(part);
        return v.error();
    }
    if (!QFile::rename(part, targetFile)) {
        QFile::remove(part);
        return Error::io(Migrator::tr("Could not move the restored copy to %1.").arg(targetFile));
    }
    // The key file and the erasure ledger the backups keep beside them (BackupService,
    // PrivacyService) go beside the restored file: its audit log opens, and whoever was erased
    // after the backup was made is erased again when it is first opened.
    const QDir folder = QFileInfo(backupFile).absoluteDir();
    for (const QString &suffix : {u"key"_s, u"erased"_s}) {
        const QStringList found = folder.entryList({u"*."_s + suffix}, QDir::Files);
        const QString beside = targetFile + u'.' + suffix;
        if (found.size() == 1 && !QFileInfo::exists(beside) && QFile::copy(folder.filePath(found.first()), beside))
            QFile::setPermissions(beside, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    log::get("db")->info("restored a backup of schema v{}", *v);
    return *v;
}

} // namespace crm::data
