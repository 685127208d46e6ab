#include "campaigns/ui/CampaignsModule.h"

#include "campaigns/ui/CampaignsPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::campaigns {

QString CampaignsModule::title() const
{
    return QCoreApplication::translate("crm::ui::campaigns::CampaignsPage", "Campaigns");
}

QIcon CampaignsModule::icon() const
{
    return QIcon(u":/icons/campaigns.svg"_s);
}

QWidget *CampaignsModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new CampaignsPage(app, parent);
    return m_page;
}

void CampaignsModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::campaigns
