#include "followups/ui/FollowupsModule.h"

#include "followups/ui/CallDeskPage.h"
#include "followups/ui/FollowupReportsPage.h"
#include "followups/ui/FollowupRulesPage.h"

#include <QCoreApplication>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace crm::ui::followups {

QString FollowupsModule::title() const
{
    return QCoreApplication::translate("crm::ui::followups::CallDeskPage", "Follow-up calls");
}

QIcon FollowupsModule::icon() const
{
    return QIcon(u":/icons/followups.svg"_s);
}

QWidget *FollowupsModule::createWidget(AppContext &app, QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(u"followupsTabs"_s);
    m_desk = new CallDeskPage(app, tabs);
    m_reports = new FollowupReportsPage(app, tabs);
    tabs->addTab(m_desk, QCoreApplication::translate("crm::ui::followups::CallDeskPage", "Call desk"));
    tabs->addTab(m_reports, QCoreApplication::translate("crm::ui::followups::CallDeskPage", "Reports"));
    if (app.session.can(Permission::ManageFollowups))
        tabs->addTab(new FollowupRulesPage(app, tabs),
                     QCoreApplication::translate("crm::ui::followups::CallDeskPage", "Rules and scripts"));
    QObject::connect(tabs, &QTabWidget::currentChanged, tabs, [this, tabs](int i) {
        if (tabs->widget(i) == m_reports)
            m_reports->reload();
    });
    return tabs;
}

void FollowupsModule::refresh()
{
    if (m_desk)
        m_desk->reload();
}

} // namespace crm::ui::followups
