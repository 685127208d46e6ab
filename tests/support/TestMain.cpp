// GoogleTest main that builds the Qt application first (as Qt Creator's tests do). Widget
// tests need a QApplication, the others a QGuiApplication (report PDFs); it runs offscreen unless a platform was chosen
// explicitly.
#include "core/Clock.h"
#include "core/Log.h"

#include <gtest/gtest.h>

#ifdef CRM_TEST_GUI
#include "ui/shell/DialogSizer.h"
#include "ui/shell/WheelGuard.h"

#include <QApplication>
using App = QApplication;
#else
// The reports draw charts and write PDFs, which need fonts: a GUI application, offscreen.
#include <QGuiApplication>
using App = QGuiApplication;
#endif
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    crm::pinLocalTimeZone();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs each test as its own process, two at a time: every process gets its own
    // configuration folder, or one test's QSettings().clear() empties another's window
    // layout and dashboard cache half-way through it.
    QTemporaryDir config;
    QStandardPaths::setTestModeEnabled(true); // data paths go to a test location
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
    App app(argc, argv);
    App::setOrganizationName(QStringLiteral("DealerCRM-tests"));
    App::setApplicationName(QStringLiteral("DealerCRM-tests"));
#ifdef CRM_TEST_GUI
    crm::ui::WheelGuard::install(app); // as the program does
    crm::ui::DialogSizer::install(app);
#endif
#ifdef CRM_TEST_LOG_DIR
    // The widget tests log to files as the program does, one per process, so that
    // crm_test_logcheck can look through everything a full UI run wrote for personal data.
    crm::log::setup(QStringLiteral(CRM_TEST_LOG_DIR), QStringLiteral("ui-%1").arg(QCoreApplication::applicationPid()));
    crm::log::installQtMessageHandler();
#else
    crm::log::setup(QString(), QStringLiteral("tests"));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
