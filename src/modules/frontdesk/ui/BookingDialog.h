#pragma once
#include "frontdesk/services/AppointmentService.h"
#include "ui/shell/Module.h"

#include <QCoreApplication>

class QComboBox;
class QLabel;
class QWidget;

namespace crm::ui::frontdesk {

// What the booking dialog starts from: the customer (0: search for one), the source, a day.
struct BookingStart {
    qint64 customerId = 0;
    QString customerName;
    qint64 vehicleId = 0;
    QString source = QStringLiteral("inbound_call");
    QDate day;
    qint64 rescheduleId = 0; // moving this appointment instead of booking a new one
};

// Books a service appointment: the customer's vehicle, the job, a slot with its free places
// (the next free ones offered), the advisor, a note; a manager may book past a full slot with a
// reason. run() returns the new appointment's id, or 0 when the desk gave up.
class BookingDialog {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::frontdesk::BookingDialog)
public:
    static qint64 run(AppContext &app, QWidget *parent, const BookingStart &start);

private:
    static void fillSlots(services::AppointmentService &book, QComboBox *slotBox, QLabel *dayLoad, const QDate &day,
                          const QTime &keep);
};

} // namespace crm::ui::frontdesk
