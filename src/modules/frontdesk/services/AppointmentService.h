#pragma once
#include "frontdesk/core/AppointmentBook.h"
#include "frontdesk/data/AppointmentRepository.h"
#include "frontdesk/data/FrontdeskRepository.h"
#include "services/Guard.h"

#include <QCoreApplication>

namespace crm::services {

namespace settings {
// Opening hours of one weekday (Qt: 1 Monday … 7 Sunday), "08:30-12:00,13:30-17:30"; empty: closed.
inline QString deskHoursKey(int weekday)
{
    return QStringLiteral("frontdesk.hours_%1").arg(weekday);
}
inline const QString kDeskClosedDays = QStringLiteral("frontdesk.closed_days"); // "2027-02-17, …"
inline const QString kDeskSlotMinutes = QStringLiteral("frontdesk.slot_minutes");
inline const QString kDeskPerSlot = QStringLiteral("frontdesk.per_slot");
inline const QString kDeskLabourPerDay = QStringLiteral("frontdesk.labour_hours_day");
inline const QString kDeskLabourPerAdvisor = QStringLiteral("frontdesk.labour_hours_advisor"); // 0 = no limit
inline const QString kDeskNoShowGrace = QStringLiteral("frontdesk.no_show_grace_minutes");
inline const QString kDeskArrivalWindow = QStringLiteral("frontdesk.arrival_window_days");
} // namespace settings

// A booking as the desk asks for it.
struct BookingRequest {
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QDateTime at; // local wall time: the slot's start
    QString jobType;
    QString advisor;
    QString source = QStringLiteral("inbound_call");
    QString notes;
    qint64 callId = 0; // the outbound call that booked it
    // A manager books past a full slot or day; the reason goes to the audit log.
    bool override = false;
    QString overrideReason;
};

// One slot of a day as the desk sees it.
struct SlotLoad {
    QTime start;
    int booked = 0;
    int capacity = 0;
    int free() const { return qMax(0, capacity - booked); }
};

struct DayCapacity {
    QDate day;
    bool open = false;
    QList<SlotLoad> slots_; // (`slots` is a Qt keyword)
    int labourBooked = 0;   // minutes
    int labourCapacity = 0; // minutes
};

// What the nightly close of a day did.
struct CloseDayResult {
    int arrivals = 0;      // appointments credited with a service visit
    int noShows = 0;       // marked no-show (each with a rebook task)
    int confirmations = 0; // confirmation tasks raised for the coming days
    int reminders = 0;     // reminder messages queued for tomorrow's appointments
};

// The book's configured numbers, read from the settings.
struct BookSettings {
    frontdesk::OpeningHours hours;
    frontdesk::Capacity capacity;
    int graceMinutes = 60;
    int arrivalWindowDays = 0;
};

// The service appointment book (预约): booking against the workshop's capacity, the moves of an
// appointment from booked to completed (or no-show, cancelled, rescheduled), arrivals matched
// to service visits, and the nightly close of a day.
class AppointmentService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::AppointmentService)
public:
    explicit AppointmentService(Context ctx) : m_ctx(ctx) {}

    static QStringList sources(); // inbound_call, outbound_call, campaign, walk_in, club
    static QString sourceTitle(const QString &id);

    BookSettings bookSettings();
    Result<DayCapacity> capacity(const QDate &day);
    // The next `count` slots from `from` (local) with a free place, within 60 days.
    Result<QList<QDateTime>> nextFree(const QDateTime &from, int count);

    Result<qint64> book(const Session &who, const BookingRequest &r);
    Status confirm(const Session &who, qint64 id);
    Status arrive(const Session &who, qint64 id); // at reception
    Status complete(const Session &who, qint64 id);
    Status cancel(const Session &who, qint64 id, const QString &reason);
    Status markNoShow(const Session &who, qint64 id);
    // A new appointment at `r.at` (the rest as the old one unless given) and the old one
    // rescheduled, pointing at it.
    Result<qint64> reschedule(const Session &who, qint64 id, const QDateTime &at, const QString &reason);

    // A service visit of `vehicleId` on `day` was entered: it is the arrival of that vehicle's
    // open appointment within the window (at most one, at most once). Inside the caller's
    // transaction; returns the appointment credited or 0.
    Result<qint64> creditVisit(const Session &who, qint64 visitId, qint64 vehicleId, const QDate &day);
    // Nightly, idempotent: arrivals matched to the visits of the past days, no-shows marked with
    // their rebook tasks, confirmation tasks for the coming days.
    Result<CloseDayResult> closeDay(const Session &who, const QDateTime &nowLocal);

    Result<QList<data::Appointment>> between(const Session &who, const QDate &from, const QDate &to);
    Result<std::optional<data::Appointment>> appointment(const Session &who, qint64 id);
    Result<QList<data::Appointment>> ofCustomer(const Session &who, qint64 customerId);
    Result<QList<data::AppointmentEvent>> history(const Session &who, qint64 id);

    // The desk's lists (job types, advisors, call purposes).
    Result<QList<data::DeskListItem>> items(const QString &list, bool activeOnly = true);
    Status saveItem(const Session &who, const data::DeskListItem &item);
    // code → title of a list, retired entries too (one read for a whole day or report).
    QHash<QString, QString> titles(const QString &list);

private:
    Result<DayCapacity> capacity(const QDate &day, const BookSettings &b);
    // One step of an appointment as its own use case: permission, transaction, move, commit.
    Status step(const Session &who, qint64 id, frontdesk::Status to, const QString &reason, const QString &action,
                const QString &what);
    Status move(const Session &who, qint64 id, frontdesk::Status to, const QString &reason, const QString &action);
    Status withdrawConfirmation(qint64 id);
    Status arriveWithVisit(const Session &who, const data::Appointment &a);
    Result<bool> raiseConfirmation(const data::Appointment &a);
    Context m_ctx;
};

} // namespace crm::services
