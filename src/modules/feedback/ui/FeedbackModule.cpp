#include "feedback/ui/FeedbackModule.h"

#include "feedback/ui/FeedbackPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::feedback {

QString FeedbackModule::title() const
{
    return QCoreApplication::translate("crm::ui::feedback::FeedbackPage", "Feedback");
}

QIcon FeedbackModule::icon() const
{
    return QIcon(u":/icons/feedback.svg"_s);
}

QWidget *FeedbackModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new FeedbackPage(app, parent);
    return m_page;
}

void FeedbackModule::open(const SearchHit &hit)
{
    if (m_page)
        m_page->openItem(hit.key.toLongLong());
}

void FeedbackModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::feedback
