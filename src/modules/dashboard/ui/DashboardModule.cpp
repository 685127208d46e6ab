#include "dashboard/ui/DashboardModule.h"

#include "dashboard/ui/DashboardPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::dashboard {

QString DashboardModule::title() const
{
    return QCoreApplication::translate("crm::ui::dashboard::DashboardPage", "Manager dashboard");
}

QIcon DashboardModule::icon() const
{
    return QIcon(u":/icons/dashboard.svg"_s);
}

QWidget *DashboardModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new DashboardPage(app, parent);
    return m_page;
}

void DashboardModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::dashboard
