// dealercrm-cli: migrate, users, seed, check, backup. Headless; the same services as the GUI.
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
using namespace crm;

namespace {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    int run(const QStringList &args);

private:
    int fail(const QString &message, int code = 1)
    {
        QTextStream(stderr) << "dealercrm-cli: " << message << Qt::endl;
        return code;
    }
    int fail(const Error &e) { return fail(e.text()); }
    void out(const QString &line) { QTextStream(stdout) << line << Qt::endl; }

    // Opens --database (or $DEALERCRM_DATABASE, or the default file); migrates when asked.
    Result<std::unique_ptr<data::Database>> openDb(const QCommandLineParser &p, bool migrate);
    QString readPassword(const QCommandLineParser &p, const QString &prompt);
    services::Session actor() const;

    int cmdMigrate(const QStringList &args);
    int cmdUsers(const QStringList &args);
    int cmdSeed(const QStringList &args);
    int cmdCheck(const QStringList &args);
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdSearch(const QStringList &args);
    int cmdChurn(const QStringList &args);
    int cmdFollowups(const QStringList &args);
    int cmdComplaints(const QStringList &args);
    int cmdSurveys(const QStringList &args);
    int cmdClub(const QStringList &args);
    int cmdLeads(const QStringList &args);
    int cmdReport(const QStringList &args);

    // A parser for one command with --database and --help; false means "exit with *code".
    bool parse(QCommandLineParser &p, const QStringList &args, const QString &description, int *code);

    const QCommandLineOption m_dbOpt{
        {u"d"_s, u"database"_s}, tr("SQLite file or postgresql://user@host:port/dbname."), tr("FILE|URL")};
};

services::Session Cli::actor() const
{
    const QString user = qEnvironmentVariable("USER", u"unknown"_s);
    return services::Session::system(u"cli:"_s + user);
}

bool Cli::parse(QCommandLineParser &p, const QStringList &args, const QString &description, int *code)
{
    p.setApplicationDescription(description);
    p.addOption(m_dbOpt);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    p.addOption(help);
    if (!p.parse(args)) {
        *code = fail(p.errorText(), 2);
        return false;
    }
    if (p.isSet(help)) {
        out(p.helpText());
        *code = 0;
        return false;
    }
    return true;
}

Result<std::unique_ptr<data::Database>> Cli::openDb(const QCommandLineParser &p, bool migrate)
{
    QString arg = p.value(m_dbOpt);
    if (arg.isEmpty())
        arg = qEnvironmentVariable("DEALERCRM_DATABASE");
    if (arg.isEmpty())
        arg = data::ConnectionSpec::defaultSqlitePath();
    auto spec = data::ConnectionSpec::parse(arg);
    if (!spec)
        return spec.error();
    auto db = data::Database::open(*spec);
    if (!db)
        return db.error();
    if (migrate) {
        data::Migrator m(**db);
        auto backup = m.migrate();
        if (!backup)
            return backup.error();
        if (!backup->isEmpty())
            out(tr("Backed up the database before upgrading it: %1").arg(*backup));
    }
    return db;
}

