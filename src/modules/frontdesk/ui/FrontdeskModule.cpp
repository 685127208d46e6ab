#include "frontdesk/ui/FrontdeskModule.h"

#include "frontdesk/ui/FrontdeskPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {

QString FrontdeskModule::title() const
{
    return QCoreApplication::translate("crm::ui::frontdesk::FrontdeskPage", "Appointments");
}

QIcon FrontdeskModule::icon() const
{
    return QIcon(u":/icons/frontdesk.svg"_s);
}

QWidget *FrontdeskModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new FrontdeskPage(app, parent);
    return m_page;
}

void FrontdeskModule::open(const SearchHit &hit)
{
    if (m_page)
        m_page->openAppointment(hit.key.toLongLong());
}

void FrontdeskModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::frontdesk
