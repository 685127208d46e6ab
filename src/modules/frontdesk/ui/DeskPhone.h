#pragma once
#include "ui/shell/Module.h"

class QPushButton;

namespace crm::ui::frontdesk {

// A "Dial" button: asks this desk's phone to dial the customer (the number stays masked on
// screen). Hidden when no desk phone is set up; `customer` says whom when clicked (0: nobody).
QPushButton *dialButton(AppContext &app, QWidget *parent, std::function<qint64()> customer);
// Asks the desk phone to dial the customer; a refusal is shown in a message box.
void dialCustomer(AppContext &app, QWidget *parent, qint64 customerId);
// File ▸ Desk phone: this workstation's phone (caller ID port and token, the phone's address and
// its dial URL). True when saved.
bool editDeskPhone(QWidget *parent);

} // namespace crm::ui::frontdesk
