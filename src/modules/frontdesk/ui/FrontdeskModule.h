#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::frontdesk {

class FrontdeskPage;

// The front desk (来电与预约): the service appointment book and inbound calls. Every role that
// sees customers may read the book; agents, club staff and managers keep it.
class FrontdeskModule final : public Module {
public:
    QString id() const override { return QStringLiteral("frontdesk"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::BookAppointments); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    void open(const SearchHit &hit) override;
    void refresh() override;

private:
    QPointer<FrontdeskPage> m_page;
};

} // namespace crm::ui::frontdesk