QString Cli::readPassword(const QCommandLineParser &p, const QString &prompt)
{
    if (p.isSet(u"password"_s))
        return p.value(u"password"_s);
    QTextStream(stderr) << prompt << Qt::flush;
    return QTextStream(stdin).readLine();
}

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
    if (!parse(p, args, tr("Write a consistent copy of a live SQLite database."), &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return fail(tr("backup: give the file to write."), 2);
    auto db = openDb(p, false);
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

int Cli::cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"what"_s, tr("customers"));
    p.addPositionalArgument(u"file"_s, tr("CSV (UTF-8 or GB18030) or XLSX with Chinese or English headers."));
    p.addOption({u"report"_s, tr("Write the rejected rows, with line and reason, to this CSV file."), tr("FILE")});
    int code = 0;
    if (!parse(p, args, tr("Import customers, vehicles and service visits."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != u"customers"_s)
        return fail(tr("import: use: import customers FILE [--report REJECTS.csv]"), 2);
    auto table = services::ImportService::readFile(pos.at(1));
    if (!table)
        return fail(table.error());
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::ImportService importer({**db});
    const auto mapping = services::ImportService::guessMapping(table->headers);
    auto result = importer.importCustomers(actor(), *table, mapping, QFileInfo(pos.at(1)).fileName(), [](int done, int total) {
        if (done > 0 && done % 100000 == 0)
            QTextStream(stderr) << tr("%1 of %2 rows").arg(done).arg(total) << Qt::endl;
    });
    if (!result)
        return fail(result.error());
    if (p.isSet(u"report"_s)) {
        if (Status s = services::ImportService::writeRejections(p.value(u"report"_s), *table, *result); !s)
            return fail(s.error());
    } else {
        for (const services::ImportRejection &r : result->rejected)
            QTextStream(stderr) << tr("line %1: %2").arg(r.line).arg(r.reason) << Qt::endl;
    }
    // The line scripts read: the file was processed, even when some rows were rejected.
    out(u"imported %1, updated %2, rejected %3"_s.arg(result->imported).arg(result->updated).arg(result->rejected.size()));
    return 0;
}

int Cli::cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"what"_s, tr("customers"));
    p.addPositionalArgument(u"file"_s, tr("FILE.csv or FILE.xlsx"));
    int code = 0;
    if (!parse(p, args, tr("Export the customer archives."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != u"customers"_s)
        return fail(tr("export: use: export customers FILE.csv|FILE.xlsx"), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto n = services::ExportService({**db}).exportCustomers(actor(), {}, QDir::current().absoluteFilePath(pos.at(1)));
    if (!n)
        return fail(n.error());
    out(tr("Exported %1 customers to %2.").arg(*n).arg(pos.at(1)));
    return 0;
}

int Cli::cmdSearch(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"text"_s,
                            tr("Name or part of it, pinyin initials, mobile or its last 4, plate, VIN or its last 6."));
    p.addOption({u"limit"_s, tr("At most N results."), u"N"_s, u"20"_s});
    p.addOption({u"json"_s, tr("Print JSON.")});
    int code = 0;
    if (!parse(p, args, tr("Find customers."), &code))
        return code;
    if (p.positionalArguments().isEmpty())
        return fail(tr("search: give the text to search for."), 2);
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    auto rows =
        services::CustomerService({**db}).search(actor(), p.positionalArguments().join(u' '), p.value(u"limit"_s).toInt());
    if (!rows)
        return fail(rows.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const data::CustomerListRow &r : *rows)
            a << QJsonObject{{u"id"_s, r.id},     {u"name"_s, r.name},     {u"mobile"_s, r.mobile},
                             {u"city"_s, r.city}, {u"models"_s, r.models}, {u"plates"_s, r.plates}};
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const data::CustomerListRow &r : *rows)
        out(u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(r.id).arg(r.name, r.mobile, r.city, r.models, r.plates));
    return 0;
}

int Cli::cmdChurn(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({u"month"_s, tr("The month to report, YYYY-MM."), tr("YYYY-MM")});
    p.addOption({u"by"_s, tr("Group by model or advisor."), u"model|advisor"_s});
    p.addOption({u"json"_s, tr("Print JSON.")});
    int code = 0;
    if (!parse(p, args, tr("Churn: vehicle states and the monthly cohort churn rate."), &code))
        return code;
    const QDate month = QDate::fromString(p.value(u"month"_s) + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!month.isValid())
        return fail(tr("churn: give --month YYYY-MM."), 2);
    const QString by = p.value(u"by"_s);
    if (!by.isEmpty() && by != u"model"_s && by != u"advisor"_s)
        return fail(tr("churn: --by is model or advisor."), 2);
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    services::ChurnService churn({**db});
    const QDate asOf = qMin(month.addMonths(1).addDays(-1), QDate::currentDate());
    auto states = churn.states(actor(), asOf);
    if (!states)
        return fail(states.error());
    auto rows = churn.cohort(actor(), month,
                             by == u"model"_s     ? services::ChurnService::GroupBy::Model
                             : by == u"advisor"_s ? services::ChurnService::GroupBy::Advisor
                                                  : services::ChurnService::GroupBy::None);
    if (!rows)
        return fail(rows.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const services::CohortRow &r : *rows)
            a << QJsonObject{{u"group"_s, r.group}, {u"cohort"_s, r.cohort}, {u"churned"_s, r.churned}, {u"rate"_s, r.rate()}};
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"month"_s, month.toString(u"yyyy-MM"_s)},
                                                        {u"active"_s, states->active},
                                                        {u"at_risk"_s, states->atRisk},
                                                        {u"lost"_s, states->lost},
                                                        {u"excluded"_s, states->excluded},
                                                        {u"cohorts"_s, a}})
                                  .toJson(QJsonDocument::Compact)));
        return 0;
    }
    out(tr("Vehicles on %1: active %2, at risk %3, lost %4, excluded (sold/scrapped/moved) %5")
            .arg(asOf.toString(Qt::ISODate))
            .arg(states->active)
            .arg(states->atRisk)
            .arg(states->lost)
            .arg(states->excluded));
    for (const services::CohortRow &r : *rows)
        out(tr("%1cohort %2, churned %3, churn rate %4 %")
                .arg(r.group.isEmpty() ? QString() : r.group + u": "_s)
                .arg(r.cohort)
                .arg(r.churned)
                .arg(r.rate() * 100, 0, 'f', 1));
    return 0;
}

