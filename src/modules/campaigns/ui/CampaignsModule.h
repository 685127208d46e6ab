#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::campaigns {

class CampaignsPage;

// Campaigns, recalls and messages (营销活动、召回、短信): managers draw and follow campaigns;
// anyone who may text customers sees the message queue.
class CampaignsModule final : public Module {
public:
    QString id() const override { return QStringLiteral("campaigns"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override
    {
        return s.can(Permission::ManageCampaigns) || s.can(Permission::ManageMessages);
    }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    void refresh() override;

private:
    QPointer<CampaignsPage> m_page;
};

} // namespace crm::ui::campaigns
