#pragma once
#include "ui/shell/Module.h"

namespace crm::ui::club {

// "Which customer?" — the archive search in a small dialog; 0 when cancelled.
qint64 pickCustomer(AppContext &app, QWidget *parent, const QString &title);
// One of the customer's vehicles; 0 when cancelled or none.
qint64 pickVehicle(AppContext &app, QWidget *parent, qint64 customerId);
// A member by card number (typed or swiped) or by the customer search; 0 when cancelled.
qint64 pickMember(AppContext &app, QWidget *parent, const QString &title);

} // namespace crm::ui::club