int Cli::cmdFollowups(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("generate"));
    p.addOption({u"date"_s, tr("Generate as of this day (default: today), YYYY-MM-DD."), tr("YYYY-MM-DD")});
    int code = 0;
    if (!parse(p, args, tr("Follow-up calls: generate today's tasks from the rules (for a nightly job)."), &code))
        return code;
    if (p.positionalArguments() != QStringList{u"generate"_s})
        return fail(tr("followups: use: followups generate [--date YYYY-MM-DD]"), 2);
    const QDate date = p.isSet(u"date"_s) ? QDate::fromString(p.value(u"date"_s), Qt::ISODate) : QDate::currentDate();
    if (!date.isValid())
        return fail(tr("followups: --date must be YYYY-MM-DD."), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto r = services::FollowupService({**db}).generate(actor(), date);
    if (!r)
        return fail(r.error());
    QStringList parts;
    for (auto it = r->created.cbegin(); it != r->created.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
    out(tr("created %1 tasks for %2 (%3); skipped: %4 opted out, %5 without marketing consent, %6 surveyed recently")
            .arg(r->total())
            .arg(date.toString(Qt::ISODate), parts.join(u", "_s))
            .arg(r->skippedOptOut)
            .arg(r->skippedConsent)
            .arg(r->skippedFatigue));
    return 0;
}

int Cli::cmdComplaints(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("register | overdue"));
    p.addOption({u"month"_s, tr("register: the month of registration, YYYY-MM."), tr("YYYY-MM")});
    p.addOption({u"out"_s, tr("register: the file to write (.xlsx or .csv)."), tr("FILE")});
    p.addOption({u"json"_s, tr("overdue: one JSON object per line.")});
    int code = 0;
    if (!parse(p, args, tr("Complaints: the monthly register, and the overdue chase for a nightly job."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos == QStringList{u"register"_s}) {
        const QDate month = QDate::fromString(p.value(u"month"_s) + u"-01"_s, u"yyyy-MM-dd"_s);
        if (!month.isValid() || !p.isSet(u"out"_s))
            return fail(tr("complaints: use: complaints register --month YYYY-MM --out FILE.(xlsx|csv)"), 2);
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        data::ComplaintFilter f;
        f.from = month;
        f.to = month.addMonths(1).addDays(-1);
        services::ComplaintService s({**db});
        if (auto r = s.exportRegister(actor(), f, p.value(u"out"_s)); !r)
            return fail(r.error());
        auto stats = s.statistics(actor(), f.from, f.to, u"category"_s);
        if (!stats)
            return fail(stats.error());
        out(tr("%1: %2 complaints, %3 closed (%4 on time), %5 open → %6")
                .arg(month.toString(u"yyyy-MM"_s))
                .arg(stats->total.count)
                .arg(stats->total.closed)
                .arg(stats->total.closedOnTime)
                .arg(stats->total.open)
                .arg(p.value(u"out"_s)));
        return 0;
    }
    if (pos == QStringList{u"overdue"_s}) {
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        services::ComplaintService s({**db});
        auto raised = s.raiseReminders(actor());
        if (!raised)
            return fail(raised.error());
        auto rows = s.needsAttention(actor());
        if (!rows)
            return fail(rows.error());
        for (const services::AttentionRow &a : *rows) {
            const bool overdue = a.worst.state == complaints::Deadline::State::Overdue;
            if (p.isSet(u"json"_s)) {
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"number"_s, a.row.number},
                                                                {u"customer"_s, a.row.customerName},
                                                                {u"level"_s, a.row.level},
                                                                {u"status"_s, a.row.status},
                                                                {u"deadline"_s, complaints::deadlineId(a.worst.kind)},
                                                                {u"state"_s, overdue ? u"overdue"_s : u"warning"_s},
                                                                {u"due"_s, a.worst.dueAt.toString(Qt::ISODate)},
                                                                {u"responsible"_s, a.row.responsible}})
                                          .toJson(QJsonDocument::Compact)));
            } else {
                out(u"%1  %2  %3  %4 %5 %6"_s.arg(
                    a.row.number, a.row.customerName, complaints::ComplaintText::status(a.row.status),
                    complaints::ComplaintText::deadline(a.worst.kind), complaints::ComplaintText::deadlineState(a.worst.state),
                    a.worst.dueAt.toString(u"yyyy-MM-dd HH:mm"_s)));
            }
        }
        if (!p.isSet(u"json"_s))
            out(tr("%n case(s) need attention; %1 new reminder(s) raised.", nullptr, int(rows->size())).arg(*raised));
        return 0;
    }
    return fail(tr("complaints: use: complaints register --month YYYY-MM --out FILE | complaints overdue [--json]"), 2);
}

