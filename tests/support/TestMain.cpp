// GoogleTest main that builds the Qt application first (as Qt Creator's tests do). Widget
// tests need a QApplication, the others a QGuiApplication (report PDFs); it runs offscreen unless a platform was chosen explicitly.
#include "core/Log.h"

#include <gtest/gtest.h>

#ifdef CRM_TEST_GUI
#include <QApplication>
using App = QApplication;
#else
// The reports draw charts and write PDFs, which need fonts: a GUI application, offscreen.
#include <QGuiApplication>
using App = QGuiApplication;
#endif
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);   // QSettings and data paths go to a test location
    App app(argc, argv);
    App::setOrganizationName(QStringLiteral("DealerCRM-tests"));
    App::setApplicationName(QStringLiteral("DealerCRM-tests"));
    crm::log::setup(QString(), QStringLiteral("tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
