#include "followups/data/GenerationQueries.h"

#include "archives/data/CustomerRepository.h"
#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

using followups::kindId;
using followups::TaskKind;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate day(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// "…and no task of this kind exists for this source yet", as SQL over the unique index
// (kind, source_key): a rule's query leaves out what an earlier run already created, so a daily
// run handles the day's new candidates only (530,000 open windows were re-probed one by one).
QString notTasked(TaskKind k, const QString &sourceKeyExpr)
{
    return u" AND NOT EXISTS (SELECT 1 FROM followup_tasks t WHERE t.kind = '"_s + kindId(k) + u"' AND t.source_key = "_s +
           sourceKeyExpr + u')';
}

// The readings a vehicle's mileage is projected from: delivery as 0 km, and the first and last
// odometer readings the vehicle row carries (migration 0018: columns first_reading_day,
// last_reading_day, first_reading_km, last_reading_km from `at` on).
QList<QPair<QDate, int>> readingsFrom(const QSqlQuery &q, int at, const QDate &delivered)
{
    QList<QPair<QDate, int>> out;
    if (delivered.isValid())
        out << qMakePair(delivered, 0);
    for (int i : {at, at + 1})
        if (!q.value(i).isNull())
            out << qMakePair(day(q.value(i)), q.value(i + 2).toInt());
    return out;
}

const QString kReadingColumns = u"v.first_reading_day, v.last_reading_day, v.first_reading_km, v.last_reading_km"_s;

// SQL over vehicles v: the span in days and the km between the first and the last reading as
// averageDailyKm sorts them — from delivery (0 km) or the first odometer reading to the last.
// Either is NULL when the vehicle has no such pair.
struct ReadingSpan {
    QString days, km;
};
ReadingSpan readingSpan(const Dialect &d)
{
    const QString fromDelivery =
        u"v.delivery_date IS NOT NULL AND (v.first_reading_day IS NULL OR v.delivery_date <= v.first_reading_day)"_s;
    const QString toReading =
        u"v.last_reading_day IS NOT NULL AND (v.delivery_date IS NULL OR v.last_reading_day >= v.delivery_date)"_s;
    const QString firstDay = u"(CASE WHEN "_s + fromDelivery + u" THEN v.delivery_date ELSE v.first_reading_day END)"_s;
    const QString firstKm = u"(CASE WHEN "_s + fromDelivery + u" THEN 0 ELSE v.first_reading_km END)"_s;
    const QString lastDay = u"(CASE WHEN "_s + toReading + u" THEN v.last_reading_day ELSE v.delivery_date END)"_s;
    const QString lastKm = u"(CASE WHEN "_s + toReading + u" THEN v.last_reading_km ELSE 0 END)"_s;
    return {d.daysBetween(firstDay, lastDay), u"("_s + lastKm + u" - "_s + firstKm + u')'};
}

Result<bool> anyRow(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    (*q)->finish();
    return found;
}

} // namespace

Result<QList<EventRow>> GenerationQueries::deliveries(TaskKind kind, const QDate &from, const QDate &to)
{
    auto q = m_db.exec(
        u"SELECT v.id, v.customer_id, v.delivery_date FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' "
        "AND v.delivery_date >= ? AND v.delivery_date <= ?"_s +
            notTasked(kind, u"'"_s + kindId(kind) + u":' || v.id"_s),
        {iso(from), iso(to)});
    if (!q)
        return q.error();
    QList<EventRow> out;
    while (q->next())
        out << EventRow{q->value(0).toLongLong(), q->value(0).toLongLong(), q->value(1).toLongLong(), day(q->value(2))};
    return out;
}

Result<QList<EventRow>> GenerationQueries::serviceVisits(const QDate &from, const QDate &to)
{
    auto q = m_db.exec(u"SELECT s.id, s.vehicle_id, s.customer_id, s.visit_date FROM service_visits s WHERE s.deleted_at IS NULL "
                       "AND s.visit_date >= ? AND s.visit_date <= ?"_s +
                           notTasked(TaskKind::AfterService, u"'after_service:' || s.id"_s),
                       {iso(from), iso(to)});
    if (!q)
        return q.error();
    QList<EventRow> out;
    while (q->next())
        out << EventRow{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), day(q->value(3))};
    return out;
}

