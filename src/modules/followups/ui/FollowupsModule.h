#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

class QTabWidget;

namespace crm::ui::followups {

class CallDeskPage;
class FollowupReportsPage;

// Follow-up calls (回访): the call desk, the reports and, for managers, rules and scripts.
class FollowupsModule final : public Module {
public:
    QString id() const override { return QStringLiteral("followups"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::WorkFollowups); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    void refresh() override;

private:
    QPointer<CallDeskPage> m_desk;
    QPointer<FollowupReportsPage> m_reports;
};

} // namespace crm::ui::followups
