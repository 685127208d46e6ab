#include "archives/data/ChurnFigures.h"

#include "core/Log.h"

using namespace Qt::StringLiterals;

namespace crm::data {

Result<ChurnStates> ChurnFigures::states(const QDate &atRiskBefore, const QDate &lostBefore)
{
    const QString risk = atRiskBefore.toString(Qt::ISODate), lost = lostBefore.toString(Qt::ISODate);
    auto q = m_db.exec(u"SELECT "
                       "SUM(CASE WHEN status = 'active' AND COALESCE(last_paid_visit, delivery_date) >= ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN status = 'active' AND COALESCE(last_paid_visit, delivery_date) < ? "
                       "         AND COALESCE(last_paid_visit, delivery_date) >= ? THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN status = 'active' AND (COALESCE(last_paid_visit, delivery_date) < ? "
                       "         OR COALESCE(last_paid_visit, delivery_date) IS NULL) THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN status <> 'active' THEN 1 ELSE 0 END) "
                       "FROM vehicles WHERE deleted_at IS NULL"_s,
                       {risk, risk, lost, lost});
    if (!q)
        return q.error();
    enum { Active, AtRisk, Lost, Excluded };
    ChurnStates out;
    if (q->next()) {
        out.active = q->value(Active).toLongLong();
        out.atRisk = q->value(AtRisk).toLongLong();
        out.lost = q->value(Lost).toLongLong();
        out.excluded = q->value(Excluded).toLongLong();
    }
    return out;
}

Result<qint64> ChurnFigures::atRisk(const QDate &atRiskBefore, const QDate &lostBefore)
{
    // Written to match the partial index vehicles_last_contact (migration 0011) term for term.
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM vehicles WHERE status = 'active' AND deleted_at IS NULL "
                         "AND COALESCE(last_paid_visit, delivery_date) >= ? AND COALESCE(last_paid_visit, delivery_date) < ?"_s,
                         {lostBefore.toString(Qt::ISODate), atRiskBefore.toString(Qt::ISODate)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<CohortRow>> ChurnFigures::cohort(const QDate &month, int lostMonths, GroupBy by, const QString &computedAt)
{
    const QDate cohortStart = month.addMonths(-lostMonths);
    const QDate cohortEnd = cohortStart.addMonths(1);
    const QDate periodEnd = month.addMonths(1);
    // The whole dealership's figure is read from churn_cohorts, kept true by the triggers of
    // migration 0011 — the open month too: it depends on no date but the visits', so a visit
    // written today forgets it like any other. Grouped figures are always computed.
    const bool summarised = by == GroupBy::None;
    if (summarised) {
        auto hit = m_db.exec(u"SELECT cohort, churned FROM churn_cohorts WHERE month = ? AND lost_months = ?"_s,
                             {month.toString(Qt::ISODate), lostMonths});
        if (!hit)
            return hit.error();
        if (hit->next())
            return QList<CohortRow>{CohortRow{QString(), hit->value(0).toLongLong(), hit->value(1).toLongLong()}};
    }
    const QString group = by == GroupBy::Model ? u"v.model"_s : by == GroupBy::Advisor ? u"s.advisor"_s : u"''"_s;
    auto q = m_db.exec(
        u"SELECT "_s + group +
            u" AS g, COUNT(DISTINCT s.vehicle_id), "
            "COUNT(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM service_visits later WHERE later.vehicle_id = s.vehicle_id "
            "  AND later.amount_fen > 0 AND later.deleted_at IS NULL AND later.visit_date >= ? AND later.visit_date < ?) "
            "  THEN s.vehicle_id END) "
            "FROM service_visits s JOIN vehicles v ON v.id = s.vehicle_id "
            "WHERE s.visit_date >= ? AND s.visit_date < ? AND s.amount_fen > 0 AND s.deleted_at IS NULL "
            "AND v.status = 'active' AND v.deleted_at IS NULL "_s +
            (by == GroupBy::None ? QString() : u" GROUP BY "_s + group + u" ORDER BY 2 DESC, 1"_s),
        {cohortEnd.toString(Qt::ISODate), periodEnd.toString(Qt::ISODate), cohortStart.toString(Qt::ISODate),
         cohortEnd.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<CohortRow> out;
    while (q->next())
        out << CohortRow{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()};
    q->finish();
    if (summarised) {
        const CohortRow all = out.value(0);
        // Derived data, not a business record: no audit; a failed write only costs the next reader time.
        auto put =
            m_db.exec(u"INSERT INTO churn_cohorts (month, lost_months, cohort, churned, computed_at) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT (month, lost_months) DO UPDATE SET cohort = excluded.cohort, churned = excluded.churned, "
                      "computed_at = excluded.computed_at"_s,
                      {month.toString(Qt::ISODate), lostMonths, all.cohort, all.churned, computedAt});
        if (!put)
            log::get("churn")->warn("churn summary for {} not stored: {}", month.toString(Qt::ISODate).toStdString(),
                                    put.error().message.toStdString());
        if (out.isEmpty())
            out << all;
    }
    return out;
}

Result<ReturnRates> ChurnFigures::returnRates(const QDate &asOf, const QString &computedAt)
{
    // Read from return_rates, kept true by the triggers of migration 0011 (every window ends
    // before the as-of day, so only a visit dated on or before it can change the figure).
    auto hit = m_db.exec(u"SELECT first_due, first_returned, second_due, second_returned FROM return_rates WHERE as_of = ?"_s,
                         {asOf.toString(Qt::ISODate)});
    if (!hit)
        return hit.error();
    if (hit->next())
        return ReturnRates{hit->value(0).toLongLong(), hit->value(1).toLongLong(), hit->value(2).toLongLong(),
                           hit->value(3).toLongLong()};
    const Dialect &d = m_db.dialect();
    auto count = [&](int fromMonths, int toMonths, int windowMonths, int visits) -> Result<QPair<qint64, qint64>> {
        auto q = m_db.exec(
            u"SELECT COUNT(*), SUM(CASE WHEN (SELECT COUNT(*) FROM service_visits s WHERE s.vehicle_id = v.id "
            "AND s.kind = 'maintenance' AND s.deleted_at IS NULL AND s.visit_date >= v.delivery_date "
            "AND s.visit_date < "_s +
                d.addMonths(u"v.delivery_date"_s, windowMonths) +
                u") >= ? THEN 1 ELSE 0 END) "
                "FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.delivery_date >= ? AND v.delivery_date < ?"_s,
            {visits, asOf.addMonths(-toMonths).toString(Qt::ISODate), asOf.addMonths(-fromMonths).toString(Qt::ISODate)});
        if (!q)
            return q.error();
        q->next();
        const auto out = qMakePair(q->value(0).toLongLong(), q->value(1).toLongLong());
        q->finish();
        return out;
    };
    auto first = count(7, 18, 7, 1);
    if (!first)
        return first.error();
    auto second = count(19, 30, 19, 2);
    if (!second)
        return second.error();
    const ReturnRates out{first->first, first->second, second->first, second->second};
    auto put =
        m_db.exec(u"INSERT INTO return_rates (as_of, first_due, first_returned, second_due, second_returned, computed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (as_of) DO UPDATE SET first_due = excluded.first_due, "
                  "first_returned = excluded.first_returned, second_due = excluded.second_due, "
                  "second_returned = excluded.second_returned, computed_at = excluded.computed_at"_s,
                  {asOf.toString(Qt::ISODate), out.firstDue, out.firstReturned, out.secondDue, out.secondReturned, computedAt});
    if (!put)
        log::get("churn")->warn("return rates as of {} not stored: {}", asOf.toString(Qt::ISODate).toStdString(),
                                put.error().message.toStdString());
    return out;
}

} // namespace crm::data