Result<QList<EventRow>> GenerationQueries::insuranceExpiries(const QDate &from, const QDate &to)
{
    auto q = m_db.exec(
        u"SELECT v.id, v.customer_id, v.insurance_expiry FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' "
        "AND v.insurance_expiry >= ? AND v.insurance_expiry <= ?"_s +
            notTasked(TaskKind::InsuranceRenewal, u"'insurance:' || v.id || ':' || v.insurance_expiry"_s),
        {iso(from), iso(to)});
    if (!q)
        return q.error();
    QList<EventRow> out;
    while (q->next())
        out << EventRow{q->value(0).toLongLong(), q->value(0).toLongLong(), q->value(1).toLongLong(), day(q->value(2))};
    return out;
}

Result<QList<MaintenanceRow>> GenerationQueries::firstMaintenance(const QDate &deliveredFrom, const QDate &deliveredTo)
{
    auto q = m_db.exec(u"SELECT v.id, v.customer_id, v.delivery_date, v.mileage_km, v.updated_at, v.model, "_s + kReadingColumns +
                           u" FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.delivery_date >= ? "
                           "AND v.delivery_date <= ? AND v.last_maintenance IS NULL"_s +
                           notTasked(TaskKind::FirstMaintenance, u"'first_maintenance:' || v.id"_s),
                       {iso(deliveredFrom), iso(deliveredTo)});
    if (!q)
        return q.error();
    QList<MaintenanceRow> out;
    while (q->next()) {
        MaintenanceRow r;
        r.vehicleId = q->value(0).toLongLong();
        r.customerId = q->value(1).toLongLong();
        r.delivered = day(q->value(2));
        r.recordedKm = q->value(3).toInt();
        r.recordedOn = QDate::fromString(q->value(4).toString().left(10), Qt::ISODate);
        r.model = q->value(5).toString();
        r.readings = readingsFrom(*q, 6, r.delivered);
        out << r;
    }
    return out;
}

Result<QList<MaintenanceRow>> GenerationQueries::routineMaintenance(const RoutineBounds &b)
{
    const ReadingSpan span = readingSpan(m_db.dialect());
    const QString since = m_db.dialect().daysBetween(u"x.last_maintenance"_s, u"?"_s);
    const QString rated = u"(COALESCE(x.span, 0) > 0 AND COALESCE(x.km, 0) > 0)"_s;
    auto q = m_db.exec(
        u"SELECT x.id, x.customer_id, x.model, x.delivery_date, x.last_maintenance, x.first_reading_day, x.last_reading_day, "
        "x.first_reading_km, x.last_reading_km FROM (SELECT v.id, v.customer_id, v.model, v.delivery_date, v.last_maintenance, "_s +
            kReadingColumns + u", "_s + span.days + u" AS span, "_s + span.km +
            u" AS km FROM vehicles v WHERE v.deleted_at IS NULL AND v.status = 'active' AND v.last_maintenance >= ? "
            "AND v.last_maintenance <= ?) x WHERE (("_s +
            rated + u" AND (x.last_maintenance <= ? OR x.km * "_s + since + u" >= ? * x.span) AND x.km * ("_s + since +
            u" - ?) < ? * x.span) OR (NOT "_s + rated +
            u" AND (x.last_maintenance <= ? OR x.last_maintenance <= ?) AND x.last_maintenance >= ?))"_s +
            notTasked(TaskKind::RoutineMaintenance, u"'routine_maintenance:' || x.id || ':' || x.last_maintenance"_s),
        {iso(b.lastFrom), iso(b.lastTo),                                  // window by time
         iso(b.dueByTime), iso(b.today), b.dueKm,                         // rated: due by time or km
         iso(b.today), b.expireDaysPlusOne, b.openKm,                     // … not closed by km
         iso(b.dueByTime), iso(b.dueByFallback), iso(b.openByFallback)}); // fallback rate
    if (!q)
        return q.error();
    QList<MaintenanceRow> out;
    while (q->next()) {
        MaintenanceRow r;
        r.vehicleId = q->value(0).toLongLong();
        r.customerId = q->value(1).toLongLong();
        r.model = q->value(2).toString();
        r.delivered = day(q->value(3));
        r.lastMaintenance = day(q->value(4));
        r.readings = readingsFrom(*q, 5, r.delivered);
        out << r;
    }
    return out;
}

