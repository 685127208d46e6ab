// dealercrm-cli migrate, users, seed, check, backup, restore: the database and its accounts.
#include "cli/Cli.h"

#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "archives/services/ExportService.h"
#include "archives/services/ImportService.h"
#include "complaints/services/ComplaintService.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Version.h"
#include "data/Database.h"
#include "data/Migrator.h"
#include "followups/services/FollowupService.h"
#include "seed/SeedService.h"
#include "services/UserService.h"
#include "surveys/services/SurveyService.h"

#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "core/Translations.h"
#include "dashboard/services/ReportService.h"
#include "leads/services/LeadService.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <cmath>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdMigrate(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args, tr("Create or upgrade the database schema."), &code))
        return code;
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    data::Migrator m(**db);
    auto before = m.currentVersion();
    if (!before)
        return fail(before.error());
    auto backup = m.migrate([this](int done, int total, const QString &name) {
        if (!name.isEmpty())
            out(tr("Applying migration %1 of %2: %3").arg(done + 1).arg(total).arg(name));
    });
    if (!backup)
        return fail(backup.error());
    if (!backup->isEmpty())
        out(tr("Backed up the database before upgrading it: %1").arg(*backup));
    out(tr("Schema version %1 (was %2).").arg(m.latestVersion()).arg(*before));
    return 0;
}

int Cli::cmdUsers(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("add | list | passwd | disable | enable"));
    p.addPositionalArgument(u"username"_s, tr("The account to act on."));
    p.addOption({u"name"_s, tr("The person's name (add)."), tr("NAME")});
    p.addOption({u"role"_s, tr("agent | archivist | club | manager | admin (add)."), tr("ROLE")});
    p.addOption({u"password"_s, tr("The password; without it, one line is read from standard input."), tr("PASSWORD")});
    int code = 0;
    if (!parse(p, args, tr("Manage user accounts."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return fail(tr("users: say what to do: add, list, passwd, disable or enable."), 2);
    const QString action = pos.first();
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::UserService users({**db});
    const services::Session me = actor();

    if (action == u"list"_s) {
        auto list = users.list(me);
        if (!list)
            return fail(list.error());
        for (const data::UserRow &u : *list)
            out(u"%1\t%2\t%3\t%4"_s.arg(u.username, RoleText::id(u.role), u.displayName,
                                        u.active ? tr("active") : tr("disabled")));
        return 0;
    }
    if (pos.size() < 2)
        return fail(tr("users %1: give the user name.").arg(action), 2);
    const QString username = pos.at(1);
    if (action == u"add"_s) {
        const auto role = RoleText::fromId(p.value(u"role"_s));
        if (!role)
            return fail(tr("users add: --role must be one of agent, archivist, club, manager, admin."), 2);
        const QString name = p.value(u"name"_s).isEmpty() ? username : p.value(u"name"_s);
        const QString pw = readPassword(p, tr("Password for %1: ").arg(username));
        auto first = users.needsFirstAdmin();
        if (!first)
            return fail(first.error());
        if (*first && *role != Role::Admin)
            return fail(tr("users add: the first account of a database must be an admin."));
        if (*first) {
            auto s = users.createFirstAdmin({username, name, Role::Admin, pw});
            if (!s)
                return fail(s.error());
        } else if (auto id = users.add(me, {username, name, *role, pw}); !id) {
            return fail(id.error());
        }
        out(tr("Added user %1 (%2).").arg(username.toLower(), RoleText::id(*role)));
        return 0;
    }
    auto target = users.byUsername(username);
    if (!target)
        return fail(target.error());
    if (action == u"passwd"_s) {
        const QString pw = readPassword(p, tr("New password for %1: ").arg(username));
        if (Status s = users.resetPassword(me, target->id, pw); !s)
            return fail(s.error());
        out(tr("Password of %1 changed.").arg(target->username));
        return 0;
    }
    if (action == u"disable"_s || action == u"enable"_s) {
        if (Status s = users.setActive(me, target->id, action == u"enable"_s); !s)
            return fail(s.error());
        out(action == u"enable"_s ? tr("Enabled %1.").arg(target->username) : tr("Disabled %1.").arg(target->username));
        return 0;
    }
    return fail(tr("users: unknown action \"%1\"; use add, list, passwd, disable or enable.").arg(action), 2);
}

int Cli::cmdSeed(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"demo"_s, tr("Demo data: one user per role and a few hundred customers (needs an empty database).")});
    p.addOption({u"customers"_s,
                 tr("Generate N customers with vehicles, service history, follow-ups, club members and complaints."), u"N"_s});
    p.addOption({u"seed"_s, tr("Random seed; the same seed gives the same data."), u"S"_s, u"1"_s});
    int code = 0;
    if (!parse(p, args, tr("Fill the database with demo or synthetic data."), &code))
        return code;
    if (p.isSet(u"demo"_s) == p.isSet(u"customers"_s))
        return fail(tr("seed: give either --demo or --customers N."), 2);
    bool okSeed = false;
    const quint64 seed = p.value(u"seed"_s).toULongLong(&okSeed);
    if (!okSeed)
        return fail(tr("seed: --seed must be a whole number."), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::SeedService seeder({**db});
    QElapsedTimer timer;
    timer.start();
    if (p.isSet(u"demo"_s)) {
        if (Status s = seeder.seedDemo(actor(), p.isSet(u"seed"_s) ? seed : 2026); !s)
            return fail(s.error());
        out(tr("Demo data written to %1. Sign in as admin / demo-admin (see the README for the other roles).")
                .arg((*db)->spec().display()));
        return 0;
    }
    bool okN = false;
    const qint64 n = p.value(u"customers"_s).toLongLong(&okN);
    if (!okN || n <= 0)
        return fail(tr("seed: --customers must be a positive whole number."), 2);
    qint64 lastPrinted = 0;
    Status s = seeder.seedCustomers(actor(), n, seed, [&](qint64 done, qint64 total) {
        if (done - lastPrinted >= 50000 || done == total) {
            QTextStream(stderr) << tr("%1 of %2 customers").arg(done).arg(total) << Qt::endl;
            lastPrinted = done;
        }
    });
    if (!s)
        return fail(s.error());
    const double customerSeconds = timer.elapsed() / 1000.0;
    lastPrinted = 0;
    auto activity = seeder.seedActivity(actor(), seed, [&](qint64 done, qint64 total) {
        if (done - lastPrinted >= 500000 || done == total) {
            QTextStream(stderr) << tr("follow-ups: %1 of %2 service visits").arg(done).arg(total) << Qt::endl;
            lastPrinted = done;
        }
    });
    if (!activity)
        return fail(activity.error());
    out(tr("Generated %1 customers in %2 s, then %3 rows of desk activity (follow-ups, club, complaints) in %4 s.")
            .arg(n)
            .arg(customerSeconds, 0, 'f', 1)
            .arg(*activity)
            .arg(timer.elapsed() / 1000.0 - customerSeconds, 0, 'f', 1));
    return 0;
}

int Cli::cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args, tr("Check the schema version and the database's integrity or connectivity."), &code))
        return code;
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    data::Migrator m(**db);
    auto v = m.currentVersion();
    if (!v)
        return fail(v.error());
    out(tr("Database: %1").arg((*db)->spec().display()));
    out(tr("Schema version: %1 (this program: %2)").arg(*v).arg(m.latestVersion()));
    if (auto by = m.upgradedBy(); by && !by->isEmpty())
        out(tr("Last upgraded by DealerCRM %1; this is DealerCRM %2.").arg(*by, QString::fromLatin1(kVersion)));
    auto health = m.health();
    if (!health)
        return fail(health.error());
    if ((*db)->engine() == data::Engine::Sqlite) {
        out(tr("quick_check: %1").arg(*health));
        if (*health != u"ok"_s)
            return fail(tr("the database file is damaged; restore a backup."));
    } else {
        out(tr("Connected: %1").arg(*health));
    }
    if (*v > m.latestVersion())
        return fail(tr("the database is newer than this program; install the newer DealerCRM."));
    if (*v < m.latestVersion())
        return fail(tr("the schema is out of date; run dealercrm-cli migrate."));
    return 0;
}

