#pragma once
#include "services/Guard.h"

namespace crm::services {

struct ChurnStates {
    qint64 active = 0, atRisk = 0, lost = 0, excluded = 0; // vehicles; excluded = sold/scrapped/moved
};

struct CohortRow {
    QString group;      // "" for the whole dealership, else the model or the advisor
    qint64 cohort = 0;  // distinct vehicles with a paid visit in the cohort month
    qint64 churned = 0; // … of which none came back for a paid visit up to the end of the month
    double rate() const { return cohort ? double(churned) / double(cohort) : 0.0; }
};

// 首保 / 二保 return: of the vehicles whose first (second) maintenance is due by now, how many came.
struct ReturnRates {
    qint64 firstDue = 0, firstReturned = 0;   // delivered 7–18 months ago; a maintenance visit within 7 months
    qint64 secondDue = 0, secondReturned = 0; // delivered 19–30 months ago; two maintenance visits within 19 months
    static double rate(qint64 part, qint64 whole) { return whole ? double(part) / double(whole) : 0.0; }
};

// Churn by the last paid service visit (domain brief, section 4).
class ChurnService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ChurnService)
public:
    enum class GroupBy { None, Model, Advisor };
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