Result<QList<QPair<qint64, QString>>> GenerationQueries::memberBirthdays(const QStringList &monthDays)
{
    QVariantList days;
    QStringList marks;
    for (const QString &d : monthDays) {
        days << d;
        marks << u"?"_s;
    }
    // customers_member_birthday (migration 0038) indexes this very expression: keep them the same.
    auto q =
        m_db.exec(u"SELECT c.id, substr(c.birthday, 6, 5) FROM customers c WHERE c.deleted_at IS NULL AND "_s +
                      CustomerRepository::isMemberSql() + u" AND substr(c.birthday, 6, 5) IN ("_s + marks.join(u", "_s) + u')',
                  days);
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> out;
    while (q->next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Result<QList<QPair<qint64, QString>>> GenerationQueries::newlyAtRisk(const QDate &from, const QDate &to)
{
    // The customers with a vehicle last seen in that week and none seen since: a range of the
    // last-contact index (migration 0011) instead of grouping every vehicle (0.7 s at 1M).
    auto q = m_db.exec(u"SELECT v.customer_id, MAX(COALESCE(v.last_paid_visit, v.delivery_date)) FROM vehicles v "
                       "WHERE v.deleted_at IS NULL AND v.status = 'active' AND COALESCE(v.last_paid_visit, v.delivery_date) >= ? "
                       "AND COALESCE(v.last_paid_visit, v.delivery_date) < ? AND NOT EXISTS (SELECT 1 FROM vehicles w "
                       "WHERE w.customer_id = v.customer_id AND w.deleted_at IS NULL AND w.status = 'active' "
                       "AND COALESCE(w.last_paid_visit, w.delivery_date) >= ?) GROUP BY v.customer_id"_s,
                       {iso(from), iso(to), iso(to)});
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> out;
    while (q->next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toString());
    return out;
}

Result<QList<qint64>> GenerationQueries::membersNotReached(const QString &sinceUtc, const QString &quarterSuffix)
{
    // last_reached_at is the newest reached call, kept by triggers (migration 0014).
    auto q = m_db.exec(u"SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND "_s + CustomerRepository::isMemberSql() +
                           u" AND (c.last_reached_at IS NULL OR c.last_reached_at < ?)"_s +
                           notTasked(TaskKind::MemberCare, u"'member_care:' || c.id || ?"_s),
                       {sinceUtc, quarterSuffix});
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<bool> GenerationQueries::optedOut(qint64 customerId, const QString &contactType)
{
    return anyRow(
        m_db.execCached(u"SELECT 1 FROM customer_optouts WHERE customer_id = ? AND contact_type IN ('all', ?) LIMIT 1"_s,
                        {customerId, contactType}));
}

Result<PolicyFacts> GenerationQueries::policyFacts(const QList<qint64> &customers, const QList<qint64> &marketingCustomers,
                                                   const QDate &sinceDay, const QString &sinceUtc)
{
    PolicyFacts f;
    CRM_TRY(overInList(m_db, u"SELECT customer_id, contact_type FROM customer_optouts WHERE customer_id IN (%1)"_s,
                       variants(customers), [&](QSqlQuery &q) { f.optOuts[q.value(0).toLongLong()] << q.value(1).toString(); }));
    CRM_TRY(overInList(m_db,
                       u"SELECT customer_id FROM customer_consents WHERE purpose = 'marketing_calls' AND granted = 1 "
                       "AND customer_id IN (%1)"_s,
                       variants(marketingCustomers), [&](QSqlQuery &q) { f.marketingConsent.insert(q.value(0).toLongLong()); }));
    // Across every survey: a sales survey task planned, or any survey answered, within the days.
    auto planned = m_db.exec(u"SELECT customer_id, source_key FROM followup_tasks WHERE due_date >= ? AND kind = ?"_s,
                             {iso(sinceDay), kindId(TaskKind::SalesSurvey)});
    if (!planned)
        return planned.error();
    while (planned->next())
        f.plannedSalesSurveys[planned->value(0).toLongLong()] << planned->value(1).toString();
    auto answered = m_db.exec(u"SELECT DISTINCT customer_id FROM survey_responses WHERE answered_at >= ?"_s, {sinceUtc});
    if (!answered)
        return answered.error();
    while (answered->next())
        f.answeredSurvey.insert(answered->value(0).toLongLong());
    return f;
}

} // namespace crm::data
