#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::club {

class ClubPage;

// The owners' club desk (车主俱乐部): members and cards, points, gifts, activities, member
// services, leads and the club's figures. Club staff and managers; others may read cards.
class ClubModule final : public Module {
public:
    QString id() const override { return QStringLiteral("club"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ManageClub); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    QList<SearchHit> search(services::Context &ctx, const services::Session &who, const QString &text, int limit) override;
    void open(const SearchHit &hit) override;
    void refresh() override;

private:
    QPointer<ClubPage> m_page;
};

} // namespace crm::ui::club
