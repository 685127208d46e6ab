#pragma once
#include "data/Database.h"

#include <QDate>
#include <QList>

namespace crm::data {

// What happened to the appointments of one group (a source, a job type, an advisor, or all).
struct AppointmentCounts {
    QString key;
    qint64 appointments = 0; // booked for the period and not withdrawn (cancelled or moved)
    qint64 arrived = 0;      // arrived or completed
    qint64 noShows = 0;
    qint64 cancelled = 0; // cancelled or rescheduled
    qint64 open = 0;      // still booked or confirmed (the period is running)
};

// The appointment figures of a period (local days, both included).
struct AppointmentFigureSet {
    AppointmentCounts total;
    QList<AppointmentCounts> bySource, byJob, byAdvisor;
    qint64 visits = 0; // service visits in the period: the booking rate's denominator
    qint64 timed = 0;  // arrivals recorded at reception (with their time)
    qint64 onTime = 0; // … of them by the slot's end
};

// Read queries for the appointment figures (the front desk's report, the board, the weekly report).
class AppointmentFigures {
public:
    explicit AppointmentFigures(Database &db) : m_db(db) {}
    Result<AppointmentFigureSet> figures(const QDate &from, const QDate &to);

private:
    Database &m_db;
};

} // namespace crm::data
