#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::surveys {

class SurveysPage;

// Satisfaction surveys (满意度调查): analysis, alerts, templates, paper questionnaires.
class SurveysModule final : public Module {
public:
    QString id() const override { return QStringLiteral("surveys"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::WorkFollowups); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    void refresh() override;

private:
    QPointer<SurveysPage> m_page;
};

} // namespace crm::ui::surveys
