#pragma once
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QTime>
#include <array>
#include <optional>

// The clocks deadlines are counted on. The national calendar: Saturdays and Sundays are off,
// public holidays are off, and make-up working days (调休, usually a weekend day) are on; a
// 24-hour limit set on Friday 16:00 ends on Monday 16:00 and a holiday week does not count.
// The store's calendar: its opening hours per weekday and the days it closes (many 4S stores
// open every day, National Day included). Calendar hours: every minute counts. Pauses (waiting
// on the customer) never count.
namespace crm::calendar {

enum class Clock { CalendarHours, WorkingDays, StoreHours };
QString clockId(Clock c); // calendar_hours, working_days, store_hours
std::optional<Clock> clockFromId(const QString &id);
inline constexpr Clock kClocks[] = {Clock::CalendarHours, Clock::WorkingDays, Clock::StoreHours};

// Opening hours per weekday (Qt: Monday 1 … Sunday 7); a weekday without hours is closed. Most
// 4S stores open seven days a week, 08:30–17:30; a lunch break is a day of two spans. One store
// calendar: the appointment book's slots and the store clock read the same hours.
struct OpeningHours {
    struct Day {
        QList<QPair<QTime, QTime>> spans; // [open, close) each; none = closed that weekday
        bool isOpen() const { return !spans.isEmpty(); }
        bool covers(const QTime &from, const QTime &to) const; // [from, to) inside one span
    };
    std::array<Day, 7> days; // index weekday - 1
    QSet<QDate> closedDates; // holidays the store keeps
    static OpeningHours defaults();
    bool isOpenOn(const QDate &d) const;
    const Day &on(const QDate &d) const { return days[size_t(d.dayOfWeek() - 1)]; }
};
// "2027-02-10, 2027-02-11 …" (the store's closed days as the setting holds them); the bad
// entries are returned in `bad` so a typo is reported, never ignored.
QSet<QDate> parseClosedDates(const QString &text, QStringList *bad = nullptr);

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
    bool isWorkingDay(const QDate &d) const; // on the national calendar, whatever the clock

    // This calendar counting on `clock` (the store's hours for StoreHours). The default is the
    // national working days, as complaints have always been counted.
    WorkCalendar counting(Clock clock, const OpeningHours &store = OpeningHours::defaults()) const;
    Clock clock() const { return m_clock; }
    // The counted spans of one day, [from, to) in local time.
    QList<QPair<QDateTime, QDateTime>> countedSpans(const QDate &d) const;
    // How the clock reads in a deadline's explanation ("working days of the national calendar").
    static QString clockName(Clock c);

    // The moment `minutes` working minutes after `start`, skipping non-working days and the
    // excluded intervals. Invalid when an open interval swallows the rest (a pause not ended).
    QDateTime addWorkingMinutes(const QDateTime &start, qint64 minutes, const QList<Interval> &excluded = {}) const;
    // Working minutes from `a` to `b`, without the excluded intervals (0 if b <= a).
    qint64 workingMinutesBetween(const QDateTime &a, const QDateTime &b, const QList<Interval> &excluded = {}) const;

private:
    QHash<QDate, bool> m_overrides;
    Clock m_clock = Clock::WorkingDays;
    OpeningHours m_store;
};

} // namespace crm::calendar
