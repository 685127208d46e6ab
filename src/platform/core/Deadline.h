#pragma once
#include "core/WorkCalendar.h"

// One deadline counted on a clock: the complaints' response/report/closure and the feedback
// items' answer/resolution are the same machine — a limit in counted minutes from a start,
// pauses not counted, a warning at a share of the limit, met on time or late.
namespace crm::calendar {

struct Deadline {
    enum class State { Pending, Warning, Overdue, Paused, MetOnTime, MetLate };
    State state = State::Pending;
    Clock clock = Clock::WorkingDays; // what it was counted on
    qint64 limitMin = 0;              // configured
    qint64 extendMin = 0;             // added by a manager
    qint64 pausedMin = 0;             // counted minutes spent waiting on the customer so far
    QDateTime warnAt;                 // local; invalid while paused with no end
    QDateTime dueAt;
    QDateTime metAt;
    qint64 lateMin = 0; // counted minutes past due (met late or overdue now)
};

// A deadline counted from `start` on the calendar's clock, without the pauses, extended by
// `extendMin`, met at `metAt` (invalid if not yet).
Deadline computeDeadline(const WorkCalendar &cal, const QDateTime &start, qint64 limitMin, qint64 extendMin, int warnPercent,
                         const QList<Interval> &pauses, const QDateTime &metAt, const QDateTime &now);

// How a deadline's state reads, for every module's lists and forms.
class DeadlineText {
    Q_DECLARE_TR_FUNCTIONS(crm::calendar::DeadlineText)
public:
    static QString state(Deadline::State s);
};

// The state a deadline with stored due and warning times is in at `now` (no pauses): what a
// list computes in SQL and a form shows.
Deadline::State stateAt(const QDateTime &warnAt, const QDateTime &dueAt, const QDateTime &metAt, const QDateTime &now);

} // namespace crm::calendar
