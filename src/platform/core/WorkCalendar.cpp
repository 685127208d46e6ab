#include "core/WorkCalendar.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::calendar {
namespace {
struct Span {
    const char *from;
    const char *to;
    const char *name;
};
struct Workday {
    const char *day;
    const char *name;
};
// 国务院办公厅关于节假日安排的通知 for each year: holidays (from–to) and make-up working days.
const Span kHolidays[] = {
    // 2024 (国办发明电〔2023〕7号)
    {"2024-01-01", "2024-01-01", "元旦"},
    {"2024-02-10", "2024-02-17", "春节"},
    {"2024-04-04", "2024-04-06", "清明节"},
    {"2024-05-01", "2024-05-05", "劳动节"},
    {"2024-06-10", "2024-06-10", "端午节"},
    {"2024-09-15", "2024-09-17", "中秋节"},
    {"2024-10-01", "2024-10-07", "国庆节"},
    // 2025 (国办发明电〔2024〕12号)
    {"2025-01-01", "2025-01-01", "元旦"},
    {"2025-01-28", "2025-02-04", "春节"},
    {"2025-04-04", "2025-04-06", "清明节"},
    {"2025-05-01", "2025-05-05", "劳动节"},
    {"2025-05-31", "2025-06-02", "端午节"},
    {"2025-10-01", "2025-10-08", "国庆节、中秋节"},
    // 2026
    {"2026-01-01", "2026-01-03", "元旦"},
    {"2026-02-15", "2026-02-23", "春节"},
    {"2026-04-04", "2026-04-06", "清明节"},
    {"2026-05-01", "2026-05-05", "劳动节"},
    {"2026-06-19", "2026-06-21", "端午节"},
    {"2026-09-25", "2026-09-27", "中秋节"},
    {"2026-10-01", "2026-10-07", "国庆节"},
};
const Workday kWorkdays[] = {
    {"2024-02-04", "春节调休"},   {"2024-02-18", "春节调休"},   {"2024-04-07", "清明节调休"}, {"2024-04-28", "劳动节调休"},
    {"2024-05-11", "劳动节调休"}, {"2024-09-14", "中秋节调休"}, {"2024-09-29", "国庆节调休"}, {"2024-10-12", "国庆节调休"},
    {"2025-01-26", "春节调休"},   {"2025-02-08", "春节调休"},   {"2025-04-27", "劳动节调休"}, {"2025-09-28", "国庆节调休"},
    {"2025-10-11", "国庆节调休"}, {"2026-01-04", "元旦调休"},   {"2026-02-14", "春节调休"},   {"2026-02-28", "春节调休"},
    {"2026-05-09", "劳动节调休"}, {"2026-09-20", "国庆节调休"}, {"2026-10-10", "国庆节调休"},
};

QDate isoDay(const char *s)
{
    return QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
}

// Counted segments of one day, as [from, to) in local time, without the excluded intervals.
QList<QPair<QDateTime, QDateTime>> segments(const WorkCalendar &cal, const QDate &d, const QList<Interval> &excluded)
{
    QList<QPair<QDateTime, QDateTime>> out = cal.countedSpans(d);
    for (const Interval &x : excluded) {
        const QDateTime xTo = x.to.isValid() ? x.to : QDateTime(QDate(9999, 1, 1), QTime(0, 0));
        QList<QPair<QDateTime, QDateTime>> next;
        for (const auto &[a, b] : out) {
            if (xTo <= a || x.from >= b) {
                next << qMakePair(a, b);
                continue;
            }
            if (x.from > a)
                next << qMakePair(a, x.from);
            if (xTo < b)
                next << qMakePair(xTo, b);
        }
        out = next;
    }
    return out;
}
} // namespace

OpeningHours OpeningHours::defaults()
{
    OpeningHours h;
    for (auto &d : h.days)
        d.spans = {{QTime(8, 30), QTime(17, 30)}};
    return h;
}

bool OpeningHours::Day::covers(const QTime &from, const QTime &to) const
{
    for (const auto &[open, close] : spans)
        if (from >= open && to <= close && from < to)
            return true;
    return false;
}

QSet<QDate> parseClosedDates(const QString &text, QStringList *bad)
{
    QSet<QDate> out;
    for (const QString &part : text.split(QRegularExpression(u"[,，;；\\s]+"_s), Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part, Qt::ISODate);
        if (d.isValid())
            out.insert(d);
        else if (bad)
            *bad << part;
    }
    return out;
}

bool OpeningHours::isOpenOn(const QDate &d) const
{
    return d.isValid() && on(d).isOpen() && !closedDates.contains(d);
}

QString clockId(Clock c)
{
    switch (c) {
    case Clock::CalendarHours:
        return u"calendar_hours"_s;
    case Clock::WorkingDays:
        return u"working_days"_s;
    case Clock::StoreHours:
        return u"store_hours"_s;
    }
    return {};
}

std::optional<Clock> clockFromId(const QString &id)
{
    for (Clock c : kClocks)
        if (clockId(c) == id)
            return c;
    return std::nullopt;
}

