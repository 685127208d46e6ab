#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::complaints {

class ComplaintsPage;

// Complaint tracking (投诉). Every role may read; agents, club staff and managers work cases.
class ComplaintsModule final : public Module {
public:
    QString id() const override { return QStringLiteral("complaints"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::HandleComplaints); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    QList<SearchHit> search(services::Context &ctx, const services::Session &who, const QString &text, int limit) override;
    void open(const SearchHit &hit) override;
    void refresh() override;

private:
    QPointer<ComplaintsPage> m_page;
};

} // namespace crm::ui::complaints