int Cli::cmdSurveys(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("scores"));
    p.addOption({u"from"_s, tr("First day, YYYY-MM-DD."), tr("DATE")});
    p.addOption({u"to"_s, tr("Last day, YYYY-MM-DD."), tr("DATE")});
    p.addOption({u"by"_s, tr("advisor (service), consultant (sales), model, question, template, month, week."), tr("GROUP")});
    p.addOption({u"json"_s, tr("One JSON object per line.")});
    int code = 0;
    if (!parse(p, args, tr("Satisfaction surveys: index (of 1000), NPS and CSAT for a period."), &code))
        return code;
    const QDate from = QDate::fromString(p.value(u"from"_s), u"yyyy-MM-dd"_s);
    const QDate to = QDate::fromString(p.value(u"to"_s), u"yyyy-MM-dd"_s);
    if (p.positionalArguments() != QStringList{u"scores"_s} || !from.isValid() || !to.isValid())
        return fail(tr("surveys: use: surveys scores --from YYYY-MM-DD --to YYYY-MM-DD [--by advisor|consultant|model|question] "
                       "[--json]"),
                    2);
    QString by = p.value(u"by"_s);
    QString purpose;
    if (by == u"advisor"_s) {
        by = u"staff"_s;
        purpose = u"service"_s;
    } else if (by == u"consultant"_s) {
        by = u"staff"_s;
        purpose = u"sales"_s;
    } else if (by.isEmpty()) {
        by = u"total"_s;
    }
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto rows = services::SurveyService({**db}).scores(actor(), from, to, by, purpose);
    if (!rows)
        return fail(rows.error());
    auto num = [](const std::optional<double> &v) { return v ? QJsonValue(std::round(*v * 10.0) / 10.0) : QJsonValue(); };
    for (const services::SurveyScore &r : *rows) {
        if (p.isSet(u"json"_s))
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"group"_s, r.label},
                                                            {u"responses"_s, r.responses},
                                                            {u"index"_s, num(r.index())},
                                                            {u"nps"_s, num(r.nps())},
                                                            {u"csat"_s, num(r.csat())}})
                                      .toJson(QJsonDocument::Compact)));
        else
            out(tr("%1: %2 responses, index %3, NPS %4, CSAT %5 %")
                    .arg(r.label.isEmpty() ? tr("all") : r.label)
                    .arg(r.responses)
                    .arg(r.index() ? QString::number(*r.index(), 'f', 0) : u"-"_s,
                         r.nps() ? QString::number(*r.nps(), 'f', 1) : u"-"_s,
                         r.csat() ? QString::number(*r.csat(), 'f', 1) : u"-"_s));
    }
    return 0;
}