QList<DayOverride> shippedArrangements()
{
    QList<DayOverride> out;
    for (const Span &s : kHolidays)
        for (QDate d = isoDay(s.from); d <= isoDay(s.to); d = d.addDays(1))
            out << DayOverride{d, false, QString::fromUtf8(s.name)};
    for (const Workday &w : kWorkdays)
        out << DayOverride{isoDay(w.day), true, QString::fromUtf8(w.name)};
    return out;
}

QList<int> shippedYears()
{
    return {2024, 2025, 2026};
}

Result<QList<DayOverride>> parseArrangement(const QString &text)
{
    QList<DayOverride> out;
    QStringList problems;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList parts = line.split(QRegularExpression(u"[,，\\t]"_s));
        for (QString &p : parts)
            p = p.trimmed();
        const QDate day = parts.size() >= 2 ? QDate::fromString(parts[0], u"yyyy-MM-dd"_s) : QDate();
        const QString kind = parts.value(1).toLower();
        const bool holiday = kind == u"holiday"_s || kind == u"休"_s;
        const bool working = kind == u"workday"_s || kind == u"班"_s;
        if (!day.isValid())
            problems << WorkCalendar::tr("line %1: the first field must be a date like 2027-02-06").arg(i + 1);
        else if (!holiday && !working)
            problems << WorkCalendar::tr("line %1: the second field must be holiday (休) or workday (班)").arg(i + 1);
        else
            out << DayOverride{day, working, parts.value(2)};
    }
    if (!problems.isEmpty())
        return Error::invalid(problems.join(u'\n'));
    if (out.isEmpty())
        return Error::invalid(WorkCalendar::tr("The file lists no days."));
    return out;
}

WorkCalendar::WorkCalendar(const QList<DayOverride> &overrides)
{
    for (const DayOverride &o : overrides)
        set(o);
}

bool WorkCalendar::isWorkingDay(const QDate &d) const
{
    const auto it = m_overrides.constFind(d);
    if (it != m_overrides.constEnd())
        return *it;
    return d.dayOfWeek() <= 5;
}

WorkCalendar WorkCalendar::counting(Clock clock, const OpeningHours &store) const
{
    WorkCalendar c = *this;
    c.m_clock = clock;
    c.m_store = store;
    return c;
}

QList<QPair<QDateTime, QDateTime>> WorkCalendar::countedSpans(const QDate &d) const
{
    const QDateTime dayStart(d, QTime(0, 0)), dayEnd(d.addDays(1), QTime(0, 0));
    switch (m_clock) {
    case Clock::CalendarHours:
        return {{dayStart, dayEnd}};
    case Clock::WorkingDays:
        if (!isWorkingDay(d))
            return {};
        return {{dayStart, dayEnd}};
    case Clock::StoreHours: {
        QList<QPair<QDateTime, QDateTime>> out;
        if (!m_store.isOpenOn(d))
            return out;
        // A span closing at 24:00 is held as 23:59:59.999: it ends at the next midnight.
        for (const auto &[open, close] : m_store.on(d).spans)
            out << qMakePair(QDateTime(d, open), close >= QTime(23, 59, 59) ? dayEnd : QDateTime(d, close));
        return out;
    }
    }
    return {};
}

QString WorkCalendar::clockName(Clock c)
{
    switch (c) {
    case Clock::CalendarHours:
        return tr("calendar hours (every hour counts)");
    case Clock::WorkingDays:
        return tr("working days of the national calendar (weekends and public holidays not counted)");
    case Clock::StoreHours:
        return tr("the store's opening hours (closed hours and closed days not counted)");
    }
    return {};
}

QDateTime WorkCalendar::addWorkingMinutes(const QDateTime &start, qint64 minutes, const QList<Interval> &excluded) const
{
    qint64 left = std::max<qint64>(0, minutes);
    QDateTime at = start;
    // A deadline is at most a few weeks away; ten years of days is a guard, not a limit.
    for (int i = 0; i < 3660; ++i) {
        const QDate d = at.date();
        for (const auto &[from, to] : segments(*this, d, excluded)) {
            const QDateTime a = std::max(from, at);
            if (a >= to)
                continue;
            const qint64 available = a.secsTo(to) / 60;
            if (available >= left)
                return a.addSecs(left * 60);
            left -= available;
        }
        at = QDateTime(d.addDays(1), QTime(0, 0));
        for (const Interval &x : excluded)
            if (!x.to.isValid() && x.from <= at)
                return {}; // paused with no end: no deadline until it resumes
    }
    return {};
}

qint64 WorkCalendar::workingMinutesBetween(const QDateTime &a, const QDateTime &b, const QList<Interval> &excluded) const
{
    if (!a.isValid() || !b.isValid() || b <= a)
        return 0;
    qint64 total = 0;
    for (QDate d = a.date(); d <= b.date(); d = d.addDays(1))
        for (const auto &[from, to] : segments(*this, d, excluded)) {
            const QDateTime x = std::max(from, a);
            const QDateTime y = std::min(to, b);
            if (y > x)
                total += x.secsTo(y) / 60;
        }
    return total;
}

QList<Interval> toLocal(const QList<Interval> &utc)
{
    QList<Interval> out;
    for (const Interval &i : utc)
        out << Interval{i.from.toLocalTime(), i.to.isValid() ? i.to.toLocalTime() : QDateTime()};
    return out;
}

} // namespace crm::calendar