int Cli::cmdBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"file"_s, tr("Where to write the copy (must not exist)."));
    int code = 0;
    const QCommandLineOption readOnly(u"read-only"_s, tr("Open the database without writing: the way to back up a file "
                                                         "on a network share, which is refused otherwise."));
    p.addOption(readOnly);
    if (!parse(p, args, tr("Write a consistent copy of a live SQLite database."), &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return fail(tr("backup: give the file to write."), 2);
    auto db = openDb(p, false, p.isSet(readOnly));
    if (!db)
        return fail(db.error());
    const QString target = QDir::current().absoluteFilePath(p.positionalArguments().first());
    if (Status s = data::backupSqlite(**db, target); !s)
        return fail(s.error());
    out(tr("Backup written to %1.").arg(target));
    return 0;
}

int Cli::cmdRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"backup"_s, tr("The backup file (from backup or the scheduled backups)."));
    p.addPositionalArgument(u"file"_s, tr("The new database file to restore into (must not exist)."));
    int code = 0;
    if (!parse(p, args, tr("Restore a SQLite backup into a new database file, after checking its integrity and schema version."),
               &code))
        return code;
    if (p.positionalArguments().size() != 2)
        return fail(tr("restore: give the backup file and the new database file."), 2);
    const QString backup = QDir::current().absoluteFilePath(p.positionalArguments().at(0));
    const QString target = QDir::current().absoluteFilePath(p.positionalArguments().at(1));
    auto v = data::restoreSqlite(backup, target);
    if (!v)
        return fail(v.error());
    out(tr("Restored %1 into %2 (schema version %3). Open it with --database %2.").arg(backup, target).arg(*v));
    return 0;
}

} // namespace crm::cli
