#include "oem/ui/OemModule.h"

#include "oem/ui/OemPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::oem {

QString OemModule::title() const
{
    return QCoreApplication::translate("crm::ui::oem::OemPage", "Manufacturer's files");
}

QIcon OemModule::icon() const
{
    return QIcon(u":/icons/oem.svg"_s);
}

QWidget *OemModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new OemPage(app, parent);
    return m_page;
}

} // namespace crm::ui::oem
