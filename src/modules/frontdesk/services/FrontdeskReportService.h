#pragma once
#include "frontdesk/data/AppointmentFigures.h"
#include "frontdesk/data/FrontdeskRepository.h"
#include "services/Guard.h"

#include <QCoreApplication>
#include <optional>

namespace crm::services {

// The front desk's figures for a period: the appointment rates and the inbound calls.
struct FrontdeskReport {
    QDate from, to;
    data::AppointmentFigureSet appointments;
    qint64 inboundCalls = 0;
    QList<data::InboundCount> callsByPurpose, callsByAgent, callsByHour;

    // 预约率: visits that came on an appointment ÷ all service visits (percent). Arrivals, not
    // bookings: a booking for later today or a no-show is no visit yet.
    std::optional<double> bookingRate() const;
    // Arrived ÷ (arrived + no-shows), and its complement; of the appointments that fell due.
    static std::optional<double> showRate(const data::AppointmentCounts &c);
    static std::optional<double> noShowRate(const data::AppointmentCounts &c);
    // Arrivals at reception by the slot's end ÷ arrivals recorded there.
    std::optional<double> onTimeRate() const;
};

class FrontdeskReportService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::FrontdeskReportService)
public:
    explicit FrontdeskReportService(Context ctx) : m_ctx(ctx) {}
    Result<FrontdeskReport> report(const Session &who, const QDate &from, const QDate &to);

private:
    Context m_ctx;
};

} // namespace crm::services
