#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::oem {

class OemPage;

// The manufacturer's files (厂家数据交换): the information supervisor and the manager.
class OemModule final : public Module {
public:
    QString id() const override { return QStringLiteral("oem"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ExchangeOem); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;

private:
    QPointer<OemPage> m_page;
};

} // namespace crm::ui::oem
