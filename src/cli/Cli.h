#pragma once
// dealercrm-cli: one command per group file (src/cli/<Group>.cpp); this class is their shared
// frame (parsing, opening the database, messages). Headless; the same services as the GUI.
#include "core/Result.h"
#include "data/Database.h"
#include "services/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace crm::cli {

class Cli {
    // The translation context stays "Cli" (the catalogue knows it by that name).
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
    void err(const QString &line) { QTextStream(stderr) << line << Qt::endl; }

    // Opens --database (or $DEALERCRM_DATABASE, or the default file); migrates when asked.
    // readOnly: SQLite without writing (a backup of a file on a network share).
    Result<std::unique_ptr<data::Database>> openDb(const QCommandLineParser &p, bool migrate, bool readOnly = false);
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
    int cmdAppointments(const QStringList &args);
    int cmdCampaigns(const QStringList &args);
    int cmdMessages(const QStringList &args);
    int cmdFeedback(const QStringList &args);
    int cmdComplaints(const QStringList &args);
    int cmdSurveys(const QStringList &args);
    int cmdClub(const QStringList &args);
    int cmdLeads(const QStringList &args);
    int cmdReport(const QStringList &args);
    int prepareBoard(const QCommandLineParser &p);
    int cmdOem(const QStringList &args);
    int cmdUsage(const QStringList &args);
    int cmdSetupServer(const QStringList &args);
    int cmdDesks(const QStringList &args);
    int cmdPrivacy(const QStringList &args);
    int cmdNightly(const QStringList &args);

    // A parser for one command with --database and --help; false means "exit with *code".
    bool parse(QCommandLineParser &p, const QStringList &args, const QString &description, int *code);

    const QCommandLineOption m_dbOpt{{QStringLiteral("d"), QStringLiteral("database")},
                                     tr("SQLite file or postgresql://user@host:port/dbname."),
                                     tr("FILE|URL")};
};

} // namespace crm::cli
