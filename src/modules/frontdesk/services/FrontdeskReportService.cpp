#include "frontdesk/services/FrontdeskReportService.h"

namespace crm::services {
namespace {
std::optional<double> percent(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional<double>(100.0 * double(part) / double(whole)) : std::nullopt;
}
} // namespace

std::optional<double> FrontdeskReport::bookingRate() const
{
    return percent(appointments.total.arrived, appointments.visits);
}

std::optional<double> FrontdeskReport::showRate(const data::AppointmentCounts &c)
{
    return percent(c.arrived, c.arrived + c.noShows);
}

std::optional<double> FrontdeskReport::noShowRate(const data::AppointmentCounts &c)
{
    return percent(c.noShows, c.arrived + c.noShows);
}

std::optional<double> FrontdeskReport::onTimeRate() const
{
    return percent(appointments.onTime, appointments.timed);
}

Result<FrontdeskReport> FrontdeskReportService::report(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the front desk's figures")));
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(tr("Period: the last day must not be before the first."));
    FrontdeskReport r;
    r.from = from;
    r.to = to;
    auto figures = data::AppointmentFigures(m_ctx.db).figures(from, to);
    if (!figures)
        return figures.error();
    r.appointments = *figures;
    data::FrontdeskRepository calls(m_ctx.db);
    const QString lo = toStoredUtc(QDateTime(from, QTime(0, 0)).toUTC());
    const QString hi = toStoredUtc(QDateTime(to.addDays(1), QTime(0, 0)).toUTC());
    for (auto [into, by] :
         {std::pair{&r.callsByPurpose, QStringLiteral("purpose")}, std::pair{&r.callsByAgent, QStringLiteral("agent")},
          std::pair{&r.callsByHour, QStringLiteral("hour")}}) {
        auto rows = calls.countCalls(lo, hi, by);
        if (!rows)
            return rows.error();
        *into = *rows;
    }
    for (const data::InboundCount &c : r.callsByPurpose)
        r.inboundCalls += c.calls;
    return r;
}

} // namespace crm::services
