#include "dashboard/core/Dashboard.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::dashboard {

State stateFor(std::optional<double> value, std::optional<double> target, Better better, double amberMargin)
{
    if (!value || !target)
        return State::None;
    const double slack = std::abs(*target) * amberMargin;
    if (better == Better::Higher) {
        if (*value >= *target)
            return State::Green;
        return *value >= *target - slack ? State::Amber : State::Red;
    }
    if (*value <= *target)
        return State::Green;
    return *value <= *target + slack ? State::Amber : State::Red;
}

QString stateId(State s)
{
    switch (s) {
    case State::Green:
        return u"green"_s;
    case State::Amber:
        return u"amber"_s;
    case State::Red:
        return u"red"_s;
    case State::None:
        break;
    }
    return {};
}

QString Period::key() const
{
    if (kind == Kind::Month)
        return from.toString(u"yyyy-MM"_s);
    int year = 0;
    const int week = from.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Period Period::containing(Kind kind, const QDate &day)
{
    Period p;
    p.kind = kind;
    if (kind == Kind::Month) {
        p.from = QDate(day.year(), day.month(), 1);
        p.to = p.from.addMonths(1).addDays(-1);
    } else {
        p.from = day.addDays(1 - day.dayOfWeek());
        p.to = p.from.addDays(6);
    }
    return p;
}

Period Period::previous() const
{
    return containing(kind, from.addDays(-1));
}

Period Period::next() const
{
    return containing(kind, to.addDays(1));
}

QList<Period> Period::trailing(int n) const
{
    QList<Period> out;
    Period p = *this;
    for (int i = 0; i < n; ++i) {
        out.prepend(p);
        p = p.previous();
    }
    return out;
}

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression week(u"^(\\d{4})-W(\\d{1,2})$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression month(u"^(\\d{4})-(\\d{1,2})$"_s);
    const QString t = text.trimmed();
    if (auto m = week.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt(), w = m.captured(2).toInt();
        // ISO week 1 holds 4 January.
        const QDate jan4(y, 1, 4);
        const Period p = containing(Kind::Week, jan4.addDays(7 * (w - 1)));
        int year = 0;
        if (w < 1 || p.from.weekNumber(&year) != w || year != y)
            return std::nullopt;
        return p;
    }
    if (auto m = month.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!first.isValid())
            return std::nullopt;
        return containing(Kind::Month, first);
    }
    return std::nullopt;
}

QList<QPointF> downsample(const QList<QPointF> &points, int maxPoints)
{
    if (maxPoints < 4 || points.size() <= maxPoints)
        return points;
    const int buckets = maxPoints / 4;
    const double size = double(points.size()) / buckets;
    QList<QPointF> out;
    out.reserve(buckets * 4);
    for (int b = 0; b < buckets; ++b) {
        const qsizetype first = qsizetype(b * size), last = std::min<qsizetype>(points.size(), qsizetype((b + 1) * size)) - 1;
        if (last < first)
            continue;
        qsizetype lo = first, hi = first;
        for (qsizetype i = first; i <= last; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        QList<qsizetype> keep{first, lo, hi, last};
        std::sort(keep.begin(), keep.end());
        keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
        for (qsizetype i : keep)
            out << points[i];
    }
    return out;
}

QStringList AxisLabels::forKeys(const QStringList &keys)
{
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s), week(u"^(\\d{4})-W(\\d{2})$"_s);
    QStringList out;
    int lastYear = 0;
    for (const QString &key : keys) {
        QString label = key;
        if (const auto m = month.match(key); m.hasMatch()) {
            const int year = m.captured(1).toInt(), n = m.captured(2).toInt();
            label = year != lastYear || n == 1
                        ? tr("%1/%2", "year (two digits)/month on a chart axis").arg(year % 100, 2, 10, QLatin1Char('0')).arg(n)
                        : tr("%1 mo", "month number on a chart axis").arg(n);
            lastYear = year;
        } else if (const auto w = week.match(key); w.hasMatch()) {
            const int year = w.captured(1).toInt(), n = w.captured(2).toInt();
            label = year != lastYear || n == 1 ? tr("%1 W%2", "year (two digits) and ISO week on a chart axis")
                                                     .arg(year % 100, 2, 10, QLatin1Char('0'))
                                                     .arg(n)
                                               : tr("W%1", "ISO week on a chart axis").arg(n);
            lastYear = year;
        }
        if (out.contains(label))
            label = key; // a trend longer than two years: the full key keeps the axis unambiguous
        out << label;
    }
    return out;
}

} // namespace crm::dashboard