int Cli::cmdClub(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("statement CARD | expire"));
    p.addOption({u"json"_s, tr("statement: one JSON object per ledger line.")});
    p.addOption({u"date"_s, tr("expire: the day to run for (default today)."), tr("YYYY-MM-DD")});
    int code = 0;
    if (!parse(p, args, tr("Owners' club: a member's statement, and the nightly run (expiry, birthday points, tier review)."),
               &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() == 2 && pos.first() == u"statement"_s) {
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        services::ClubService club({**db});
        auto memberId = club.memberOfCard(pos[1]);
        if (!memberId)
            return fail(memberId.error());
        auto member = club.member(actor(), *memberId);
        if (!member)
            return fail(member.error());
        auto lines = club.statement(actor(), *memberId);
        if (!lines)
            return fail(lines.error());
        const bool json = p.isSet(u"json"_s);
        if (!json)
            out(tr("%1 · card %2 · %3 · %4 points available")
                    .arg(member->customerName, pos[1], club::ClubText::tier(member->tier))
                    .arg(member->available));
        for (const services::StatementLine &l : *lines) {
            if (json)
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"at"_s, l.at.toString(Qt::ISODate)},
                                                                {u"kind"_s, l.kind},
                                                                {u"points"_s, l.points},
                                                                {u"balance"_s, l.balance},
                                                                {u"reason"_s, l.reason},
                                                                {u"card"_s, l.cardNumber},
                                                                {u"by"_s, l.by}})
                                          .toJson(QJsonDocument::Compact)));
            else
                out(u"%1  %2  %3  %4  %5"_s
                        .arg(l.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), club::ClubText::ledgerKind(l.kind))
                        .arg(l.points, 8)
                        .arg(l.balance, 8)
                        .arg(l.reason));
        }
        return 0;
    }
    if (pos == QStringList{u"expire"_s}) {
        const QDate day = p.isSet(u"date"_s) ? QDate::fromString(p.value(u"date"_s), u"yyyy-MM-dd"_s) : QDate::currentDate();
        if (!day.isValid())
            return fail(tr("club: --date must be YYYY-MM-DD."), 2);
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        auto run = services::ClubService({**db}).runDaily(actor(), day);
        if (!run)
            return fail(run.error());
        out(tr("%1: %2 points expired, %3 birthday award(s), %4 tier change(s).")
                .arg(day.toString(Qt::ISODate))
                .arg(run->pointsExpired)
                .arg(run->birthdaysAwarded)
                .arg(run->tiersChanged));
        return 0;
    }
    return fail(tr("club: use: club statement CARD [--json] | club expire [--date YYYY-MM-DD]"), 2);
}

