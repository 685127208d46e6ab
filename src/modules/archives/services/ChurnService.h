#pragma once
#include "archives/data/ChurnFigures.h"
#include "services/Guard.h"

namespace crm::services {

// The figures are the read query's; services and pages name them from here.
using data::ChurnStates;
using data::CohortRow;
using data::ReturnRates;

// Churn by the last paid service visit (domain brief, section 4).
class ChurnService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ChurnService)
public:
    using GroupBy = data::ChurnFigures::GroupBy;
    explicit ChurnService(Context ctx) : m_ctx(ctx) {}

    // States of the vehicles as of `today` (the last contact is the latest paid visit, or the
    // delivery when there has been none yet).
    Result<ChurnStates> states(const Session &who, const QDate &today);
    // states().atRisk alone, from an index (the dashboard's tile).
    Result<qint64> atRisk(const Session &who, const QDate &today);
    // Monthly cohort churn for month M (first day given): vehicles that had a paid visit in
    // month M−N (N = the "lost" setting) and none since, ÷ distinct vehicles visiting in M−N.
    Result<QList<CohortRow>> cohort(const Session &who, const QDate &month, GroupBy by);
    // First maintenance due at 6 months after delivery (one month's grace), the second a year later.
    Result<ReturnRates> returnRates(const Session &who, const QDate &asOf);

private:
    Context m_ctx;
};

} // namespace crm::services
