#include "services/BackupService.h"

#include "core/Log.h"
#include "data/Migrator.h"
#include "services/SettingsService.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {
const QString kStampFormat = u"yyyyMMdd-HHmmss"_s;
}

bool BackupService::applies() const
{
    return m_ctx.db.engine() == data::Engine::Sqlite;
}

QString BackupService::baseName() const
{
    return QFileInfo(m_ctx.db.spec().sqlitePath).completeBaseName();
}

BackupPolicy BackupService::policy()
{
    SettingsService settings(m_ctx);
    BackupPolicy p;
    p.folder = settings.value(settings::kBackupFolder);
    if (p.folder.isEmpty())
        p.folder = m_ctx.db.spec().sqlitePath + u".backups"_s;
    p.everyHours = settings.intValue(settings::kBackupEveryHours);
    p.keep = std::max(1, settings.intValue(settings::kBackupKeep));
    return p;
}

QStringList BackupService::backups(const BackupPolicy &p) const
{
    if (!applies())
        return {};
    const QRegularExpression ours(u"^"_s + QRegularExpression::escape(baseName()) + u"-backup-\\d{8}-\\d{6}\\.sqlite$"_s);
    const QDir dir(p.folder);
    QStringList out;
    // The time stamp in the name sorts as text, newest first.
    for (const QString &name : dir.entryList({baseName() + u"-backup-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed))
        if (ours.match(name).hasMatch())
            out << dir.filePath(name);
    return out;
}

QDateTime BackupService::timeOf(const QString &backupFile)
{
    return QDateTime::fromString(QFileInfo(backupFile).completeBaseName().right(kStampFormat.size()), kStampFormat);
}

QDateTime BackupService::lastBackup()
{
    const QStringList all = backups();
    return all.isEmpty() ? QDateTime() : timeOf(all.first());
}

bool BackupService::isDue()
{
    if (!applies())
        return false;
    const BackupPolicy p = policy();
    if (p.everyHours <= 0)
        return false;
    const QStringList all = backups(p);
    return all.isEmpty() || timeOf(all.first()).addSecs(qint64(p.everyHours) * 3600) <= m_ctx.clock.nowUtc().toLocalTime();
}

Result<QString> BackupService::backUp(const Session &who)
{
    // A backup is every customer's data in one file: the right to export data.
    CRM_TRY(Guard::require(m_ctx, who, Permission::BackUp, tr("back up the database")));
    if (!applies())
        return Error::invalid(tr("Back up a PostgreSQL database with pg_dump on the server; see the README."));
    const BackupPolicy p = policy();
    if (!QDir().mkpath(p.folder))
        return Error::io(tr("Cannot create the backup folder %1; choose another in Settings → Backup.").arg(p.folder));
    const QDateTime now = m_ctx.clock.nowUtc().toLocalTime();
    const QString target = QDir(p.folder).filePath(u"%1-backup-%2.sqlite"_s.arg(baseName(), now.toString(kStampFormat)));
    if (QFileInfo::exists(target))
        return Error::conflict(tr("A backup was made this very second: %1.").arg(target));
    // Written under another name and renamed when whole, so a half-written file never counts
    // as the newest backup (nor pushes a good one out of the rotation).
    const QString part = target + u".part"_s;
    QFile::remove(part);
    if (Status s = data::backupSqlite(m_ctx.db, part); !s) {
        QFile::remove(part);
        return s.error();
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        return Error::io(tr("Could not name the backup %1.").arg(target));
    }
    // The key file beside the backups, once: without it a restored backup's audit log cannot be
    // read (data/AuditSeal.h). A copy that fails is said in the log, the backup still counts.
    const QString key = m_ctx.db.spec().keyFilePath();
    const QString keyCopy = QDir(p.folder).filePath(QFileInfo(key).fileName());
    if (QFileInfo::exists(key) && !QFileInfo::exists(keyCopy)) {
        if (QFile::copy(key, keyCopy))
            QFile::setPermissions(keyCopy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        else
            log::get("backup")->warn("could not copy the key file beside the backups");
    }
    const QStringList all = backups(p);
    for (qsizetype i = p.keep; i < all.size(); ++i) {
        if (!QFile::remove(all[i]))
            log::get("backup")->warn("could not remove the old backup {}", all[i].toStdString());
    }
    CRM_TRY(Guard::audit(m_ctx, &who, {u"backup"_s, u"database"_s, {}, {}, {{u"file"_s, target}}, {}}));
    log::get("backup")->info("backed up to {} ({} kept)", target.toStdString(), std::min<qsizetype>(p.keep, all.size()));
    return target;
}

int BackupService::deletionDelayDays()
{
    if (!applies())
        return 0;
    const BackupPolicy p = policy();
    if (p.everyHours <= 0 || p.keep <= 0)
        return 0;
    return int((qint64(p.everyHours) * p.keep + 23) / 24);
}

} // namespace crm::services
