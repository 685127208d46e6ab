#include "surveys/ui/SurveysModule.h"

#include "surveys/ui/SurveysPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::surveys {

QString SurveysModule::title() const
{
    return QCoreApplication::translate("crm::ui::surveys::SurveysPage", "Satisfaction surveys");
}

QIcon SurveysModule::icon() const
{
    return QIcon(u":/icons/surveys.svg"_s);
}

QWidget *SurveysModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new SurveysPage(app, parent);
    return m_page;
}

void SurveysModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::surveys
