// Scheduled backups with rotation (issue 10): due when the newest backup is as old as the
// setting says, the backup is a whole database that restores, the oldest beyond "keep" go and
// nothing else in the folder is touched; PostgreSQL is refused with where to go instead.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class BackupServiceTest : public test::DbTest {};

TEST_P(BackupServiceTest, ScheduledBackupsAreMadeWhenDueRotatedAndRestorable)
{
    const Session sys = Session::system(u"test"_s);
    BackupService backups(ctx());
    if (GetParam() == data::Engine::Postgres) {
        EXPECT_FALSE(backups.applies());
        EXPECT_FALSE(backups.isDue());
        auto r = backups.backUp(sys);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(u"pg_dump"_s)) << r.error().message.toStdString();
        return;
    }
    // Default: daily, seven kept, beside the database; due at once when there is none.
    EXPECT_EQ(backups.policy().folder, testDb().spec.sqlitePath + u".backups"_s);
    EXPECT_EQ(backups.policy().everyHours, 24);
    EXPECT_EQ(backups.policy().keep, 7);
    EXPECT_TRUE(backups.isDue());

    QTemporaryDir folder;
    ASSERT_OK(SettingsService(ctx()).set(sys, settings::kBackupFolder, folder.path()));
    ASSERT_OK(SettingsService(ctx()).set(sys, settings::kBackupKeep, u"3"_s));
    // Someone else's files in the folder, one named almost like ours: never touched.
    for (const QString &other : {u"notes.txt"_s, u"test-backup-old.sqlite"_s}) {
        QFile f(QDir(folder.path()).filePath(other));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    data::CustomerRow c;
    c.name = u"备份一"_s;
    ASSERT_OK(data::CustomerRepository(db()).insertCustomer(c, u"2026-11-22T00:00:00Z"_s));

    auto first = backups.backUp(sys);
    ASSERT_OK(first);
    EXPECT_TRUE(first->endsWith(u"test-backup-20261122-"_s + m_clock.nowUtc().toLocalTime().toString(u"HHmmss"_s) + u".sqlite"_s))
        << first->toStdString();
    EXPECT_EQ(backups.lastBackup(), QDateTime(m_clock.nowUtc().toLocalTime().date(), m_clock.nowUtc().toLocalTime().time()));
    EXPECT_FALSE(backups.isDue());
    m_clock.advanceSecs(23 * 3600);
    EXPECT_FALSE(backups.isDue());
    m_clock.advanceSecs(3600);
    EXPECT_TRUE(backups.isDue());
    ASSERT_OK(SettingsService(ctx()).set(sys, settings::kBackupEveryHours, u"0"_s));
    EXPECT_FALSE(backups.isDue()) << "0 hours: no scheduled backups";

    // Four more a day apart: three kept, the newest, and the first one gone.
    QStringList made{*first};
    for (int i = 0; i < 4; ++i) {
        c.name = u"备份%1"_s.arg(i + 2);
        ASSERT_OK(data::CustomerRepository(db()).insertCustomer(c, u"2026-11-22T00:00:00Z"_s));
        auto b = backups.backUp(sys);
        ASSERT_OK(b);
        made << *b;
        m_clock.advanceSecs(24 * 3600);
    }
    EXPECT_EQ(backups.backups(), (QStringList{made[4], made[3], made[2]}));
    EXPECT_FALSE(QFileInfo::exists(made[0]));
    EXPECT_FALSE(QFileInfo::exists(made[1]));
    EXPECT_TRUE(QFileInfo::exists(QDir(folder.path()).filePath(u"notes.txt"_s)));
    EXPECT_TRUE(QFileInfo::exists(QDir(folder.path()).filePath(u"test-backup-old.sqlite"_s)));
    EXPECT_TRUE(QDir(folder.path()).entryList({u"*.part"_s}).isEmpty());

    // The newest restores into a working database with everything written before it.
    const QString restored = QDir(folder.path()).filePath(u"restored.sqlite"_s);
    ASSERT_OK(data::restoreSqlite(made[4], restored));
    auto back = data::Database::open(data::ConnectionSpec::sqlite(restored));
    ASSERT_OK(back);
    EXPECT_EQ((*back)->scalar(u"SELECT COUNT(*) FROM customers"_s)->toInt(), 5);

    // Audited, and only for those allowed to back up: the administrator keeps the desk, so
    // the administrator may (without the right to export customer data); an agent may not.
    EXPECT_EQ(db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'backup'"_s)->toInt(), 5);
    const Session admin = test::insertUser(db(), u"root"_s, u"管理员"_s, Role::Admin);
    ASSERT_FALSE(admin.can(Permission::ExportData));
    ASSERT_OK(backups.backUp(admin));
    const Session agent = test::insertUser(db(), u"agent"_s, u"坐席"_s, Role::Agent);
    auto refused = backups.backUp(agent);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::PermissionDenied);
}

CRM_INSTANTIATE_ENGINES(BackupServiceTest);
