#include "core/Deadline.h"

using namespace Qt::StringLiterals;

namespace crm::calendar {

Deadline computeDeadline(const WorkCalendar &cal, const QDateTime &start, qint64 limitMin, qint64 extendMin, int warnPercent,
                         const QList<Interval> &pauses, const QDateTime &metAt, const QDateTime &now)
{
    Deadline d;
    d.clock = cal.clock();
    d.limitMin = limitMin;
    d.extendMin = extendMin;
    const qint64 total = limitMin + extendMin;
    d.dueAt = cal.addWorkingMinutes(start, total, pauses);
    d.warnAt = cal.addWorkingMinutes(start, total * warnPercent / 100, pauses);
    const QDateTime until = metAt.isValid() ? metAt : now;
    d.pausedMin = cal.workingMinutesBetween(start, until) - cal.workingMinutesBetween(start, until, pauses);
    d.metAt = metAt;
    if (metAt.isValid()) {
        const bool onTime = d.dueAt.isValid() && metAt <= d.dueAt;
        d.state = onTime ? Deadline::State::MetOnTime : Deadline::State::MetLate;
        if (!onTime && d.dueAt.isValid())
            d.lateMin = cal.workingMinutesBetween(d.dueAt, metAt, pauses);
        return d;
    }
    bool pausedNow = false;
    for (const Interval &p : pauses)
        if (p.from <= now && (!p.to.isValid() || p.to > now))
            pausedNow = true;
    if (d.dueAt.isValid() && now >= d.dueAt) {
        d.state = Deadline::State::Overdue;
        d.lateMin = cal.workingMinutesBetween(d.dueAt, now, pauses);
    } else if (pausedNow) {
        d.state = Deadline::State::Paused;
    } else if (d.warnAt.isValid() && now >= d.warnAt) {
        d.state = Deadline::State::Warning;
    }
    return d;
}

QString DeadlineText::state(Deadline::State s)
{
    switch (s) {
    case Deadline::State::Pending:
        return tr("running");
    case Deadline::State::Warning:
        return tr("warning (80 %)");
    case Deadline::State::Overdue:
        return tr("overdue");
    case Deadline::State::Paused:
        return tr("paused");
    case Deadline::State::MetOnTime:
        return tr("met on time");
    case Deadline::State::MetLate:
        return tr("met late");
    }
    return {};
}

Deadline::State stateAt(const QDateTime &warnAt, const QDateTime &dueAt, const QDateTime &metAt, const QDateTime &now)
{
    if (metAt.isValid())
        return dueAt.isValid() && metAt > dueAt ? Deadline::State::MetLate : Deadline::State::MetOnTime;
    if (dueAt.isValid() && now >= dueAt)
        return Deadline::State::Overdue;
    if (warnAt.isValid() && now >= warnAt)
        return Deadline::State::Warning;
    return Deadline::State::Pending;
}

} // namespace crm::calendar
