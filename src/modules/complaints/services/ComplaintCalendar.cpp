// ComplaintService: deadline limits, the clocks they count on (the national calendar with its holidays and
// make-up days, the store's hours) and a case's deadlines.
#include "complaints/services/ComplaintService.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "archives/services/DocumentService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/AppointmentService.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::services {

complaints::Limits ComplaintService::limits(const QString &level)
{
    // Read once per level per service object, like the calendar: the statistics ask for every
    // closed case (seven settings each: 300 reads per board refresh at a million customers).
    if (auto it = m_limits.constFind(level); it != m_limits.cend())
        return *it;
    SettingsService s(m_ctx);
    Limits l;
    l.responseMin = qint64(s.intValue(settings::complaintLimitKey(level, DeadlineKind::Response))) * 60;
    l.reportMin = qint64(s.intValue(settings::complaintLimitKey(level, DeadlineKind::Report))) * 60;
    l.closureMin = qint64(s.intValue(settings::complaintLimitKey(level, DeadlineKind::Closure))) * 60;
    l.warnPercent = s.intValue(settings::kComplaintWarnPercent);
    for (DeadlineKind k : kDeadlines) {
        const int c = s.intValue(settings::complaintClockKey(level, k));
        l.clocks[size_t(k)] =
            c >= 0 && c < int(std::size(calendar::kClocks)) ? calendar::kClocks[c] : calendar::Clock::WorkingDays;
    }
    m_limits.insert(level, l);
    return l;
}

Result<calendar::WorkCalendar> ComplaintService::clock(calendar::Clock c)
{
    auto cal = calendar();
    if (!cal)
        return cal.error();
    if (c == calendar::Clock::StoreHours && !m_storeHours)
        m_storeHours = AppointmentService(m_ctx).bookSettings().hours; // the store calendar the book keeps
    return cal->counting(c, m_storeHours.value_or(calendar::OpeningHours::defaults()));
}

Result<calendar::WorkCalendar> ComplaintService::calendar()
{
    // Read once per service object: a register or attention list computes deadlines for every
    // case, and the calendar does not change in between.
    if (m_calendar)
        return *m_calendar;
    auto rows = data::ComplaintRepository(m_ctx.db).calendarDays();
    if (!rows)
        return rows.error();
    calendar::WorkCalendar cal(calendar::shippedArrangements());
    for (const calendar::DayOverride &d : *rows)
        cal.set(d);
    m_calendar = cal;
    return cal;
}

Result<QList<ComplaintService::CalendarDay>> ComplaintService::calendarDays()
{
    auto rows = data::ComplaintRepository(m_ctx.db).calendarDays();
    if (!rows)
        return rows.error();
    QMap<QDate, CalendarDay> days;
    for (const calendar::DayOverride &d : calendar::shippedArrangements())
        days.insert(d.day, {d, true});
    for (const calendar::DayOverride &d : *rows)
        days.insert(d.day, {d, false});
    return days.values();
}

Status ComplaintService::setCalendarDay(const Session &who, const calendar::DayOverride &d)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditSettings, tr("change the holiday calendar")));
    if (!d.day.isValid())
        return Error::invalid(tr("Choose a day."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::ComplaintRepository(m_ctx.db).setCalendarDay(d, who.username, m_ctx.clock.nowUtc()));
    m_calendar.reset();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"update"_s,
                          u"work_calendar"_s,
                          d.day.toString(Qt::ISODate),
                          {},
                          {{u"working"_s, d.working}, {u"name"_s, d.name}},
                          {}}));
    return tx.commit();
}

Result<int> ComplaintService::importArrangement(const Session &who, const QString &text)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditSettings, tr("change the holiday calendar")));
    auto days = calendar::parseArrangement(text);
    if (!days)
        return days.error();
    data::ComplaintRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (const calendar::DayOverride &d : *days)
        CRM_TRY(repo.setCalendarDay(d, who.username, m_ctx.clock.nowUtc()));
    m_calendar.reset();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"import"_s,
                          u"work_calendar"_s,
                          {},
                          {},
                          {{u"days"_s, int(days->size())},
                           {u"first"_s, days->first().day.toString(Qt::ISODate)},
                           {u"last"_s, days->last().day.toString(Qt::ISODate)}},
                          {}}));
    CRM_TRY(tx.commit());
    return int(days->size());
}

Result<QList<Deadline>> ComplaintService::deadlines(const data::ComplaintRow &row)
{
    auto pauses = data::ComplaintRepository(m_ctx.db).pauses(row.id);
    if (!pauses)
        return pauses.error();
    return deadlines(row, *pauses);
}

Result<QList<Deadline>> ComplaintService::deadlines(const data::ComplaintRow &row, const QList<calendar::Interval> &pauses)
{
    auto cal = calendar();
    if (!cal)
        return cal.error();
    const Limits l = limits(row.level);
    const QDateTime start = row.registeredAt.toLocalTime();
    const QDateTime now = m_ctx.clock.nowUtc().toLocalTime();
    const QList<calendar::Interval> p = calendar::toLocal(pauses);
    auto met = [](const QDateTime &t) { return t.isValid() ? t.toLocalTime() : QDateTime(); };
    // A case closed as not established meets every deadline at its closing.
    const QDateTime closed = met(row.closedAt);
    QList<Deadline> out;
    for (DeadlineKind k : kDeadlines) {
        auto on = clock(l.clockOf(k));
        if (!on)
            return on.error();
        const QDateTime metAt = k == DeadlineKind::Response ? (row.respondedAt.isValid() ? met(row.respondedAt) : closed)
                                : k == DeadlineKind::Report ? (row.reportedAt.isValid() ? met(row.reportedAt) : closed)
                                                            : closed;
        const qint64 extend = k == DeadlineKind::Response ? row.extendResponseMin
                              : k == DeadlineKind::Report ? row.extendReportMin
                                                          : row.extendCloseMin;
        out << computeDeadline(k, *on, start, l.of(k), extend, l.warnPercent, p, metAt, now);
    }
    return out;
}

} // namespace crm::services
