#pragma once
#include "ui/shell/Module.h"

#include <QList>

class QWidget;

namespace crm::ui::campaigns {

// What the archive's pages offer from campaigns and messages: chosen customers added to a
// running campaign (the list's selection, the at-risk customers), and a one-off message from
// the customer card. Both go through the services' consent and opt-out rules.
void addToCampaign(AppContext &app, QWidget *parent, const QList<qint64> &customerIds);
void sendMessage(AppContext &app, QWidget *parent, qint64 customerId);

} // namespace crm::ui::campaigns