int Cli::cmdLeads(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("import FILE"));
    p.addOption({u"consultant"_s, tr("The sales consultant for rows that name none."), tr("NAME")});
    int code = 0;
    if (!parse(p, args, tr("Leads: import a web platform's export (CSV or XLSX with a header row)."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != u"import"_s)
        return fail(tr("leads: use: leads import FILE.csv|FILE.xlsx [--consultant NAME]"), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    auto r = services::LeadService({**db}).importFile(actor(), pos[1], p.value(u"consultant"_s));
    if (!r)
        return fail(r.error());
    for (const auto &rej : r->rejected)
        QTextStream(stderr) << tr("line %1: %2").arg(rej.line).arg(rej.reason) << Qt::endl;
    out(tr("%1 lead(s) added, %2 already there, %3 rejected.").arg(r->added).arg(r->alreadyThere).arg(r->rejected.size()));
    return r->rejected.isEmpty() ? 0 : 3;
}

int Cli::cmdReport(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"kind"_s, tr("weekly | monthly"));
    p.addOption({u"period"_s, tr("The week (2026-W47) or month (2026-10); the last whole one when left out."), tr("PERIOD")});
    p.addOption({u"out"_s, tr("The file to write: .pdf or .xlsx."), tr("FILE")});
    int code = 0;
    if (!parse(p, args, tr("The weekly or monthly report (KPIs, charts, complaints, follow-ups, club) as PDF or XLSX."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString usage = tr("report: use: report weekly|monthly --period 2026-W47|2026-10 --out FILE.(pdf|xlsx)");
    if (pos.size() != 1 || (pos.first() != u"weekly"_s && pos.first() != u"monthly"_s) || !p.isSet(u"out"_s))
        return fail(usage, 2);
    const auto kind = pos.first() == u"weekly"_s ? dashboard::Period::Kind::Week : dashboard::Period::Kind::Month;
    std::optional<dashboard::Period> period;
    if (p.isSet(u"period"_s)) {
        period = dashboard::Period::parse(p.value(u"period"_s));
        if (!period || period->kind != kind)
            return fail(
                tr("report: “%1” is not a %2 period (e.g. %3).")
                    .arg(p.value(u"period"_s), pos.first(), kind == dashboard::Period::Kind::Week ? u"2026-W47"_s : u"2026-10"_s),
                2);
    } else {
        period = dashboard::Period::containing(kind, QDate::currentDate()).previous();
    }
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::ReportService reports({**db});
    auto r = reports.build(actor(), *period);
    if (!r)
        return fail(r.error());
    if (auto w = reports.write(actor(), *r, p.value(u"out"_s)); !w)
        return fail(w.error());
    out(tr("%1 (%2 to %3) → %4")
            .arg(r->title(), period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate), p.value(u"out"_s)));
    return 0;
}

int Cli::run(const QStringList &argv)
{
    const QString usage = tr("Usage: dealercrm-cli [--database FILE|URL] COMMAND [options]\n"
                             "Commands:\n"
                             "  migrate   create or upgrade the schema\n"
                             "  users     add | list | passwd | disable | enable\n"
                             "  seed      --demo | --customers N [--seed S]\n"
                             "  check     schema version and integrity / connectivity\n"
                             "  backup    FILE: consistent copy of a live SQLite database\n"
                             "  restore   BACKUP NEWFILE: checked copy of a backup into a new database file\n"
                             "  import    customers FILE [--report REJECTS.csv]\n"
                             "  export    customers FILE.csv|FILE.xlsx\n"
                             "  search    TEXT [--limit N] [--json]\n"
                             "  churn     --month YYYY-MM [--by model|advisor] [--json]\n"
                             "  followups generate [--date YYYY-MM-DD]\n"
                             "  complaints register --month YYYY-MM --out FILE | overdue [--json]\n"
                             "  surveys   scores --from DATE --to DATE [--by advisor|consultant|model|question] [--json]\n"
                             "  club      statement CARD [--json] | expire [--date YYYY-MM-DD]\n"
                             "  leads     import FILE.csv|FILE.xlsx [--consultant NAME]\n"
                             "  report    weekly|monthly --period 2026-W47|2026-10 --out FILE.pdf|FILE.xlsx\n"
                             "Every command takes --help.");
    // Global options may come before the command; pass them on to the command's parser.
    QStringList rest = argv.mid(1);
    QStringList global;
    while (!rest.isEmpty() && rest.first().startsWith(u'-')) {
        const QString a = rest.takeFirst();
        if (a == u"-h"_s || a == u"--help"_s) {
            out(usage);
            return 0;
        }
        if (a == u"--version"_s) {
            out(u"dealercrm-cli "_s + QString::fromLatin1(kVersion));
            return 0;
        }
        if (a == u"-v"_s || a == u"--verbose"_s) {
            log::setup(log::defaultLogDir(), u"dealercrm-cli"_s, true);
            continue;
        }
        global << a;
        if ((a == u"-d"_s || a == u"--database"_s) && !rest.isEmpty())
            global << rest.takeFirst();
    }
    if (rest.isEmpty())
        return fail(tr("no command given.\n") + usage, 2);
    const QString cmd = rest.takeFirst();
    const QStringList args = QStringList{argv.first()} + global + rest;
    if (cmd == u"migrate"_s)
        return cmdMigrate(args);
    if (cmd == u"users"_s)
        return cmdUsers(args);
    if (cmd == u"seed"_s)
        return cmdSeed(args);
    if (cmd == u"check"_s)
        return cmdCheck(args);
    if (cmd == u"backup"_s)
        return cmdBackup(args);
    if (cmd == u"restore"_s)
        return cmdRestore(args);
    if (cmd == u"import"_s)
        return cmdImport(args);
    if (cmd == u"export"_s)
        return cmdExport(args);
    if (cmd == u"search"_s)
        return cmdSearch(args);
    if (cmd == u"churn"_s)
        return cmdChurn(args);
    if (cmd == u"followups"_s)
        return cmdFollowups(args);
    if (cmd == u"complaints"_s)
        return cmdComplaints(args);
    if (cmd == u"surveys"_s)
        return cmdSurveys(args);
    if (cmd == u"club"_s)
        return cmdClub(args);
    if (cmd == u"leads"_s)
        return cmdLeads(args);
    if (cmd == u"report"_s)
        return cmdReport(args);
    return fail(tr("unknown command \"%1\".\n").arg(cmd) + usage, 2);
}

} // namespace

int main(int argc, char *argv[])
{
    crm::pinLocalTimeZone();
    // Reports draw charts and lay out PDFs, which needs fonts: a GUI application without a
    // screen. Every other command stays a plain core application (no display needed at all).
    const bool gui = argc > 1 && std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "report") == 0; });
    if (gui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(u"DealerCRM"_s);
    QCoreApplication::setApplicationName(u"DealerCRM"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    log::setup(log::defaultLogDir(), u"dealercrm-cli"_s);
    log::installQtMessageHandler();
    // Messages and reports in the language of the system locale (Chinese on a Chinese desk).
    i18n::install(*application, QString());
    return Cli().run(QCoreApplication::arguments());
}
