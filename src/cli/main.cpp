// dealercrm-cli: the command line (src/cli/Cli.h and one file per command group).
#include "cli/Cli.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QGuiApplication>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm;

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
    return cli::Cli().run(QCoreApplication::arguments());
}
