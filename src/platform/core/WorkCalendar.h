#pragma once
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

// Working time on the Chinese calendar: Saturdays and Sundays are off, public holidays are off,
// and make-up working days (调休, usually a weekend day) are on. Complaint deadlines count the
// hours of working days only: a 24-hour limit set on Friday 16:00 ends on Monday 16:00, and a
// holiday week does not count at all. Pauses (waiting on the customer) do not count either.
namespace crm::calendar {

struct DayOverride {
    QDate day;
    bool working = false; // true: make-up working day; false: public holiday
    QString name;         // 春节, 国庆节调休, …
};

// The State Council's published arrangements this program ships (2024, 2025, 2026). Later
// years are imported by an administrator when they are published (parseArrangement).
QList<DayOverride> shippedArrangements();
QList<int> shippedYears();

// A small text file, one day per line: "2027-02-06,holiday,春节" or "2027-02-14,workday,春节调休"
// (also 休/班). Blank lines and lines starting with # are ignored. Every bad line is reported.
Result<QList<DayOverride>> parseArrangement(const QString &text);

struct Interval {
    QDateTime from; // local time
    QDateTime to;   // invalid: still open (a pause not yet ended)
};

// Intervals stored in UTC, in local time (an open end stays open).
QList<Interval> toLocal(const QList<Interval> &utc);

class WorkCalendar {
    Q_DECLARE_TR_FUNCTIONS(crm::calendar::WorkCalendar)
public:
    WorkCalendar() = default;
    explicit WorkCalendar(const QList<DayOverride> &overrides);
    void set(const DayOverride &o) { m_overrides.insert(o.day, o.working); }
    bool isWorkingDay(const QDate &d) const;

    // The moment `minutes` working minutes after `start`, skipping non-working days and the
    // excluded intervals. Invalid when an open interval swallows the rest (a pause not ended).
    QDateTime addWorkingMinutes(const QDateTime &start, qint64 minutes, const QList<Interval> &excluded = {}) const;
    // Working minutes from `a` to `b`, without the excluded intervals (0 if b <= a).
    qint64 workingMinutesBetween(const QDateTime &a, const QDateTime &b, const QList<Interval> &excluded = {}) const;

private:
    QHash<QDate, bool> m_overrides;
};

} // namespace crm::calendar
