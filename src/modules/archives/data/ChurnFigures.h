#pragma once
#include "data/Database.h"

#include <QDate>

namespace crm::data {

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

// Churn by the last paid service visit, over `vehicles` and `service_visits`, with the summary
// tables of migration 0011 (`churn_cohorts`, `return_rates`: a read-through cache that triggers
// keep true). "Last contact" is the latest paid visit, or the delivery before the first one.
class ChurnFigures {
public:
    enum class GroupBy { None, Model, Advisor };
    explicit ChurnFigures(Database &db) : m_db(db) {}

    // Active vehicles last seen on or after `atRiskBefore` are active; before it and on or after
    // `lostBefore` at risk; before that (or never) lost.
    Result<ChurnStates> states(const QDate &atRiskBefore, const QDate &lostBefore);
    // The at-risk count alone, from the partial index vehicles_last_contact.
    Result<qint64> atRisk(const QDate &atRiskBefore, const QDate &lostBefore);
    // The cohort of `month` (its first day) with `lostMonths` months to come back; the
    // dealership's figure is read from (and stored into) churn_cohorts, `computedAt` stamped.
    Result<QList<CohortRow>> cohort(const QDate &month, int lostMonths, GroupBy by, const QString &computedAt);
    // As of a day, read from (and stored into) return_rates.
    Result<ReturnRates> returnRates(const QDate &asOf, const QString &computedAt);

private:
    Database &m_db;
};

} // namespace crm::data
