#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace crm::data {

// One appointment of the service book, as the day view and the card show it.
struct Appointment {
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    qint64 callId = 0;     // the outbound call that booked it
    QDateTime scheduledAt; // local wall time: the customer comes at 10:00 on the dealer's clock
    int slotMinutes = 60;
    QString jobType; // frontdesk_lists code (list job_type)
    int labourMinutes = 0;
    QString advisor; // service advisor's name; empty: reception assigns
    QString source;  // inbound_call, outbound_call, campaign, walk_in, club
    QString notes;
    QString status = QStringLiteral("booked");
    QString reason; // why cancelled, rescheduled, or overridden
    bool overridden = false;
    qint64 rescheduledTo = 0;
    qint64 visitId = 0;
    QString createdBy;
    QDateTime createdAt; // UTC
    int version = 1;
    // read only
    QString customerName;
    QString mobile;
    QString vehicle; // model and plate
    QString plate;
    QDateTime endsAt() const { return scheduledAt.addSecs(qint64(slotMinutes) * 60); }
};

struct AppointmentEvent {
    QDateTime at; // UTC
    QString by;   // the person, by name
    QString action;
    QString status;
    QDateTime scheduledAt;
    QString note;
};

// What the book holds on a day: places per slot ("HH:mm") and the labour of the whole day.
struct BookLoad {
    QHash<QString, int> perSlot;
    int booked = 0;
    int labourMinutes = 0;
};

// A service visit that may be an appointment's arrival.
struct VisitRef {
    qint64 id = 0;
    QDate day;
};

// The service appointment book (`appointments`, its events and its load counters). The caller
// owns the transaction.
class AppointmentRepository {
public:
    explicit AppointmentRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Appointment &a, const QString &createdAt);
    Result<std::optional<Appointment>> byId(qint64 id);
    // Appointments from `from` to `to` (days, both included), in time order.
    Result<QList<Appointment>> between(const QDate &from, const QDate &to);
    Result<QList<Appointment>> ofCustomer(qint64 customerId, int limit);

    Result<BookLoad> load(const QDate &day);
    // Labour minutes booked with `advisor` on `day` (live appointments).
    Result<int> advisorMinutes(const QDate &day, const QString &advisor);

    // Takes a place: the day's labour (at most `labourCap` minutes) then the slot (at most
    // `slotCap` places). Conditional UPDATEs on one row each: a second desk waits on the row and
    // sees the first desk's place. A cap below 0 takes the place regardless (an override).
    // False when the day's labour or the slot is full (which one: the caller reads load()).
    Result<bool> takeDay(const QDate &day, int labourMinutes, int labourCap);
    Result<bool> takeSlot(const QDate &day, const QString &slot, int slotCap);
    Status release(const QDate &day, const QString &slot, int labourMinutes);

    // Moves an appointment from one of `from` statuses to `to`; false when it is not in one of
    // them any more (another desk moved it first).
    Result<bool> moveStatus(qint64 id, const QStringList &from, const QString &to, const QString &reason, const QString &at,
                            const QString &by);
    Status setRescheduledTo(qint64 id, qint64 newId);
    // Arrival: the visit that counted (0: recorded at reception) and when.
    Result<bool> arrive(qint64 id, const QStringList &from, qint64 visitId, const QString &at, const QString &by);
    Status addEvent(qint64 id, const QString &action, const QString &status, const QDateTime &scheduledAt, const QString &note,
                    const QString &at, const QString &by);
    Result<QList<AppointmentEvent>> events(qint64 id);

    // Booked or confirmed appointments scheduled before `beforeLocal` (the no-show sweep).
    Result<QList<Appointment>> openBefore(const QDateTime &beforeLocal);
    // Booked or confirmed appointments from `from` to `to` (days, both included).
    Result<QList<Appointment>> openBetween(const QDate &from, const QDate &to);
    // Booked, confirmed or no-show appointments of vehicles with a service visit from `from` to
    // `to` that credits no appointment yet, with those visits (arrival matching).
    Result<QList<QPair<Appointment, VisitRef>>> arrivalCandidates(const QDate &from, const QDate &to, int windowDays);
    // The open appointments of one vehicle around a day (a visit entered at the desk).
    Result<QList<Appointment>> openOfVehicle(qint64 vehicleId, const QDate &from, const QDate &to);
    Result<bool> visitCredited(qint64 visitId);

private:
    Result<QList<Appointment>> read(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace crm::data
