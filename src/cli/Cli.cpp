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
#include "privacy/services/PrivacyService.h"
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

Result<std::unique_ptr<data::Database>> Cli::openDb(const QCommandLineParser &p, bool migrate, bool readOnly)
{
    QString arg = p.value(m_dbOpt);
    if (arg.isEmpty())
        arg = qEnvironmentVariable("DEALERCRM_DATABASE");
    if (arg.isEmpty())
        arg = data::ConnectionSpec::defaultSqlitePath();
    auto spec = data::ConnectionSpec::parse(arg);
    if (!spec)
        return spec.error();
    spec->readOnly = readOnly;
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
        services::Context ctx{**db};
        auto again = services::PrivacyService(ctx).prepare();
        if (!again)
            return again.error();
        if (*again > 0)
            out(tr("Erased %n customer(s) again that the erasure ledger lists (the database was restored from a backup).", "",
                   *again));
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

int Cli::run(const QStringList &argv)
{
    const QString usage =
        tr("Usage: dealercrm-cli [--database FILE|URL] COMMAND [options]\n"
           "Commands:\n"
           "  migrate   create or upgrade the schema\n"
           "  users     add | list | passwd | disable | enable\n"
           "  seed      --demo | --customers N [--seed S]\n"
           "  check     schema version and integrity / connectivity\n"
           "  backup    FILE [--read-only]: consistent copy of a live SQLite database\n"
           "  restore   BACKUP NEWFILE: checked copy of a backup into a new database file\n"
           "  import    customers FILE [--report REJECTS.csv]\n"
           "  export    customers FILE.csv|FILE.xlsx\n"
           "  search    TEXT [--limit N] [--json]\n"
           "  churn     --month YYYY-MM [--by model|advisor] [--json]\n"
           "  followups generate [--date YYYY-MM-DD]\n"
           "  appointments list [--date YYYY-MM-DD] [--json] | close-day [--date YYYY-MM-DD]\n"
           "  campaigns import-vins FILE --campaign NAME | results NAME [--json]\n"
           "  messages  send-due | receipts\n"
           "  complaints register --month YYYY-MM --out FILE | overdue [--json]\n"
           "  feedback  overdue [--json] | report --month YYYY-MM [--json]\n"
           "  surveys   scores --from DATE --to DATE [--by advisor|consultant|model|question] [--json]\n"
           "  club      statement CARD [--json] | expire [--date YYYY-MM-DD]\n"
           "  leads     import FILE.csv|FILE.xlsx [--consultant NAME]\n"
           "  report    weekly|monthly --period 2026-W47|2026-10 --out FILE.pdf|FILE.xlsx\n"
           "            | board  (counts the board's kept figures; nightly)\n"
           "  oem       templates | export TEMPLATE --out FILE [--since-last|--all|--month YYYY-MM]\n"
           "            | import surveys|complaints FILE [--report REJECTS.csv]\n"
           "  usage     report --from DATE --to DATE [--json]\n"
           "  setup-server --desk-role NAME: PostgreSQL login role for the desks (password on stdin)\n"
           "  desks     [--json]: who is connected to the PostgreSQL database now\n"
           "  privacy   erase CUSTOMER_ID --reason TEXT | requests [--open] [--json] | retention [--json] [--apply]\n"
           "            | verify-audit [--json]\n"
           "  nightly   every nightly job in order (what the packaged timer runs)\n"
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
    if (cmd == u"appointments"_s)
        return cmdAppointments(args);
    if (cmd == u"campaigns"_s)
        return cmdCampaigns(args);
    if (cmd == u"messages"_s)
        return cmdMessages(args);
    if (cmd == u"complaints"_s)
        return cmdComplaints(args);
    if (cmd == u"feedback"_s)
        return cmdFeedback(args);
    if (cmd == u"surveys"_s)
        return cmdSurveys(args);
    if (cmd == u"club"_s)
        return cmdClub(args);
    if (cmd == u"leads"_s)
        return cmdLeads(args);
    if (cmd == u"report"_s)
        return cmdReport(args);
    if (cmd == u"oem"_s)
        return cmdOem(args);
    if (cmd == u"usage"_s)
        return cmdUsage(args);
    if (cmd == u"setup-server"_s)
        return cmdSetupServer(args);
    if (cmd == u"desks"_s)
        return cmdDesks(args);
    if (cmd == u"privacy"_s)
        return cmdPrivacy(args);
    if (cmd == u"nightly"_s)
        return cmdNightly(args);
    return fail(tr("unknown command \"%1\".\n").arg(cmd) + usage, 2);
}

} // namespace crm::cli
