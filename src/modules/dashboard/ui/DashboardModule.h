#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::dashboard {

class DashboardPage;

// The manager's board (经营看板): KPIs against targets, trend charts, drill-down, and the
// weekly/monthly report. Managers only: the figures span every desk's work.
class DashboardModule final : public Module {
public:
    QString id() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ManageFollowups); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    void refresh() override;

private:
    QPointer<DashboardPage> m_page;
};

} // namespace crm::ui::dashboard
