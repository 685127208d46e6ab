#pragma once
#include "core/WorkCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <array>
#include <optional>

// The service appointment book's rules (预约): when the workshop is open, which slots a day has,
// whether a booking fits the capacity, when a booked customer is a no-show and which service
// visit counts as the arrival. Pure functions of dates, times and counts; the service feeds them
// the configured numbers and the day's load read from the database.
namespace crm::frontdesk {

// The store's opening hours and closed days are the store calendar (core/WorkCalendar.h): the
// book's slots and every deadline counted on the store's clock read the same one.
using calendar::OpeningHours;
using calendar::parseClosedDates;

struct Capacity {
    int slotMinutes = 30;       // half hours: customers name 9:00 as often as 9:30
    int perSlot = 3;            // cars the reception takes in one slot
    double labourPerDay = 48.0; // workshop labour hours the book may fill in a day
    double labourPerAdvisor = 16.0;
};

// The starts of the day's slots: from opening, every slotMinutes, the last one ending by closing.
QList<QTime> slotsOf(const QDate &day, const OpeningHours &hours, int slotMinutes);

// What is already booked where a new booking would go.
struct Load {
    int inSlot = 0;           // live appointments in the same slot
    double labourDay = 0;     // labour hours booked that day
    double labourAdvisor = 0; // … with the chosen advisor (0 without one)
};

enum class Refusal { None, Past, ClosedDay, OutsideHours, NotASlot, SlotFull, DayFull, AdvisorFull };

// Why a booking at `at` (local wall time) for a job of `labourHours` cannot be taken, or None.
// Over-capacity refusals (SlotFull, DayFull, AdvisorFull) are the ones a manager may override.
Refusal check(const QDateTime &at, double labourHours, bool withAdvisor, const Load &load, const OpeningHours &hours,
              const Capacity &cap, const QDateTime &now);
bool overridable(Refusal r);

// Statuses: booked → confirmed → arrived → completed; booked/confirmed → no_show or cancelled;
// rescheduled is a cancelled booking that points at its new one.
enum class Status { Booked, Confirmed, Arrived, Completed, NoShow, Cancelled, Rescheduled };
QString statusId(Status s);
std::optional<Status> statusFromId(const QString &id);
bool canMove(Status from, Status to);
bool isLive(Status s); // holds a place in the book

// Not arrived by the slot's end plus the grace: a no-show (only a booked or confirmed one).
bool isNoShow(Status s, const QDateTime &slotEnd, int graceMinutes, const QDateTime &now);
// A service visit on `visitDay` is the arrival of an appointment on `day` within ±window days.
bool arrivalMatches(const QDate &day, const QDate &visitDay, int windowDays);

class FrontdeskText {
    Q_DECLARE_TR_FUNCTIONS(crm::frontdesk::FrontdeskText)
public:
    static QString refusal(Refusal r);
    static QString status(const QString &id);
};

} // namespace crm::frontdesk
