// dealercrm: the desktop program. Opens the database, migrates it, signs the user in, shows the shell.
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "data/Migrator.h"
#include "privacy/services/PrivacyService.h"
#include "services/UserService.h"
#include "ui/shell/DialogSizer.h"
#include "ui/shell/FirstRunWizard.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/WheelGuard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <climits>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace crm;

namespace {
// Qt aborts with a long message when there is no display; say it in one line instead.
bool haveDisplay()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// A start that cannot go on: a message box for the user, exit code 1. The start-up benchmark
// (tests/bench, DEALERCRM_STARTUP_PROBE) has nobody to close the box, so it gets the message on
// stderr instead of waiting for a click.
int cannotStart(const QString &title, const QString &message)
{
    if (qEnvironmentVariableIsSet("DEALERCRM_STARTUP_PROBE"))
        std::fprintf(stderr, "dealercrm: %s\n", qPrintable(message));
    else
        QMessageBox::critical(nullptr, title, message);
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    crm::pinLocalTimeZone();
    // --help and --version answer on a terminal without a display too (help2man, a server's shell).
    for (int i = 1; i < argc; ++i)
        if (const QByteArray a(argv[i]); a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!haveDisplay()) {
        std::fputs("dealercrm: no graphical display (DISPLAY is not set); run it on a desktop, "
                   "or use dealercrm-cli for headless work.\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"DealerCRM"_s);
    QApplication::setApplicationName(u"DealerCRM"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setWindowIcon(QIcon(u":/icons/dealercrm.svg"_s));
    ui::WheelGuard::install(app);
    ui::DialogSizer::install(app);
    log::setup(log::defaultLogDir(), u"dealercrm"_s);
    log::installQtMessageHandler();
    i18n::install(app, ui::SettingsDialog::storedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "DealerCRM — customer relations for car dealerships."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt({u"d"_s, u"database"_s},
                                   QApplication::translate("main", "SQLite file or postgresql://user@host:port/dbname."),
                                   QApplication::translate("main", "FILE|URL"));
    const QCommandLineOption userOpt({u"u"_s, u"user"_s}, QApplication::translate("main", "User name to offer at sign-in."),
                                     QApplication::translate("main", "NAME"));
    parser.addOption(dbOpt);
    parser.addOption(userOpt);
    parser.process(app);

    const QString title = QApplication::translate("main", "DealerCRM");
    QString target = parser.value(dbOpt);
    if (target.isEmpty())
        target = qEnvironmentVariable("DEALERCRM_DATABASE", data::ConnectionSpec::defaultSqlitePath());
    auto spec = data::ConnectionSpec::parse(target);
    if (!spec) {
        return cannotStart(title, spec.error().message);
    }
    auto db = data::Database::open(*spec);
    if (!db) {
        return cannotStart(title, db.error().text());
    }
    {
        data::Migrator migrator(**db);
        QProgressDialog progress(QApplication::translate("main", "Preparing the database…"), QString(), 0, 0);
        progress.setWindowTitle(title);
        progress.setMinimumDuration(500);
        auto backup = migrator.migrate([&](int done, int total, const QString &) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
        if (!backup) {
            return cannotStart(title, backup.error().text());
        }
        // Sealing of the audit log set up on a database that has none (the first start after the
        // upgrade: every entry about a customer is sealed, with progress), and erasures replayed
        // on a restored backup.
        progress.setLabelText(QApplication::translate("main", "Sealing the audit log's personal values…"));
        services::Context prep{**db};
        auto prepared = services::PrivacyService(prep).prepare([&](qint64 done, qint64 total) {
            progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
            progress.setValue(int(std::min<qint64>(done, INT_MAX)));
            return true;
        });
        if (!prepared) {
            return cannotStart(title, prepared.error().text());
        }
    }

    services::Context ctx{**db};
    services::UserService users(ctx);
    auto first = users.needsFirstAdmin();
    if (!first) {
        return cannotStart(title, first.error().text());
    }
    std::optional<services::Session> session;
    QString firstImport; // the DMS export chosen at the first run, opened once the window shows
    if (*first) {
        ui::FirstRunWizard wizard(ctx);
        if (qEnvironmentVariableIsSet("DEALERCRM_STARTUP_PROBE")) // the first usable window, as below
            QTimer::singleShot(0, &wizard, &QDialog::reject);
        const bool finished = wizard.exec() == QDialog::Accepted;
        if (!wizard.session()) // cancelled before the administrator existed: nothing was stored
            return 0;
        session = wizard.session();
        if (finished)
            firstImport = wizard.importPath();
    }
    QString offer = parser.value(userOpt);
    // Sign out / switch user closes the window and comes back here; quitting ends the loop.
    for (;;) {
        if (!session) {
            ui::LoginDialog dlg(users, spec->display());
            if (!offer.isEmpty())
                dlg.setUsername(offer);
            // The start-up benchmark (tests/bench) times the process to its first usable window.
            if (qEnvironmentVariableIsSet("DEALERCRM_STARTUP_PROBE"))
                QTimer::singleShot(0, &dlg, &QDialog::reject);
            if (dlg.exec() != QDialog::Accepted)
                return 0;
            session = dlg.session();
        }
        ui::AppContext appCtx{ctx, *session};
        ui::MainWindow window(appCtx, ui::createModules());
        window.show();
        if (!firstImport.isEmpty())
            QTimer::singleShot(0, &window,
                               [&window, path = std::exchange(firstImport, {})] { window.openFile(u"archives"_s, path); });
        const int code = app.exec();
        if (!window.signedOut())
            return code;
        offer.clear();
        session.reset();
    }
}
