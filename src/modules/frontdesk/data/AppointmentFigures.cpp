#include "frontdesk/data/AppointmentFigures.h"

#include "core/Clock.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
void count(AppointmentCounts &c, const QString &status, qint64 n)
{
    if (status == u"arrived"_s || status == u"completed"_s)
        c.arrived += n;
    else if (status == u"no_show"_s)
        c.noShows += n;
    else if (status == u"cancelled"_s || status == u"rescheduled"_s)
        c.cancelled += n;
    else
        c.open += n;
    if (status != u"cancelled"_s && status != u"rescheduled"_s)
        c.appointments += n;
}

QList<AppointmentCounts> listOf(const QMap<QString, AppointmentCounts> &m)
{
    QList<AppointmentCounts> out = m.values();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.appointments != b.appointments ? a.appointments > b.appointments : a.key < b.key;
    });
    return out;
}
} // namespace

Result<AppointmentFigureSet> AppointmentFigures::figures(const QDate &from, const QDate &to)
{
    const QString lo = from.toString(Qt::ISODate), hi = to.addDays(1).toString(Qt::ISODate);
    // The period's days of the counts the triggers of migration 0042 keep, grouped by every key at once.
    auto q = m_db.exec(u"SELECT source, service_kind, advisor, status, SUM(n) FROM appointment_days "
                       "WHERE day >= ? AND day < ? GROUP BY source, service_kind, advisor, status HAVING SUM(n) <> 0"_s,
                       {lo, hi});
    if (!q)
        return q.error();
    AppointmentFigureSet out;
    QMap<QString, AppointmentCounts> sources, jobs, advisors;
    while (q->next()) {
        const QString status = q->value(3).toString();
        const qint64 n = q->value(4).toLongLong();
        const QString keys[] = {q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
        QMap<QString, AppointmentCounts> *maps[] = {&sources, &jobs, &advisors};
        for (int i = 0; i < 3; ++i) {
            AppointmentCounts &c = (*maps[i])[keys[i]];
            c.key = keys[i];
            count(c, status, n);
        }
        count(out.total, status, n);
    }
    out.bySource = listOf(sources);
    out.byJob = listOf(jobs);
    out.byAdvisor = listOf(advisors);
    auto visits =
        m_db.exec(u"SELECT COUNT(*) FROM service_visits WHERE visit_date >= ? AND visit_date <= ? AND deleted_at IS NULL"_s,
                  {lo, to.toString(Qt::ISODate)});
    if (!visits)
        return visits.error();
    out.visits = visits->next() ? visits->value(0).toLongLong() : 0;
    // On time: arrived at reception by the slot's end. Arrivals credited from a visit record carry
    // the time the record was entered, not when the car came, so they are not timed.
    auto timed = m_db.exec(u"SELECT scheduled_at, slot_minutes, arrived_at FROM appointments WHERE scheduled_at >= ? AND "
                           "scheduled_at < ? AND arrived_at IS NOT NULL AND visit_id IS NULL"_s,
                           {lo, hi});
    if (!timed)
        return timed.error();
    // Each slot's end as a stored UTC instant, computed once per slot: the arrivals (a month's
    // are tens of thousands) compare as stored text, as the program compares instants elsewhere.
    QHash<QString, QString> slotEnds;
    while (timed->next()) {
        const QString scheduled = timed->value(0).toString();
        const int minutes = timed->value(1).toInt();
        QString &end = slotEnds[scheduled + u'+' + QString::number(minutes)];
        if (end.isEmpty())
            end = toStoredUtc(QDateTime::fromString(scheduled, u"yyyy-MM-ddTHH:mm"_s).addSecs(qint64(minutes) * 60));
        ++out.timed;
        if (timed->value(2).toString() <= end)
            ++out.onTime;
    }
    return out;
}

} // namespace crm::data
